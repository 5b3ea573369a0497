import { useSiteMutation } from '@mpa/graphql';
import { SelectField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { StockCategory } from '../__generated__/graphql.js';
import { useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
import { ServiceForm, useServiceForm } from '../forms/service-form.component.js';
import { useAssistanceMessages } from '../messages.js';
import { addStockItemMutation } from './stock.documents.js';

type ItemField = 'name' | 'category' | 'unit' | 'lowStockThreshold';
const fieldPaths: Record<string, ItemField> = { name: 'name', category: 'category', unit: 'unit', lowStockThreshold: 'lowStockThreshold' };
const categories = ['NFI', 'HYGIENE', 'OTHER'] as const satisfies readonly StockCategory[];

/** Adds an item to the centre's stock list (at level 0: stock comes in as a receipt). */
export function AddStockItem({ newKey = () => crypto.randomUUID() }: { newKey?: () => string }) {
  const t = useAssistanceMessages();
  const f = t.addItemFields;
  const toast = useToast();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<StockCategory | ''>('');
  const [unit, setUnit] = useState('');
  const [threshold, setThreshold] = useState('');
  const idempotency = useIdempotencyKey(newKey);
  const [add] = useSiteMutation(addStockItemMutation, { refetchQueries: ['CentreStock'] });
  const form = useServiceForm<ItemField>({
    fieldPaths,
    validate: () => ({
      ...(name.trim() === '' ? { name: t.required(f.name) } : {}),
      ...(category === '' ? { category: t.chooseOne(f.category) } : {}),
      ...(unit.trim() === '' ? { unit: t.required(f.unit) } : {}),
      ...(wholeNumber(threshold) === null ? { lowStockThreshold: t.wholeNumber(f.lowStockThreshold, 0) } : {}),
    }),
    send: async () => {
      const input = { name: name.trim(), category: category as StockCategory, unit: unit.trim(), lowStockThreshold: wholeNumber(threshold) ?? 0, idempotencyKey: idempotency.key };
      const { data } = await add({ variables: { input } });
      toast.show(t.itemAdded(data?.site.addStockItem.item.name ?? input.name));
      setName('');
      setCategory('');
      setUnit('');
      setThreshold('');
      idempotency.renew();
    },
  });

  return (
    <ServiceForm id="mpa-assistance-add-item" title={t.addItemHeading} form={form} submitLabel={t.addItem} sendingLabel={t.addingItem} level={3}>
      <TextField label={f.name} required maxLength={100} autoComplete="off" value={name} error={form.errorOf('name')} onChange={(e) => setName(e.target.value)} />
      <SelectField label={f.category} required error={form.errorOf('category')} placeholder={t.choose} options={categories.map((c) => ({ value: c, label: t.category[c] }))} value={category} onChange={setCategory} />
      <TextField label={f.unit} required maxLength={40} value={unit} error={form.errorOf('unit')} onChange={(e) => setUnit(e.target.value)} />
      <TextField label={f.lowStockThreshold} required inputMode="numeric" value={threshold} error={form.errorOf('lowStockThreshold')} onChange={(e) => setThreshold(e.target.value)} />
    </ServiceForm>
  );
}
