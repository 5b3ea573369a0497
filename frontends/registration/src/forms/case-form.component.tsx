import { useSiteMutation, type OperationVariables, type TypedDocumentNode } from '@mpa/graphql';
import type { ReactNode } from 'react';
import { useRegistrationMessages } from '../messages.js';
import { migrantCaseQuery } from '../registration.documents.js';
import { ProblemSummary, type useFormProblems } from './form-problems.js';
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
