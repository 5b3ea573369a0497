import { FormField, TextField } from '@mpa/ui';
import type { ConsentOverrideInput } from '../__generated__/graphql.js';
import { useProtectionMessages } from '../messages.js';
import type { Messages } from '../messages/en.js';
import type { FormErrors } from '../shared/submission.js';

/** Acting without the migrant's consent: only with the consent:override scope, and always with a reason. */
export interface ConsentOverride {
  wanted: boolean;
  reason: string;
}

export const overrideError = (override: ConsentOverride, t: Messages): FormErrors =>
  override.wanted && override.reason.trim() === '' ? { 'consentOverride.reason': t.errors.overrideReason } : {};

export const overrideInput = (override: ConsentOverride): { consentOverride?: ConsentOverrideInput } =>
  override.wanted ? { consentOverride: { reason: override.reason.trim() } } : {};

/** The override's tick box and its reason, said to be logged. */
export function ConsentOverrideFields({ override, onChange, error }: { override: ConsentOverride; onChange: (override: ConsentOverride) => void; error: string | null }) {
  const t = useProtectionMessages();
  return (
    <fieldset>
      <legend>{t.override.heading}</legend>
      <FormField label={t.override.wanted} hint={t.override.hint}>
        {(control) => <input type="checkbox" {...control} required={false} checked={override.wanted} onChange={(e) => onChange({ ...override, wanted: e.target.checked })} />}
      </FormField>
      {override.wanted && <TextField label={t.override.reason} required value={override.reason} error={error} onChange={(e) => onChange({ ...override, reason: e.target.value })} />}
    </fieldset>
  );
}
