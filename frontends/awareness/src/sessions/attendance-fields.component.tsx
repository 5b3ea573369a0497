import { TextField } from '@mpa/ui';
import { useAwarenessMessages } from '../messages.js';
import { ageGroups, attendanceTotal, countField, sexes, type Counts, type SessionErrors } from './session-form.helpers.js';

/** The attendance grid: people counted by sex and age group (no names), with the total as it is typed. */
export function AttendanceFields({ counts, errors, onChange }: { counts: Counts; errors: SessionErrors; onChange: (counts: Counts) => void }) {
  const t = useAwarenessMessages();
  return (
    <fieldset aria-describedby={errors.attendance === undefined ? undefined : 'mpa-awareness-attendance-error'}>
      <legend>{t.attendanceHeading}</legend>
      {errors.attendance !== undefined && <p id="mpa-awareness-attendance-error" className="field-error">{errors.attendance}</p>}
      {sexes.map((sex) => (
        <div key={sex} role="group" aria-label={t[sex]}>
          {ageGroups.map((group) => {
            const field = countField(sex, group);
            return (
              <TextField
                key={field}
                label={t.countLabel(t[sex], t.ageGroups[group])}
                inputMode="numeric"
                autoComplete="off"
                value={counts[field]}
                error={errors[field] ?? null}
                onChange={(e) => onChange({ ...counts, [field]: e.target.value })}
              />
            );
          })}
        </div>
      ))}
      <p role="status">{t.attendanceTotal(attendanceTotal(counts))}</p>
    </fieldset>
  );
}
