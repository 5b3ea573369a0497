import { useMutation, useQuery } from '@mpa/graphql';
import { afterOf, type Column, ConnectionPager, DataTable, EmptyState, ErrorState, Link, LoadingState, useCursorPages, useToast } from '@mpa/ui';
import type { FitToTravelCasesQuery, MovementQuery } from '../__generated__/graphql.js';
import { originOf, returneeName } from '../case-card.component.js';
import { assignCaseToMovementMutation } from '../case/case.documents.js';
import { useReturnsMessages } from '../messages.js';
import { paths } from '../routes.js';
import { useSubmission } from '../submission.js';
import { fitToTravelCasesQuery } from './movements.documents.js';

type Movement = NonNullable<MovementQuery['movement']>;
type WaitingCase = FitToTravelCasesQuery['avrCases']['edges'][number]['node'];

/** The fit-to-travel cases going where the movement goes, paged, each bookable onto it. */
export function FitToTravelCases({ movement, withNames }: { movement: Movement; withNames: boolean }) {
  const t = useReturnsMessages();
  const m = t.movement;
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(fitToTravelCasesQuery, {
    variables: { destinationCountry: movement.destinationCountry, withNames, ...afterOf(paging) },
  });
  const shown = data ?? (loading ? previousData : undefined);
  const body = () => {
    if (shown === undefined) {
      if (loading) return <LoadingState>{m.addLoading}</LoadingState>;
      return <ErrorState error={error} onRetry={() => void refetch()}>{m.addFailed}</ErrorState>;
    }
    const rows = shown.avrCases.edges.map((edge) => edge.node);
    if (rows.length === 0) return <EmptyState>{m.addEmpty}</EmptyState>;
    const columns: Column<WaitingCase>[] = [
      { header: m.columns.caseNumber, cell: (c) => <Link to={paths.case(c.id)}>{c.caseNumber}</Link>, rowHeader: true },
      { header: m.columns.returnee, cell: (c) => returneeName(c) ?? t.board.nameHidden },
      { header: t.caseFile.centre, cell: (c) => originOf(c) },
      { header: t.plan.columns.actions, cell: (c) => <BookCase movementId={movement.id} avrCase={c} /> },
    ];
    return (
      <>
        <DataTable caption={m.addCaption} columns={columns} rows={rows} rowKey={(c) => c.id} busy={loading} />
        <ConnectionPager label={m.addPages} summary={m.addPage} paging={paging} pageInfo={shown.avrCases.pageInfo} loading={loading} />
      </>
    );
  };
  return (
    <section className="mpa-returns-part" aria-label={m.addHeading(movement.destinationCountry)}>
      <h3>{m.addHeading(movement.destinationCountry)}</h3>
      {body()}
    </section>
  );
}

function BookCase({ movementId, avrCase }: { movementId: string; avrCase: WaitingCase }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const { submit, problems, busy } = useSubmission();
  const [assign] = useMutation(assignCaseToMovementMutation, { refetchQueries: ['Movement', 'FitToTravelCases'] });
  return (
    <>
      {problems}
      <button
        type="button"
        aria-disabled={busy}
        aria-label={`${t.movement.add} ${avrCase.caseNumber}`}
        onClick={async () => {
          if (await submit({}, () => assign({ variables: { movementId, caseId: avrCase.id, expectedVersion: avrCase.version } }))) toast.show(t.movement.added(avrCase.caseNumber));
        }}
      >
        {busy ? t.booking.booking : t.movement.add}
      </button>
    </>
  );
}
