import { graphQLErrorsOf } from './unavailable.js';

/** A field the site refused, as `BAD_USER_INPUT` names it in `extensions.fields`. */
interface FieldProblem {
  field: string;
  message: string;
}

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string' && typeof (value as FieldProblem).message === 'string';

/**
 * The site's message for each refused field of a `BAD_USER_INPUT` answer, keyed by the field's
 * path below the argument (`input.attendance.female.age0To17` → `attendance.female.age0To17`),
 * so a form can show each one next to its own control. Empty for any other error.
 */
export function fieldErrorsOf(error: unknown, argument = 'input'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const refusal of graphQLErrorsOf(error)) {
    if (refusal.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const fields = refusal.extensions['fields'];
    if (!Array.isArray(fields)) continue;
    for (const problem of fields.filter(isFieldProblem)) {
      const path = problem.field.startsWith(`${argument}.`) ? problem.field.slice(argument.length + 1) : problem.field;
      errors[path] ??= problem.message;
    }
  }
  return errors;
}
