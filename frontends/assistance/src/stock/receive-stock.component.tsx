import { useSiteMutation } from '@mpa/graphql';
import { dateError, DateInput, SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import { isoDay, useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
import { ServiceForm, useServiceForm } from '../forms/service-form.component.js';
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
  const idempotency = useIdempotencyKey(newKey);
  const [receive] = useSiteMutation(receiveStockMutation, { refetchQueries: ['CentreStock', 'StockMovements'] });
  const form = useServiceForm<ReceiptField>({
    fieldPaths,
    validate: () => {
      const problems: Partial<Record<ReceiptField, string>> = {};
      if (!items.some((item) => item.id === itemId)) problems.item = t.chooseOne(f.item);
      const units = wholeNumber(quantity);
      if (units === null || units < 1) problems.quantity = t.wholeNumber(f.quantity, 1);
      const date = dateError(receivedOn, { required: true, label: f.receivedOn, max: day });
      if (date !== null) problems.receivedOn = receivedOn > day ? t.future : date;
      if (source.trim() === '') problems.source = t.required(f.source);
      return problems;
    },
    send: async () => {
      const { data } = await receive({ variables: { input: { itemId, quantity: wholeNumber(quantity) ?? 0, receivedOn, source: source.trim(), idempotencyKey: idempotency.key } } });
      const movement = data?.site.receiveStock.movement;
      if (movement !== undefined) toast.show(t.received(movement.quantity, movement.item.name, movement.item.level));
      setQuantity('');
      setSource('');
      idempotency.renew();
    },
  });

  return (
    <ServiceForm id="mpa-assistance-receive" title={t.receiveHeading} form={form} submitLabel={t.receive} sendingLabel={t.receiving} level={3}>
      <SelectField
        label={f.item}
        required
        error={form.errorOf('item')}
        placeholder={t.choose}
        options={items.map((item) => ({ value: item.id, label: `${item.name} (${t.inStock(item.level, item.unit)})` }))}
        value={itemId}
        onChange={setItemId}
      />
      <TextField label={f.quantity} required inputMode="numeric" autoComplete="off" value={quantity} error={form.errorOf('quantity')} onChange={(e) => setQuantity(e.target.value)} />
      <DateInput label={f.receivedOn} required value={receivedOn} max={day} error={form.errorOf('receivedOn')} onChange={setReceivedOn} />
      <TextField label={f.source} required maxLength={200} value={source} error={form.errorOf('source')} onChange={(e) => setSource(e.target.value)} />
    </ServiceForm>
  );
}
