import { ROLES, type Role } from '../auth/roles.js';
import type { Viewer } from '../auth/viewer.js';

/** A viewer as a verified token for `role` would give, for in-process resolver tests. */
export function viewerFor(role: Role, site: string | null = null, extraScopes: readonly string[] = []): Viewer {
  return { subject: `${role}@${site ?? 'all'}`, name: role, roles: [role], scopes: new Set([...ROLES[role].scopes, ...extraScopes]), site };
}
