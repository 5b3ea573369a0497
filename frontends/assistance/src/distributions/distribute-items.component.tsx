import { graphQLErrorsOf, useQuery, useSiteMutation } from '@mpa/graphql';
import { DateInput, EmptyState, ErrorState, FormField, LoadingState, TextField, dateError, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { DistributedItemInput } from '../__generated__/graphql.js';
import { isoDay, useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
import { ServiceForm, useServiceForm } from '../forms/service-form.component.js';
import { useAssistanceMessages } from '../messages.js';
import { centreStockQuery } from '../stock/stock.documents.js';
import { distributeItemsMutation } from './distributions.documents.js';

/** A field of the form: the date, the notes, or the quantity of one stock item (`item:<id>`). */
type DistributionField = 'distributedOn' | 'notes' | 'items' | `item:${string}`;

interface Shortage {
  itemId: string;
  item: string;
  requested: number;
  available: number;
}

/** The items an INSUFFICIENT_STOCK refusal names (every item that is short). */
function shortagesIn(error: unknown): Shortage[] {
  const refusal = graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === 'INSUFFICIENT_STOCK');
  const list = refusal?.extensions?.['shortages'];
  return Array.isArray(list) ? (list as Shortage[]) : [];
}

/**
 * Hands relief items to a migrant: a quantity per stock item, with what is in stock beside it.
 * The centre is the judge of the stock (someone at another desk may have just handed some out):
 * a distribution beyond it is refused whole (INSUFFICIENT_STOCK) and the form says which item.
 */
export function DistributeItems({ site, migrantId, today = new Date(), newKey = () => crypto.randomUUID() }: { site: string; migrantId: string; today?: Date; newKey?: () => string }) {
  const t = useAssistanceMessages();
  const toast = useToast();
  const day = isoDay(today);
  const stock = useQuery(centreStockQuery, { variables: { site }, errorPolicy: 'all' });
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [distributedOn, setDistributedOn] = useState(day);
  const [notes, setNotes] = useState('');
  const idempotency = useIdempotencyKey(newKey);
  const [distribute] = useSiteMutation(distributeItemsMutation, { refetchQueries: ['MigrantDistributions', 'CentreStock', 'StockMovements'] });
  const items = stock.data?.centre?.stock;
  // The lines to send, in the order the API will name them (`items.<i>.quantity`).
  const lines = (): DistributedItemInput[] =>
    (items ?? []).flatMap((item) => {
      const quantity = wholeNumber(quantities[item.id] ?? '');
      return quantity === null || quantity < 1 ? [] : [{ itemId: item.id, quantity }];
    });

  const form = useServiceForm<DistributionField>({
    fieldPaths: () => ({
      distributedOn: 'distributedOn', notes: 'notes', items: 'items',
      ...Object.fromEntries(lines().flatMap((line, i) => [[`items.${i}.quantity`, `item:${line.itemId}`], [`items.${i}.itemId`, `item:${line.itemId}`]])),
    }),
    validate: () => {
      const problems: Partial<Record<DistributionField, string>> = {};
      for (const item of items ?? []) {
        const typed = quantities[item.id]?.trim() ?? '';
        const quantity = wholeNumber(typed);
        if (typed !== '' && (quantity === null || quantity < 1)) problems[`item:${item.id}`] = t.wholeNumber(item.name, 1);
      }
      if (lines().length === 0 && Object.keys(problems).length === 0) problems.items = t.nothingToHandOut;
      const date = dateError(distributedOn, { required: true, label: t.distributedOn, max: day });
      if (date !== null) problems.distributedOn = distributedOn > day ? t.future : date;
      if (notes.trim().length > 1000) problems.notes = t.tooLong(1000);
      return problems;
    },
    send: async () => {
      const { data } = await distribute({
        variables: { input: { migrantId, distributedOn, items: lines(), ...(notes.trim() === '' ? {} : { notes: notes.trim() }), idempotencyKey: idempotency.key } },
      });
      const handed = data?.site.distributeItems.distribution.items ?? [];
      toast.show(t.distributed(handed.map((line) => `${line.quantity} × ${line.item.name}`).join(', ')));
      setQuantities({});
      setNotes('');
      idempotency.renew();
    },
    explain: (error) => {
      const shortages = shortagesIn(error);
      const first = shortages[0];
      if (first === undefined) return null;
      // What the centre has now, beside each quantity.
      void stock.refetch();
      return {
        errors: Object.fromEntries(shortages.map((s) => [`item:${s.itemId}`, t.shortage(s.requested, s.available)])),
        failure: t.insufficientStock(first.item, first.requested, first.available),
      };
    },
  });

  if (items === undefined || items === null) {
    if (stock.loading) return <LoadingState>{t.loadingStock}</LoadingState>;
    return <ErrorState error={stock.error} onRetry={() => void stock.refetch()}>{t.stockFailed}</ErrorState>;
  }
  if (items.length === 0) return <EmptyState>{t.noItemsToDistribute}</EmptyState>;
  return (
    <ServiceForm id="mpa-assistance-distribute" title={t.distributeHeading} hint={t.distributeHint} form={form} submitLabel={t.distribute} sendingLabel={t.distributing}>
      {form.errors.items !== undefined && <p className="field-error">{form.errors.items}</p>}
      {items.map((item) => (
        <TextField
          key={item.id}
          label={t.quantityOf(item.name, item.unit)}
          hint={t.inStock(item.level, item.unit)}
          inputMode="numeric"
          autoComplete="off"
          value={quantities[item.id] ?? ''}
          error={form.errorOf(`item:${item.id}`)}
          onChange={(e) => setQuantities((current) => ({ ...current, [item.id]: e.target.value }))}
        />
      ))}
      <DateInput label={t.distributedOn} required value={distributedOn} max={day} error={form.errorOf('distributedOn')} onChange={setDistributedOn} />
      <FormField label={t.distributionNotes} error={form.errorOf('notes')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </FormField>
    </ServiceForm>
  );
}
