// Every string the awareness micro-frontend shows, in English: the shape every other language's
// file follows (a missing message there is a type error).
const en = {
  languageName: 'English',
  heading: "Awareness",
  crashed: 'This section stopped working. Reload the page to try again.',
};
export type Messages = typeof en;
export default en;
