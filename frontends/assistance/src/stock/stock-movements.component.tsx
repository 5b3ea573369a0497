import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, type Column, useCursorPages, useLanguage } from '@mpa/ui';
import type { StockMovementsQuery } from '../__generated__/graphql.js';
import { PagedTable, pagedRows } from '../lists/paged-table.component.js';
import { useAssistanceMessages } from '../messages.js';
import { stockMovementsQuery } from './stock.documents.js';

export const movementsPageSize = 20;

type Movement = NonNullable<NonNullable<StockMovementsQuery['centre']>['stockMovements']>['edges'][number]['node'];

/** The stock ledger: every receipt and hand-out, newest first, with the level after it. */
export function StockMovements({ site }: { site: string }) {
  const t = useAssistanceMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const result = useQuery(stockMovementsQuery, {
    variables: { site, first: movementsPageSize, ...afterOf(paging) },
    errorPolicy: 'all',
    // Hand-outs from a migrant's page (and other desks) change the ledger: show the cached page, then the centre's.
    fetchPolicy: 'cache-and-network',
  });
  const shown = result.data ?? (result.loading ? result.previousData : undefined);
  const c = t.movementColumns;
  const columns: Column<Movement>[] = [
    { header: c.occurredOn, cell: (m) => format.date(m.occurredOn, language), rowHeader: true },
    { header: c.item, cell: (m) => m.item.name },
    { header: c.kind, cell: (m) => t.movementKind[m.kind] },
    { header: c.quantity, cell: (m) => t.units(m.quantity, m.item.unit), numeric: true },
    { header: c.balanceAfter, cell: (m) => m.balanceAfter, numeric: true },
    { header: c.detail, cell: (m) => m.source ?? m.migrant?.registrationNumber ?? t.none },
    { header: c.by, cell: (m) => m.recordedBy.name },
  ];
  return (
    <section aria-labelledby="mpa-assistance-movements">
      <h3 id="mpa-assistance-movements">{t.movementsHeading}</h3>
      <PagedTable
        page={pagedRows(result, shown?.centre?.stockMovements)}
        paging={paging}
        caption={t.movementsCaption}
        columns={columns}
        rowKey={(m) => m.id}
        texts={{ loading: t.loadingMovements, failed: t.movementsFailed, empty: t.noMovements }}
      />
    </section>
  );
}
