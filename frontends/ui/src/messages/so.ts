// Af-Soomaali. (Translations to be reviewed by the centres' Somali-speaking staff.)
import type { Messages } from './en.js';

export default {
  languageName: 'Soomaali',
  loading: 'Waa la soo rarayaa…',
  tryAgain: 'Isku day mar kale',
  previousPage: 'Bogga hore',
  nextPage: 'Bogga xiga',
  pageNumber: (page: number) => `Bogga ${page}`,
  dismiss: 'Xir',
  notifications: 'Ogeysiisyo',
  required: 'waa khasab',
  fieldRequired: (label: string) => `Geli ${label}.`,
  formHasErrors: (count: number) => (count === 1 ? 'Foomka waxaa ku jira 1 dhibaato.' : `Foomka waxaa ku jira ${count} dhibaato.`),
  dateInvalid: 'Geli taariikh sax ah.',
  dateTooEarly: (min: string) => `Geli taariikh ${min} ama ka dambeysa.`,
  dateTooLate: (max: string) => `Geli taariikh ${max} ama ka horreysa.`,
  unreachable: (centres: string) => `${centres} lama heli karo hadda.`,
  unreachableHint: 'Xarumaha kale weli way jawaabayaan; tani waxay soo muuqan doontaa marka server-ka xarunta uu jawaabo.',
  failed: 'Tan lama soo rari karin.',
  list: (items: string[]) => items.join(' iyo '),
  barChart: 'Jaantus tiir ah',
  lineChart: 'Jaantus xariiq ah',
  chartSummary: ({ kind, series, from, to, low, high }) => `${kind}: ${series}, ${from} ilaa ${to}; qiimayaasha ${low} ilaa ${high}.`,
  chartValue: (series, category, value) => `${series}, ${category}: ${value}`,
  chartEmpty: 'Xog lama hayo muddadan.',
} satisfies Messages;
