import { useSiteMutation } from '@mpa/graphql';
import { DateInput, FormField, TextField, dateError, useToast } from '@mpa/ui';
import { useState } from 'react';
import { FormProblems } from '../forms/form-problems.component.js';
import { isoDay, refusalMessage, serverFieldErrors, useFormState, useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
import { useAssistanceMessages } from '../messages.js';
import type { StockItem } from './stock-page.component.js';
import { receiveStockMutation } from './stock.documents.js';

type ReceiptField = 'item' | 'quantity' | 'receivedOn' | 'source';
const fieldPaths: Record<string, ReceiptField> = { itemId: 'item', quantity: 'quantity', receivedOn: 'receivedOn', source: 'source' };

/** Records stock received (a delivery, a donation): the item's level goes up by the quantity. */
export function ReceiveStock({ items, today = new Date(), newKey = () => crypto.randomUUID() }: { items: readonly StockItem[]; today?: Date; newKey?: () => string }) {
  const t = useAssistanceMessages();
  const f = t.receiveFields;
  const toast = useToast();
  const day = isoDay(today);
  const [itemId, setItemId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [receivedOn, setReceivedOn] = useState(day);
  const [source, setSource] = useState('');
  const state = useFormState<ReceiptField>();
  const idempotency = useIdempotencyKey(newKey);
  const [receive, { loading }] = useSiteMutation(receiveStockMutation, { refetchQueries: ['CentreStock', 'StockMovements'] });

  async function submit() {
    const problems: Partial<Record<ReceiptField, string>> = {};
    if (!items.some((item) => item.id === itemId)) problems.item = t.chooseOne(f.item);
    const units = wholeNumber(quantity);
    if (units === null || units < 1) problems.quantity = t.wholeNumber(f.quantity, 1);
    const date = dateError(receivedOn, { required: true, label: f.receivedOn, max: day });
    if (date !== null) problems.receivedOn = receivedOn > day ? t.future : date;
    if (source.trim() === '') problems.source = t.required(f.source);
    state.setErrors(problems);
    state.setFailure(null);
    if (Object.keys(problems).length > 0 || units === null) return state.focusSummary();
    try {
      const { data } = await receive({ variables: { input: { itemId, quantity: units, receivedOn, source: source.trim(), idempotencyKey: idempotency.key } } });
      const movement = data?.site.receiveStock.movement;
      if (movement !== undefined) toast.show(t.received(movement.quantity, movement.item.name, movement.item.level));
      setQuantity('');
      setSource('');
      idempotency.renew();
    } catch (error) {
      const { errors, unplaced } = serverFieldErrors(error, fieldPaths, t);
      state.setErrors(errors);
      state.setFailure(Object.keys(errors).length > 0 && unplaced.length === 0 ? null : refusalMessage(error, t));
      state.focusSummary();
    }
  }

  return (
    <form
      noValidate
      aria-labelledby="mpa-assistance-receive"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h3 id="mpa-assistance-receive">{t.receiveHeading}</h3>
      <FormProblems count={Object.keys(state.errors).length} failure={state.failure} summary={state.summary} />
      <FormField label={f.item} required error={state.errorOf('item')}>
        {(control) => (
          <select {...control} value={itemId} onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t.choose}</option>
            {items.map((item) => <option key={item.id} value={item.id}>{`${item.name} (${t.inStock(item.level, item.unit)})`}</option>)}
          </select>
        )}
      </FormField>
      <TextField label={f.quantity} required inputMode="numeric" autoComplete="off" value={quantity} error={state.errorOf('quantity')} onChange={(e) => setQuantity(e.target.value)} />
      <DateInput label={f.receivedOn} required value={receivedOn} max={day} error={state.errorOf('receivedOn')} onChange={setReceivedOn} />
      <TextField label={f.source} required maxLength={200} value={source} error={state.errorOf('source')} onChange={(e) => setSource(e.target.value)} />
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.receiving : t.receive}</button>
      </p>
    </form>
  );
}
