import { badUserInput } from './errors.js';

/**
 * Identifiers are globally unique and self-describing: `<site>:<uuid>`. Any subgraph can tell which
 * site owns a record (and so which federated type it is) without reading a database.
 */
export function globalId(site: string, local: string): string {
  return `${site}:${local}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ParsedId {
  site: string;
  local: string;
}

export function parseGlobalId(id: string): ParsedId | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const site = id.slice(0, at);
  const local = id.slice(at + 1);
  return /^[a-z][a-z0-9-]*$/.test(site) && UUID.test(local) ? { site, local } : null;
}

/** Parses an ID a user sent for a record of `site`; a malformed or foreign ID is a clear input error. */
export function requireSiteId(id: string, site: string, field = 'id'): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.site !== site) {
    throw badUserInput([{ field, message: `is not a ${site} identifier` }]);
  }
  return parsed.local;
}
