// Every string the centres micro-frontend shows, in English: the shape every other language's
// file follows (a missing message there is a type error).
import type { Unavailable } from '@mpa/graphql';
import type { CaseStatus, Sex } from '../__generated__/graphql.js';

const en = {
  languageName: 'English',
  centresHeading: 'Migrant Response Centres',
  centresCaption: (year: number) => `Caseload of each centre; registrations since 1 January ${year}`,
  centresHint: 'Choose a centre to see the migrants it registered.',
  centreColumns: {
    centre: 'Centre',
    openedOn: 'Opened',
    openCases: 'Open cases',
    registrations: (year: number) => `Registrations in ${year}`,
  },
  loadingCentres: 'Loading centres…',
  centresFailed: 'The list of centres could not be loaded.',
  tryAgain: 'Try again',
  unavailable: {
    unreachable: (centre: string) => `${centre} cannot be reached`,
    'not-visible': (centre: string) => `${centre}'s records are not visible to you`,
  } satisfies Record<Unavailable, (centre: string) => string>,
  unreachableHint: 'A centre that cannot be reached shows again as soon as its server answers; the figures of the others are up to date.',

  migrantsHeading: (centre: string) => `Migrants registered at ${centre}`,
  migrantsCaption: (centre: string) => `Migrants registered at ${centre}, newest registration first`,
  migrantColumns: {
    registrationNumber: 'Registration number',
    fullName: 'Name',
    sex: 'Sex',
    age: 'Age',
    nationality: 'Nationality',
    arrivalDate: 'Arrived',
    caseStatus: 'Case status',
  },
  loadingMigrants: 'Loading migrants…',
  migrantsFailed: (centre: string) => `The migrants of ${centre} could not be loaded.`,
  centreNotFound: (centre: string) => `${centre} is no longer in the registry of centres.`,
  noMigrants: 'No migrants registered yet.',
  pageSummary: (first: string, last: string, total: string) => `Migrants ${first}–${last} of ${total}`,
  pagination: 'Pages of migrants',
  unknownAge: 'Not known',
  sex: { FEMALE: 'Female', MALE: 'Male' } satisfies Record<Sex, string>,
  caseStatus: { OPEN: 'Open', CLOSED: 'Closed', TRANSFERRED: 'Transferred' } satisfies Record<CaseStatus, string>,

  crashed: 'Something went wrong in the centres section. Reload the page to try again.',
};
export type Messages = typeof en;
export default en;
