// The shared components' own words, in English (the shape every other language follows).
const en = {
  languageName: 'English',
  loading: 'Loading…',
  tryAgain: 'Try again',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: (page: number) => `Page ${page}`,
  dismiss: 'Dismiss',
  notifications: 'Notifications',
  required: 'required',
  fieldRequired: (label: string) => `Enter ${label.toLowerCase()}.`,
  formHasErrors: (count: number) => (count === 1 ? 'There is 1 problem with the form.' : `There are ${count} problems with the form.`),
  dateInvalid: 'Enter a real date.',
  dateTooEarly: (min: string) => `Enter a date on or after ${min}.`,
  dateTooLate: (max: string) => `Enter a date on or before ${max}.`,
  unreachable: (centres: string) => `${centres} cannot be reached at the moment.`,
  unreachableHint: 'The other centres still answer; this shows again as soon as the centre’s server answers.',
  failed: 'This could not be loaded.',
  list: (items: string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items),
  barChart: 'Bar chart',
  lineChart: 'Line chart',
  chartSummary: ({ kind, series, from, to, low, high }: { kind: string; series: string; from: string; to: string; low: string; high: string }) =>
    `${kind} of ${series}, ${from} to ${to}; values from ${low} to ${high}.`,
  chartValue: (series: string, category: string, value: string) => `${series}, ${category}: ${value}`,
  chartEmpty: 'No data to show for this period.',
};
export type Messages = typeof en;
export default en;
