import { requireScope, Scope, type Viewer } from '@mpa/platform';

/**
 * A returnee's identifying or free-text detail (a name, a document number, an officer's note):
 * like names, it needs cases:read, so coordinators (avr:read, stats:read) read case files without
 * them. An absent detail is null for everyone; a present one is refused with FORBIDDEN, which leaves
 * the field null and the rest of the answer intact.
 */
export function caseDetail<T>(viewer: Viewer, value: T | null | undefined): T | null {
  if (value == null) return null;
  requireScope(viewer, Scope.CasesRead);
  return value;
}
