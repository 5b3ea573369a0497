import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, ConnectionPager, DataTable, EmptyState, ErrorState, Link, LoadingState, Page, SelectField, StatusBadge, useCursorPages, useLanguage } from '@mpa/ui';
import { useState } from 'react';
import type { MovementsQuery, MovementStatus } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { paths } from '../routes.js';
import { SectionNav } from '../section-nav.component.js';
import type { ReturnsViewer } from '../viewer.js';
import { movementsQuery } from './movements.documents.js';

export const movementsPageSize = 20;
type Movement = MovementsQuery['movements']['edges'][number]['node'];
const statuses: readonly MovementStatus[] = ['PLANNED', 'DEPARTED', 'ARRIVED', 'CANCELLED'];
export const movementTone = (status: MovementStatus) => (status === 'ARRIVED' ? 'success' : status === 'DEPARTED' ? 'info' : status === 'PLANNED' ? 'warning' : 'neutral');

/** Movements, latest departure first, by status; paged. */
export function MovementList({ viewer }: { viewer: ReturnsViewer }) {
  const t = useReturnsMessages();
  const m = t.movements;
  const [status, setStatus] = useState<MovementStatus | ''>('');
  return (
    <Page title={m.heading} description={m.hint}>
      <SectionNav current="movements" viewer={viewer} />
      {viewer.canWrite && (
        <p>
          <Link to={paths.planMovement()}>{m.plan}</Link>
        </p>
      )}
      <SelectField label={m.statusFilter} placeholder={m.allStatuses} options={statuses.map((s) => ({ value: s, label: m.statuses[s] }))} value={status} onChange={setStatus} />
      <MovementPages key={status} status={status === '' ? null : status} />
    </Page>
  );
}

function MovementPages({ status }: { status: MovementStatus | null }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const m = t.movements;
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(movementsQuery, {
    variables: { first: movementsPageSize, ...afterOf(paging), ...(status === null ? {} : { filter: { status } }) },
  });
  const shown = data ?? (loading ? previousData : undefined);
  if (shown === undefined) {
    if (loading) return <LoadingState>{m.loading}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{m.failed}</ErrorState>;
  }
  const rows = shown.movements.edges.map((edge) => edge.node);
  if (rows.length === 0) return <EmptyState>{m.empty}</EmptyState>;
  const columns: Column<Movement>[] = [
    { header: m.columns.reference, cell: (row) => <Link to={paths.movement(row.id)}>{row.reference}</Link>, rowHeader: true },
    { header: m.columns.mode, cell: (row) => m.modes[row.mode] },
    { header: m.columns.status, cell: (row) => <StatusBadge tone={movementTone(row.status)}>{m.statuses[row.status]}</StatusBadge> },
    { header: m.columns.departureDate, cell: (row) => format.date(row.departureDate, language) },
    { header: m.columns.route, cell: (row) => row.route },
    { header: m.columns.destination, cell: (row) => row.destinationCountry },
  ];
  return (
    <>
      <DataTable caption={m.caption} columns={columns} rows={rows} rowKey={(row) => row.id} busy={loading} />
      <ConnectionPager label={m.pages} summary={m.page} paging={paging} pageInfo={shown.movements.pageInfo} loading={loading} />
    </>
  );
}
