import { useSiteMutation } from '@mpa/graphql';
import { FormField, TextField, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { StockCategory } from '../__generated__/graphql.js';
import { FormProblems } from '../forms/form-problems.component.js';
import { refusalMessage, serverFieldErrors, useFormState, useIdempotencyKey, wholeNumber } from '../forms/form.helpers.js';
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
  const state = useFormState<ItemField>();
  const idempotency = useIdempotencyKey(newKey);
  const [add, { loading }] = useSiteMutation(addStockItemMutation, { refetchQueries: ['CentreStock'] });

  async function submit() {
    const problems: Partial<Record<ItemField, string>> = {};
    if (name.trim() === '') problems.name = t.required(f.name);
    if (category === '') problems.category = t.chooseOne(f.category);
    if (unit.trim() === '') problems.unit = t.required(f.unit);
    const lowStockThreshold = wholeNumber(threshold);
    if (lowStockThreshold === null) problems.lowStockThreshold = t.wholeNumber(f.lowStockThreshold, 0);
    state.setErrors(problems);
    state.setFailure(null);
    if (Object.keys(problems).length > 0 || category === '' || lowStockThreshold === null) return state.focusSummary();
    try {
      const { data } = await add({ variables: { input: { name: name.trim(), category, unit: unit.trim(), lowStockThreshold, idempotencyKey: idempotency.key } } });
      toast.show(t.itemAdded(data?.site.addStockItem.item.name ?? name.trim()));
      setName('');
      setCategory('');
      setUnit('');
      setThreshold('');
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
      aria-labelledby="mpa-assistance-add-item"
      onSubmit={(event) => {
        event.preventDefault();
        if (!loading) void submit();
      }}
    >
      <h3 id="mpa-assistance-add-item">{t.addItemHeading}</h3>
      <FormProblems count={Object.keys(state.errors).length} failure={state.failure} summary={state.summary} />
      <TextField label={f.name} required maxLength={100} autoComplete="off" value={name} error={state.errorOf('name')} onChange={(e) => setName(e.target.value)} />
      <FormField label={f.category} required error={state.errorOf('category')}>
        {(control) => (
          <select {...control} value={category} onChange={(e) => setCategory(e.target.value as StockCategory | '')}>
            <option value="">{t.choose}</option>
            {categories.map((c) => <option key={c} value={c}>{t.category[c]}</option>)}
          </select>
        )}
      </FormField>
      <TextField label={f.unit} required maxLength={40} value={unit} error={state.errorOf('unit')} onChange={(e) => setUnit(e.target.value)} />
      <TextField label={f.lowStockThreshold} required inputMode="numeric" value={threshold} error={state.errorOf('lowStockThreshold')} onChange={(e) => setThreshold(e.target.value)} />
      <p>
        <button type="submit" className="primary" aria-disabled={loading}>{loading ? t.addingItem : t.addItem}</button>
      </p>
    </form>
  );
}
