import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { globalId, InputCheck, isCountryCode, recordAudit, type SiteConfig, type Viewer } from '@mpa/platform';
import { randomUUID } from 'node:crypto';
import type { RegisterMigrantInput } from '../__generated__/resolvers.js';
import { Migrant, type MigrantRecord } from './migrant.entity.js';
import { findPossibleDuplicates, possibleDuplicateError } from './migrant-search.js';
import { documentFields, phone, textList } from './update-migrant.js';

export interface Registration {
  migrant: MigrantRecord;
  created: boolean;
}

/** Validates and records a registration; a refused input writes nothing. A repeated idempotency key returns the first record. */
export async function registerMigrant(em: EntityManager, site: SiteConfig, viewer: Viewer, input: RegisterMigrantInput): Promise<Registration> {
  const check = new InputCheck();
  const givenName = check.requiredText('givenName', input.givenName, 100);
  const familyName = check.requiredText('familyName', input.familyName, 100);
  const regionOfOrigin = check.optionalText('regionOfOrigin', input.regionOfOrigin, 100);
  const idempotencyKey = check.optionalText('idempotencyKey', input.idempotencyKey, 100);
  if (!isCountryCode(input.nationality)) check.fail('nationality', 'must be an ISO 3166-1 alpha-3 code, e.g. ETH');
  if (input.intendedDestination != null && !isCountryCode(input.intendedDestination)) {
    check.fail('intendedDestination', 'must be an ISO 3166-1 alpha-3 code, e.g. SAU');
  }
  const today = new Date().toISOString().slice(0, 10);
  const arrivalDate = check.pastDate('arrivalDate', input.arrivalDate ?? today, site.openedOn) ?? today;
  const birth = dateOfBirth(check, input, arrivalDate);
  const alias = check.optionalText('alias', input.alias, 100);
  const languages = textList(check, 'languages', input.languages ?? []);
  const document = documentFields(check, input.document);
  if (input.document && !input.hasDocuments) check.fail('document', 'is given, so hasDocuments must be true');
  const accompaniedBy = check.optionalText('accompaniedBy', input.accompaniedBy, 200);
  if (accompaniedBy && input.accompanied === false) check.fail('accompaniedBy', 'is given, so accompanied must not be false');
  const phoneNumber = phone(check, input.phone);
  check.done();

  if (idempotencyKey) {
    const earlier = await em.findOne(Migrant, { idempotencyKey });
    if (earlier) return { migrant: earlier, created: false };
  }
  if (!input.confirmNotDuplicate) {
    const candidates = await findPossibleDuplicates(em, { givenName, familyName, sex: input.sex, nationality: input.nationality, dateOfBirth: birth.date });
    if (candidates.length) {
      // A retry racing its own first attempt is not a duplicate: answer with the first record.
      const earlier = idempotencyKey ? await em.fork().findOne(Migrant, { idempotencyKey }) : null;
      if (earlier) return { migrant: earlier, created: false };
      throw possibleDuplicateError(site.code, candidates);
    }
  }
  try {
    const migrant = await em.transactional(async (tx) => {
      const [seq] = await tx.getConnection().execute<{ n: string }[]>(`SELECT nextval('migrant_registration_seq') AS n`);
      const record = tx.create(Migrant, {
        id: randomUUID(),
        registrationNumber: `${site.code.slice(0, 3).toUpperCase()}-${today.slice(0, 4)}-${String(seq?.n).padStart(6, '0')}`,
        givenName,
        familyName,
        sex: input.sex,
        dateOfBirth: birth.date,
        dateOfBirthEstimated: birth.estimated,
        nationality: input.nationality,
        regionOfOrigin,
        hasDocuments: input.hasDocuments,
        intendedDestination: input.intendedDestination ?? null,
        arrivalDate,
        registeredAt: new Date(),
        caseStatus: 'OPEN',
        idempotencyKey,
        version: 1,
        alias,
        languages,
        documentType: document.documentType,
        documentNumber: document.documentNumber,
        migrationReasons: [...new Set(input.migrationReasons ?? [])],
        accompanied: input.accompanied ?? (accompaniedBy ? true : null),
        accompaniedBy,
        phone: phoneNumber,
        caseOwner: viewer.subject,
        caseworkers: [viewer.subject],
        riskLevel: null,
        closedReason: null,
        closedAt: null,
        transferredTo: null,
        isUnaccompaniedChild: false,
        hasTraffickingIndicators: false,
      });
      tx.persist(record);
      await tx.flush();
      await recordAudit(tx, { viewer, action: 'create', entity: 'Migrant', entityId: globalId(site.code, record.id) });
      return record;
    });
    return { migrant, created: true };
  } catch (err) {
    // The same key sent twice at once: the loser answers with the winner's record.
    if (idempotencyKey && err instanceof UniqueConstraintViolationException) {
      const winner = await em.fork().findOne(Migrant, { idempotencyKey });
      if (winner) return { migrant: winner, created: false };
    }
    throw err;
  }
}

function dateOfBirth(check: InputCheck, input: RegisterMigrantInput, arrivalDate: string): { date: string | null; estimated: boolean } {
  if (input.dateOfBirth != null && input.estimatedAge != null) {
    check.fail('estimatedAge', 'give either dateOfBirth or estimatedAge, not both');
    return { date: null, estimated: false };
  }
  if (input.estimatedAge != null) {
    if (!Number.isInteger(input.estimatedAge) || input.estimatedAge < 0 || input.estimatedAge > 120) {
      check.fail('estimatedAge', 'must be a whole number of years between 0 and 120');
      return { date: null, estimated: true };
    }
    const year = Number(arrivalDate.slice(0, 4)) - input.estimatedAge;
    return { date: `${String(year).padStart(4, '0')}${arrivalDate.slice(4)}`.replace(/-02-29$/, '-02-28'), estimated: true };
  }
  if (input.dateOfBirth == null) {
    check.fail('dateOfBirth', 'give the date of birth, or an estimatedAge when it is not known');
    return { date: null, estimated: false };
  }
  const oldest = `${Number(arrivalDate.slice(0, 4)) - 120}${arrivalDate.slice(4)}`;
  return { date: check.pastDate('dateOfBirth', input.dateOfBirth, oldest), estimated: input.dateOfBirthEstimated ?? false };
}
