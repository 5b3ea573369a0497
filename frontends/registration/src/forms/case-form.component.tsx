import { useSiteMutation, type OperationVariables, type TypedDocumentNode } from '@mpa/graphql';
import { useToast } from '@mpa/ui';
import { useState, type ReactNode } from 'react';
import { useRegistrationMessages } from '../messages.js';
import type { Messages } from '../messages/en.js';
import { migrantCaseQuery } from '../registration.documents.js';
import { ProblemSummary, refusalProblems, useFormProblems, type FieldErrors } from './form-problems.js';
import { isoDay } from './iso-day.js';
import { siteOfRecord } from './record-panel.component.js';

/**
 * A mutation on a migrant's case file: sent to the migrant's own site, and the case view
 * fetched again before it resolves, so the saved record is on screen when the form closes.
 */
export function useCaseMutation<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, migrantId: string) {
  const site = siteOfRecord(migrantId);
  return useSiteMutation(document, {
    ...(site === undefined ? {} : { site }),
    refetchQueries: [{ query: migrantCaseQuery, variables: { id: migrantId } }],
    awaitRefetchQueries: true,
  });
}

/** A form of the case view: checked by `onSubmit`, its problems summarised on top, sent once at a time. */
export function CaseForm<F extends string>({ label, problems, loading, saveLabel, onSubmit, onCancel, children }: {
  label: string;
  problems: ReturnType<typeof useFormProblems<F>>;
  loading: boolean;
  saveLabel: string;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useRegistrationMessages();
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void onSubmit();
      }}
    >
      <ProblemSummary {...problems} />
      {children}
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.saving : saveLabel}</button>{' '}
        <button type="button" onClick={onCancel}>{t.cancelForm}</button>
      </p>
    </form>
  );
}

/** What every form adding a record to a case takes (`today` and `newKey` are for tests). */
export interface CaseRecordProps {
  migrantId: string;
  onDone: () => void;
  today?: Date;
  newKey?: () => string;
}

/**
 * The life of a form adding a record to a case: the form's values, checked before sending, sent
 * once under one idempotency key (a retry never records twice), the site's refusal shown in
 * place, and a toast and `onDone` once saved.
 */
export function useCaseRecord<Form extends object, TData, TInput>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  { migrantId, onDone, today = new Date(), newKey = () => crypto.randomUUID() }: CaseRecordProps,
  record: {
    empty: (day: string) => Form;
    fields: readonly (keyof Form & string)[];
    validate: (form: Form, day: string, t: Messages) => FieldErrors<keyof Form & string>;
    input: (form: Form, idempotencyKey: string) => TInput;
    saved: (form: Form, t: Messages) => string;
  },
) {
  const t = useRegistrationMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<Form>(() => record.empty(day));
  const [idempotencyKey] = useState(newKey);
  const problems = useFormProblems<keyof Form & string>();
  const [send, { loading }] = useCaseMutation(document, migrantId);
  return {
    t,
    day,
    form,
    problems,
    loading,
    set: <K extends keyof Form>(field: K, value: Form[K]) => setForm((current) => ({ ...current, [field]: value })),
    async submit() {
      if (problems.show({ fields: record.validate(form, day, t), failure: null })) return;
      try {
        await send({ variables: { input: record.input(form, idempotencyKey) } });
        toast.show(record.saved(form, t));
        onDone();
      } catch (error) {
        problems.show(refusalProblems(error, record.fields, { refused: t.saveRefused, failed: t.sendFailed }));
      }
    },
  };
}
