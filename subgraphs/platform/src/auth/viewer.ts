import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';
import type { Scope } from './roles.js';

/** Who is asking, as established from a verified access token. */
export interface Viewer {
  /** Subject (user or service account ID). */
  subject: string;
  name: string;
  roles: readonly string[];
  scopes: ReadonlySet<string>;
  /** The one centre a site user works at; null for cross-site users. */
  site: string | null;
  /** The client's address as the gateway saw it, when the gateway signed it (see origin.ts); for the audit log. */
  origin?: string | null;
}

/** Verified token claims the hub reads. */
export interface AccessClaims {
  sub?: string;
  name?: string;
  roles?: unknown;
  scope?: unknown;
  mpa_site?: unknown;
}

export function viewerFromClaims(claims: AccessClaims): Viewer {
  const scope = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  return {
    subject: String(claims.sub ?? ''),
    name: typeof claims.name === 'string' ? claims.name : String(claims.sub ?? ''),
    roles: Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [],
    scopes: new Set(scope),
    site: typeof claims.mpa_site === 'string' && claims.mpa_site ? claims.mpa_site : null,
  };
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
}

/** Refuses unless the viewer holds the scope. */
export function requireScope(viewer: Viewer, scope: Scope): void {
  if (!viewer.scopes.has(scope)) throw forbidden(`This needs the ${scope} scope.`);
}

/** Whether the viewer may see records of a centre at all (site users: only their own). */
export function canReachSite(viewer: Viewer, site: string): boolean {
  return viewer.site === null || viewer.site === site;
}

/** Refuses unless the viewer holds the scope for records of `site`. */
export function requireSiteScope(viewer: Viewer, site: string, scope: Scope): void {
  if (!canReachSite(viewer, site)) throw forbidden(`Records of ${site} are not visible to ${viewer.site} staff.`);
  requireScope(viewer, scope);
}
