// Somali. Wants review by the centres' staff.
import type { Messages } from './en.js';

const so = {
  languageName: 'Soomaali',
  heading: "Gargaar",
  crashed: 'Qaybtani way joogsatay. Bogga dib u soo rar si aad mar kale isugu daydo.',
} satisfies Messages;
export default so;
