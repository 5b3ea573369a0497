import type { SiteConfig } from '@mpa/platform';
import {
  AGE_BANDS, AVR_SHARE, AVR_STATUSES, DEFAULT_MONTHLY_REGISTRATIONS, DESTINATIONS, ETHIOPIAN_REGIONS, FAMILY_NAMES,
  GIVEN_NAMES, MONTHLY_REGISTRATIONS, NATIONALITIES, REGIONS_BY_NATIONALITY,
} from './profiles.js';
import { Random } from './random.js';

export interface DemoMigrant {
  id: string;
  registrationNumber: string;
  givenName: string;
  familyName: string;
  sex: 'FEMALE' | 'MALE';
  dateOfBirth: string;
  dateOfBirthEstimated: boolean;
  nationality: string;
  regionOfOrigin: string | null;
  hasDocuments: boolean;
  intendedDestination: string | null;
  arrivalDate: string;
  registeredAt: Date;
  caseStatus: 'OPEN' | 'CLOSED' | 'TRANSFERRED';
}

export interface DemoAvrCase {
  id: string;
  caseNumber: string;
  status: string;
  migrantId: string;
  centreCode: string;
  destinationCountry: string;
  destinationRegion: string | null;
  openedAt: Date;
}

export interface GenerateOptions {
  /** Years of operation to generate, ending at `anchor` (fractions allowed). */
  years: number;
  /** The last day of generated activity (defaults to today). */
  anchor?: Date;
  seed?: number;
}

const DAY = 86_400_000;

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A centre's registrations over `years`, newest last, deterministic for a given seed and anchor. */
export function generateMigrants(site: SiteConfig, options: GenerateOptions): DemoMigrant[] {
  const random = new Random((options.seed ?? 2009) ^ hash(site.code));
  const anchor = options.anchor ?? new Date();
  const opened = Date.parse(site.openedOn);
  const start = Math.max(opened, anchor.getTime() - options.years * 365.25 * DAY);
  const perDay = (MONTHLY_REGISTRATIONS[site.code] ?? DEFAULT_MONTHLY_REGISTRATIONS) / 30.4;
  const total = Math.round(((anchor.getTime() - start) / DAY) * perDay);
  const prefix = site.code.slice(0, 3).toUpperCase();
  const out: DemoMigrant[] = [];
  for (let i = 0; i < total; i++) {
    const registeredAt = new Date(start + ((i + random.next()) / total) * (anchor.getTime() - start));
    const arrival = new Date(registeredAt.getTime() - random.int(0, 2) * DAY);
    const nationality = random.weighted(NATIONALITIES);
    const sex = random.chance(0.82) ? 'MALE' : 'FEMALE';
    const [minAge, maxAge] = random.weighted(AGE_BANDS);
    const age = random.int(minAge, maxAge);
    const estimated = random.chance(0.7); // ~90% carry no ID: most ages are estimates
    const birth = new Date(arrival.getTime() - (age * 365.25 + random.int(0, 364)) * DAY);
    const ageInDays = (anchor.getTime() - registeredAt.getTime()) / DAY;
    out.push({
      id: random.uuid(),
      registrationNumber: `${prefix}-${registeredAt.getUTCFullYear()}-${String(i + 1).padStart(6, '0')}`,
      givenName: random.pick(GIVEN_NAMES[sex]),
      familyName: random.pick(FAMILY_NAMES),
      sex,
      dateOfBirth: isoDate(birth),
      dateOfBirthEstimated: estimated,
      nationality,
      regionOfOrigin: nationality === 'ETH' ? random.weighted(ETHIOPIAN_REGIONS) : random.pick(REGIONS_BY_NATIONALITY[nationality] ?? [null]),
      hasDocuments: random.chance(0.1),
      intendedDestination: nationality === 'SOM' && random.chance(0.5) ? null : random.weighted(DESTINATIONS),
      arrivalDate: isoDate(arrival),
      registeredAt,
      // Most stays are short: recent cases are open, older ones closed.
      caseStatus: ageInDays < 30 ? (random.chance(0.85) ? 'OPEN' : 'CLOSED') : random.weighted([['CLOSED', 93], ['OPEN', 5], ['TRANSFERRED', 2]] as const),
    });
  }
  return out;
}

/** AVR cases for a share of the migrants, spread over the pipeline. */
export function generateAvrCases(site: SiteConfig, migrants: readonly DemoMigrant[], options: GenerateOptions, firstNumber = 1): DemoAvrCase[] {
  const random = new Random((options.seed ?? 2009) ^ hash(`avr:${site.code}`));
  const out: DemoAvrCase[] = [];
  for (const migrant of migrants) {
    if (migrant.nationality === 'SOM' || !random.chance(AVR_SHARE)) continue;
    const openedAt = new Date(migrant.registeredAt.getTime() + random.int(1, 10) * DAY);
    if (openedAt.getTime() > (options.anchor ?? new Date()).getTime()) continue;
    out.push({
      id: random.uuid(),
      caseNumber: `AVR-${openedAt.getUTCFullYear()}-${String(firstNumber + out.length).padStart(6, '0')}`,
      status: random.weighted(AVR_STATUSES),
      migrantId: `${site.code}:${migrant.id}`,
      centreCode: site.code,
      destinationCountry: migrant.nationality,
      destinationRegion: migrant.regionOfOrigin,
      openedAt,
    });
  }
  return out;
}

/** FNV-1a: a stable per-site seed for each random stream. */
export function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
