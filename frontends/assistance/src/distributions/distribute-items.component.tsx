import { graphQLErrorsOf, useQuery, useSiteMutation } from '@mpa/graphql';
import { DateInput, EmptyState, ErrorState, FormField, LoadingState, TextField, dateError, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { DistributedItemInput } from '../__generated__/graphql.js';
import { FormProblems } from '../forms/form-problems.component.js';
import { isoDay, refusalMessage, serverFieldErrors, useFormState, useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
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

/** The items an INSUFFICIENT_STOCK refusal names (every short item, the first one when that is all). */
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
  const state = useFormState<DistributionField>();
  const idempotency = useIdempotencyKey(newKey);
  const [distribute, { loading }] = useSiteMutation(distributeItemsMutation, { refetchQueries: ['MigrantDistributions', 'CentreStock', 'StockMovements'] });

  const items = stock.data?.centre?.stock;
  if (items === undefined || items === null) {
    if (stock.loading) return <LoadingState>{t.loadingStock}</LoadingState>;
    return <ErrorState error={stock.error} onRetry={() => void stock.refetch()}>{t.stockFailed}</ErrorState>;
  }
  if (items.length === 0) return <EmptyState>{t.noItemsToDistribute}</EmptyState>;

  async function submit() {
    const problems: Partial<Record<DistributionField, string>> = {};
    const lines: DistributedItemInput[] = [];
    for (const item of items ?? []) {
      const typed = quantities[item.id]?.trim() ?? '';
      if (typed === '') continue;
      const quantity = wholeNumber(typed);
      if (quantity === null || quantity < 1) problems[`item:${item.id}`] = t.wholeNumber(item.name, 1);
      else lines.push({ itemId: item.id, quantity });
    }
    if (lines.length === 0 && Object.keys(problems).length === 0) problems.items = t.nothingToHandOut;
    const date = dateError(distributedOn, { required: true, label: t.distributedOn, max: day });
    if (date !== null) problems.distributedOn = distributedOn > day ? t.future : date;
    if (notes.trim().length > 1000) problems.notes = t.tooLong(1000);
    state.setErrors(problems);
    state.setFailure(null);
    if (Object.keys(problems).length > 0) return state.focusSummary();
    try {
      const { data } = await distribute({
        variables: { input: { migrantId, distributedOn, items: lines, ...(notes.trim() === '' ? {} : { notes: notes.trim() }), idempotencyKey: idempotency.key } },
      });
      const handed = data?.site.distributeItems.distribution.items ?? [];
      toast.show(t.distributed(handed.map((line) => `${line.quantity} × ${line.item.name}`).join(', ')));
      setQuantities({});
      setNotes('');
      idempotency.renew();
    } catch (error) {
      const shortages = shortagesIn(error);
      // The API names an item line by its place in the list it was sent.
      const paths: Record<string, DistributionField> = { distributedOn: 'distributedOn', notes: 'notes', items: 'items' };
      lines.forEach((line, i) => {
        paths[`items.${i}.quantity`] = `item:${line.itemId}`;
        paths[`items.${i}.itemId`] = `item:${line.itemId}`;
      });
      const { errors } = serverFieldErrors(error, paths, t);
      for (const s of shortages) errors[`item:${s.itemId}`] = t.shortage(s.requested, s.available);
      state.setErrors(errors);
      const first = shortages[0];
      state.setFailure(first === undefined ? refusalMessage(error, t) : t.insufficientStock(first.item, first.requested, first.available));
      // What the centre has now, beside each quantity.
      if (first !== undefined) void stock.refetch();
      state.focusSummary();
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="mpa-assistance-distribute"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h4 id="mpa-assistance-distribute">{t.distributeHeading}</h4>
      <p className="hint">{t.distributeHint}</p>
      <FormProblems count={Object.keys(state.errors).length} failure={state.failure} summary={state.summary} />
      {state.errors.items !== undefined && <p className="field-error">{state.errors.items}</p>}
      {items.map((item) => (
        <TextField
          key={item.id}
          label={t.quantityOf(item.name, item.unit)}
          hint={t.inStock(item.level, item.unit)}
          inputMode="numeric"
          autoComplete="off"
          value={quantities[item.id] ?? ''}
          error={state.errorOf(`item:${item.id}`)}
          onChange={(e) => setQuantities((current) => ({ ...current, [item.id]: e.target.value }))}
        />
      ))}
      <DateInput label={t.distributedOn} required value={distributedOn} max={day} error={state.errorOf('distributedOn')} onChange={setDistributedOn} />
      <FormField label={t.distributionNotes} error={state.errorOf('notes')}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </FormField>
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.distributing : t.distribute}</button>
      </p>
    </form>
  );
}
