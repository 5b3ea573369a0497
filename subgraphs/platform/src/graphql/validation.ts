import { badUserInput, type FieldProblem } from './errors.js';

/**
 * Collects every problem with an input before anything is written, so a user sees all of them at
 * once and a refused mutation leaves the database untouched.
 */
export class InputCheck {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly prefix = 'input') {}

  fail(field: string, message: string): void {
    this.problems.push({ field: `${this.prefix}.${field}`, message });
  }

  /** Trims and checks a required text; returns the cleaned value. */
  requiredText(field: string, value: string | null | undefined, max = 200): string {
    const text = cleanText(value);
    if (!text) this.fail(field, 'is required');
    else if (text.length > max) this.fail(field, `must be at most ${max} characters`);
    return text ?? '';
  }

  optionalText(field: string, value: string | null | undefined, max = 200): string | null {
    const text = cleanText(value);
    if (text && text.length > max) this.fail(field, `must be at most ${max} characters`);
    return text || null;
  }

  /** A calendar date, not in the future, not before `earliest`. */
  pastDate(field: string, value: string | null | undefined, earliest = '1900-01-01'): string | null {
    if (value == null) return null;
    const today = new Date().toISOString().slice(0, 10);
    if (value > today) this.fail(field, 'cannot be in the future');
    else if (value < earliest) this.fail(field, `cannot be before ${earliest}`);
    return value;
  }

  /** Throws one BAD_USER_INPUT error listing every problem, if there are any. */
  done(): void {
    if (this.problems.length) throw badUserInput(this.problems);
  }
}

/**
 * Collapses whitespace and strips control characters, and the invisible ones that hide or reorder
 * text (zero-width space, word joiner, BOM, bidirectional overrides: a name must read as stored).
 * Joiners stay: emoji and some scripts need them. Empty becomes null.
 */
export function cleanText(value: string | null | undefined): string | null {
  if (value == null) return null;
  // eslint-disable-next-line no-control-regex
  const text = value.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return text || null;
}
