import { can } from '@mpa/auth';
import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, useCursorPages, useLanguage } from '@mpa/ui';
import type { MigrantDistributionsQuery } from '../__generated__/graphql.js';
import { PagedTable, pagedRows } from '../lists/paged-table.component.js';
import { useAssistanceMessages } from '../messages.js';
import { DistributeItems } from './distribute-items.component.js';
import { migrantDistributionsQuery } from './distributions.documents.js';

export const distributionsPageSize = 10;

type Distribution = NonNullable<NonNullable<NonNullable<MigrantDistributionsQuery['migrant']>['distributions']>['edges'][number]['node']>;

/** The relief items a migrant received, and handing out more (caseworkers). */
export function Distributions({ site, migrantId }: { site: string; migrantId: string }) {
  const t = useAssistanceMessages();
  return (
    <section aria-labelledby="mpa-assistance-distributions">
      <h3 id="mpa-assistance-distributions">{t.distributionsHeading}</h3>
      <DistributionList migrantId={migrantId} />
      {can('cases:write') ? <DistributeItems site={site} migrantId={migrantId} /> : <p className="hint">{t.distributeNeedsRole}</p>}
    </section>
  );
}

function DistributionList({ migrantId }: { migrantId: string }) {
  const t = useAssistanceMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const result = useQuery(migrantDistributionsQuery, {
    variables: { id: migrantId, first: distributionsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
  });
  const shown = result.data ?? (result.loading ? result.previousData : undefined);
  const c = t.distributionColumns;
  const columns: Column<Distribution>[] = [
    { header: c.distributedOn, cell: (d) => format.date(d.distributedOn, language), rowHeader: true },
    { header: c.items, cell: (d) => d.items.map((line) => `${line.quantity} × ${line.item.name}`).join(', ') },
    { header: c.notes, cell: (d) => d.notes ?? t.none },
    { header: c.by, cell: (d) => d.deliveredBy.name },
  ];
  return (
    <PagedTable
      page={pagedRows(result, shown?.migrant?.distributions)}
      paging={paging}
      caption={t.distributionsCaption}
      columns={columns}
      rowKey={(d) => d.id}
      texts={{ loading: t.loadingDistributions, failed: t.distributionsFailed, empty: t.noDistributions }}
    />
  );
}
