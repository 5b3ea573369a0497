// Af-Soomaali. (Translations to be reviewed by the centres' Somali-speaking staff.)
import type { Messages } from './en.js';

export default {
  languageName: 'Soomaali',
  centresHeading: 'Xarumaha Jawaabta Muhaajiriinta',
  centresCaption: (year: number) => `Kiisaska xarun kasta; diiwaangelinta laga bilaabo 1 Janaayo ${year}`,
  centresHint: 'Dooro xarun si aad u aragto muhaajiriinta ay diiwaangelisay.',
  centreColumns: {
    centre: 'Xarunta',
    openedOn: 'La furay',
    openCases: 'Kiisaska furan',
    registrations: (year: number) => `Diiwaangelinta ${year}`,
  },
  loadingCentres: 'Xarumaha waa la soo rarayaa…',
  centresFailed: 'Liiska xarumaha lama soo rari karin.',
  tryAgain: 'Isku day mar kale',
  unavailable: {
    unreachable: (centre: string) => `${centre} lama heli karo`,
    'not-visible': (centre: string) => `Diiwaanka ${centre} laguma ogola inaad aragto`,
  },
  unreachableHint: 'Xarun aan la heli karin waxay soo muuqan doontaa marka server-keedu jawaabo; tirooyinka kuwa kale waa kuwii ugu dambeeyay.',

  migrantsHeading: (centre: string) => `Muhaajiriinta lagu diiwaangeliyay ${centre}`,
  migrantsCaption: (centre: string) => `Muhaajiriinta lagu diiwaangeliyay ${centre}, kuwa ugu dambeeyay marka hore`,
  migrantColumns: {
    registrationNumber: 'Lambarka diiwaangelinta',
    fullName: 'Magaca',
    sex: 'Jinsiga',
    age: 'Da’da',
    nationality: 'Dhalashada',
    arrivalDate: 'Yimid',
    caseStatus: 'Xaaladda kiiska',
  },
  loadingMigrants: 'Muhaajiriinta waa la soo rarayaa…',
  migrantsFailed: (centre: string) => `Muhaajiriinta ${centre} lama soo rari karin.`,
  centreNotFound: (centre: string) => `${centre} kuma jirto diiwaanka xarumaha.`,
  noMigrants: 'Weli lama diiwaangelin muhaajiriin.',
  pageSummary: (first: string, last: string, total: string) => `Muhaajiriinta ${first}–${last} ee ${total}`,
  pagination: 'Bogagga muhaajiriinta',
  unknownAge: 'Lama yaqaan',
  sex: { FEMALE: 'Dheddig', MALE: 'Lab' },
  caseStatus: { OPEN: 'Furan', CLOSED: 'Xiran', TRANSFERRED: 'La wareejiyay' },

  crashed: 'Qaybta xarumaha cillad ayaa ka dhacday. Dib u soo rar bogga si aad mar kale isugu daydo.',
} satisfies Messages;
