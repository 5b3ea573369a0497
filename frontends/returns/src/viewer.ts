// What the signed-in user may see and do here, from their scopes: avr:write changes cases
// (coordinators, with avr:read only, see everything read-only); names need cases:read; a child's
// safeguards need avr:write or protection:read (asking without them is refused, so we do not ask).
import { can } from '@mpa/auth';

export interface ReturnsViewer {
  canWrite: boolean;
  withNames: boolean;
  withSafeguards: boolean;
}

export function returnsViewer(): ReturnsViewer {
  const canWrite = can('avr:write');
  return { canWrite, withNames: can('cases:read'), withSafeguards: canWrite || can('protection:read') };
}
