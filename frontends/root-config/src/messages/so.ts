// Af-Soomaali. (Translations to be reviewed by the centres' Somali-speaking staff.)
import type { Messages } from './en.js';

export default {
  languageName: 'Soomaali',
  portalTitle: 'MPA hub — Ilaalinta iyo Caawinta Muhaajiriinta',
  skipToContent: 'U gudub nuxurka',
  sectionsNav: 'Qaybaha',
  sections: {
    centres: 'Xarumaha',
    registration: 'Diiwaangelinta',
    assistance: 'Gargaarka',
    protection: 'Ilaalinta',
    awareness: 'Wacyigelinta',
    returns: 'Celinta iyo dib-u-dhexgalka',
    dashboard: 'Shaxda gobolka',
  },
  loadFailed: (section: string) =>
    `Qaybta ${section} lama soo rari karin. Hubi isku xirkaaga oo dib u soo rar bogga; inta kale ee portal-ka way shaqaynaysaa.`,
  crashed: (section: string) => `Qaybta ${section} way joogsatay. Dib u soo rar bogga si aad mar kale isugu daydo.`,
  signInTitle: 'Gal',
  username: 'Magaca isticmaalaha',
  password: 'Furaha sirta ah',
  signIn: 'Gal',
  signInFailed: 'Galitaanku wuu fashilmay. Isku day mar kale.',
  unknownUser: 'Isticmaale aan la aqoon ama furo sir ah oo khaldan.',
  signInUnavailable: 'Hadda suurtagal ma aha in la galo.',
  signOut: 'Ka bax',
  language: 'Luqadda',
  centre: 'Xarunta',
  allCentres: 'Dhammaan xarumaha',
  centresUnavailable: 'Liiska xarumaha lama soo rari karin.',
  signedInAs: (name: string, site: string | null) => `${name}${site ? ` · ${site[0]!.toUpperCase()}${site.slice(1)}` : ''}`,
} satisfies Messages;
