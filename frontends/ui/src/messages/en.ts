// The shared components' own words, in English (the shape every other language follows).
const en = {
  languageName: 'English',
  loading: 'Loading…',
  tryAgain: 'Try again',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  dismiss: 'Dismiss',
  notifications: 'Notifications',
  required: 'required',
  fieldRequired: (label: string) => `Enter ${label.toLowerCase()}.`,
  dateInvalid: 'Enter a real date.',
  dateTooEarly: (min: string) => `Enter a date on or after ${min}.`,
  dateTooLate: (max: string) => `Enter a date on or before ${max}.`,
  unreachable: (centres: string) => `${centres} cannot be reached at the moment.`,
  unreachableHint: 'The other centres still answer; this shows again as soon as the centre’s server answers.',
  failed: 'This could not be loaded.',
  list: (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items),
};
export type Messages = typeof en;
export default en;
