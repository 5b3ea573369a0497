// Status colours of protection cases; the word is always shown with them.
import type { Tone } from '@mpa/ui';
import type { AssistancePlanItemStatus, FamilyTracingStatus, TraffickingIdentification } from '../__generated__/graphql.js';

export const tracingTone = (status: FamilyTracingStatus): Tone =>
  status === 'REUNIFIED' || status === 'FAMILY_LOCATED' ? 'success' : status === 'NOT_POSSIBLE' ? 'warning' : 'info';

export const identificationTone = (identification: TraffickingIdentification): Tone =>
  identification === 'IDENTIFIED' ? 'danger' : identification === 'PENDING' ? 'warning' : 'neutral';

export const planItemTone = (status: AssistancePlanItemStatus): Tone =>
  status === 'DONE' ? 'success' : status === 'CANCELLED' ? 'neutral' : 'info';
