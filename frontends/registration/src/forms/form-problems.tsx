// What is wrong with a form, found by the form itself before sending or by the site after: each
// problem next to its field, and a summary at the top that takes the focus, so keyboard and
// screen reader users hear how many problems there are.
import { fieldErrorsOf, graphQLErrorsOf } from '@mpa/graphql';
import { FormProblems } from '@mpa/ui';
import { useRef, useState } from 'react';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormProblems<F extends string> {
  readonly fields: FieldErrors<F>;
  /** A problem no field owns: a refusal (CONFLICT…), or an answer that never came. */
  readonly failure: string | null;
}

/**
 * The site's refusal as form problems: each field of a BAD_USER_INPUT answer next to the form's
 * field it belongs to (`factors.2.factor` under `factors`), any other refusal in the site's own
 * words, and a lost answer or an unreachable site as `failed`.
 */
export function refusalProblems<F extends string>(
  error: unknown,
  fields: readonly F[],
  say: { refused: (message: string) => string; failed: string },
): FormProblems<F> {
  const byPath = Object.entries(fieldErrorsOf(error));
  if (byPath.length > 0) {
    const placed: FieldErrors<F> = {};
    const unplaced: string[] = [];
    for (const [path, message] of byPath) {
      const field = fields.find((name) => path === name || path.startsWith(`${name}.`));
      if (field === undefined) unplaced.push(`${path}: ${message}`);
      else placed[field] ??= message;
    }
    return { fields: placed, failure: unplaced.length > 0 ? say.refused(unplaced.join('; ')) : null };
  }
  const refusal = graphQLErrorsOf(error).find((e) => e.extensions?.['code'] !== 'SUBGRAPH_UNAVAILABLE');
  return { fields: {}, failure: refusal === undefined ? say.failed : say.refused(refusal.message) };
}

/** A form's problems, and the summary's element to focus when there are some. */
export function useFormProblems<F extends string>() {
  const [problems, setProblems] = useState<FormProblems<F>>({ fields: {}, failure: null });
  const summary = useRef<HTMLDivElement>(null);
  return {
    problems,
    summary,
    errorOf: (field: F): string | null => problems.fields[field] ?? null,
    /** Shows `next`; returns whether there is any problem (the summary then has the focus). */
    show(next: FormProblems<F>): boolean {
      setProblems(next);
      const any = next.failure !== null || Object.keys(next.fields).length > 0;
      if (any) requestAnimationFrame(() => summary.current?.focus());
      return any;
    },
  };
}

/** The summary above a form: how many fields need attention, and any problem no field owns. */
export function ProblemSummary<F extends string>({ problems, summary }: ReturnType<typeof useFormProblems<F>>) {
  return <FormProblems count={Object.keys(problems.fields).length} failure={problems.failure} summary={summary} />;
}
