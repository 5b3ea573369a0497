import type { EntityManager } from '@mikro-orm/postgresql';
import { InputCheck, type Viewer } from '@mpa/platform';
import type { ChildSafeguardsInput, TravelDocumentInput } from '../__generated__/resolvers.js';
import type { AvrCaseRecord } from '../avr-cases/avr-case.entity.js';
import { preconditionFailed } from './avr-lifecycle.js';
import { applyCaseChanges, avrCaseLocalId, caseForEdit, editCase, requireAvrWrite } from './edit-avr-case.js';

function pastInstant(check: InputCheck, field: string, value: Date | string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) check.fail(field, 'is not a valid date and time');
  else if (at.getTime() > Date.now() + 60_000) check.fail(field, 'cannot be in the future');
  return at;
}

/** Records an unaccompanied child's safeguards (fields left out keep their value). */
export async function recordChildSafeguards(em: EntityManager, viewer: Viewer, id: string, expectedVersion: number, input: ChildSafeguardsInput): Promise<AvrCaseRecord> {
  requireAvrWrite(viewer);
  const localId = avrCaseLocalId(id);
  const check = new InputCheck();
  const changes: Partial<AvrCaseRecord> = {};
  const text = (field: 'bestInterestsDeterminationRef' | 'familyAssessment' | 'escortName' | 'handOverSignedBy', max: number) => {
    if (input[field] !== undefined) changes[field] = check.optionalText(field, input[field], max);
  };
  text('bestInterestsDeterminationRef', 100);
  text('familyAssessment', 2000);
  text('escortName', 200);
  text('handOverSignedBy', 200);
  for (const field of ['childConsentAt', 'guardianConsentAt', 'handOverSignedAt'] as const) {
    const at = pastInstant(check, field, input[field]);
    if (at !== undefined) changes[field] = at;
  }
  check.done();
  return editCase(em, async (tx) => {
    const record = await caseForEdit(tx, viewer, localId, expectedVersion);
    if (!record.isUnaccompaniedChild) throw preconditionFailed(`AVR case ${record.caseNumber} is not an unaccompanied child's.`, ['isUnaccompaniedChild']);
    await applyCaseChanges(tx, viewer, record, changes);
    return record;
  });
}

/** Records nationality verification and the travel document issued. */
export async function recordTravelDocument(em: EntityManager, viewer: Viewer, id: string, expectedVersion: number, input: TravelDocumentInput): Promise<AvrCaseRecord> {
  requireAvrWrite(viewer);
  const localId = avrCaseLocalId(id);
  const check = new InputCheck();
  const nationalityVerifiedOn = check.pastDate('nationalityVerifiedOn', input.nationalityVerifiedOn, '2000-01-01');
  const number = check.requiredText('number', input.number, 50);
  const issuedOn = check.pastDate('issuedOn', input.issuedOn, '2000-01-01');
  check.done();
  return editCase(em, async (tx) => {
    const record = await caseForEdit(tx, viewer, localId, expectedVersion);
    await applyCaseChanges(tx, viewer, record, { nationalityVerifiedOn, travelDocumentType: input.type, travelDocumentNumber: number, travelDocumentIssuedOn: issuedOn });
    return record;
  });
}
