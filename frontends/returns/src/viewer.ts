// What the signed-in user may see and do here, from their scopes: avr:write changes cases
// (coordinators, with avr:read only, see everything read-only); names, document numbers and free
// text need cases:read; a child's safeguards need cases:read and avr:write or protection:read
// (asking without them is refused, so we do not ask).
import { can } from '@mpa/auth';

export interface ReturnsViewer {
  canWrite: boolean;
  withNames: boolean;
  withSafeguards: boolean;
}

export function returnsViewer(): ReturnsViewer {
  const canWrite = can('avr:write');
  const withNames = can('cases:read');
  return { canWrite, withNames, withSafeguards: withNames && (canWrite || can('protection:read')) };
}
