import { can } from '@mpa/auth';
import { useQuery } from '@mpa/graphql';
import { BarChart, DataTable, EmptyState, ErrorState, LoadingState, Page, StatusBadge, type Column } from '@mpa/ui';
import type { CentreStockQuery } from '../__generated__/graphql.js';
import { useAssistanceMessages } from '../messages.js';
import { AddStockItem } from './add-stock-item.component.js';
import { ReceiveStock } from './receive-stock.component.js';
import { StockMovements } from './stock-movements.component.js';
import { centreStockQuery } from './stock.documents.js';

export type StockItem = NonNullable<NonNullable<CentreStockQuery['centre']>['stock']>[number];

/** The centre's NFI and hygiene-kit stock: levels with low-stock warnings, receipts, the ledger. */
export function StockPage({ site }: { site: string }) {
  const t = useAssistanceMessages();
  const { data, loading, error, refetch } = useQuery(centreStockQuery, { variables: { site }, errorPolicy: 'all' });
  const centre = data?.centre;
  const items = centre?.stock;
  const writes = can('cases:write');
  let levels;
  if (items === undefined || items === null) {
    levels = loading ? <LoadingState>{t.loadingStock}</LoadingState> : <ErrorState error={error} onRetry={() => void refetch()}>{t.stockFailed}</ErrorState>;
  } else if (items.length === 0) {
    levels = <EmptyState>{writes ? t.noStockItems : t.noStockItemsReadOnly}</EmptyState>;
  } else {
    levels = <StockLevels items={items} />;
  }
  return (
    <Page title={t.stockHeading(centre?.name ?? site)} description={t.stockHint}>
      {levels}
      {writes ? (
        <>
          {items !== undefined && items !== null && items.length > 0 && <ReceiveStock items={items} />}
          <AddStockItem />
        </>
      ) : (
        <p className="hint">{t.stockWriteNeedsRole}</p>
      )}
      <StockMovements site={site} />
    </Page>
  );
}

function StockLevels({ items }: { items: readonly StockItem[] }) {
  const t = useAssistanceMessages();
  const low = items.filter((item) => item.isLow);
  const c = t.stockColumns;
  const columns: Column<StockItem>[] = [
    { header: c.item, cell: (item) => item.name, rowHeader: true },
    { header: c.category, cell: (item) => t.category[item.category] },
    { header: c.level, cell: (item) => t.units(item.level, item.unit), numeric: true },
    { header: c.threshold, cell: (item) => t.units(item.lowStockThreshold, item.unit), numeric: true },
    { header: c.status, cell: (item) => (item.isLow ? <StatusBadge tone="warning">{t.low}</StatusBadge> : <StatusBadge tone="success">{t.enough}</StatusBadge>) },
  ];
  return (
    <>
      {low.length > 0 && <p className="alert" role="status">{t.lowStockWarning(low.map((item) => item.name))}</p>}
      {/* Where people would rather look than read: each level beside its re-order level; the table holds the figures. */}
      <BarChart
        title={t.stockChart}
        categories={items.map((item) => item.name)}
        series={[
          { name: t.stockColumns.level, values: items.map((item) => item.level) },
          { name: t.stockColumns.threshold, values: items.map((item) => item.lowStockThreshold) },
        ]}
      />
      <DataTable caption={t.stockCaption} columns={columns} rows={items} rowKey={(item) => item.id} />
    </>
  );
}
