import { useMutation, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, ErrorState, FormField, LoadingState, StatusBadge, TextField, useLanguage, useToast, type Column } from '@mpa/ui';
import { useState } from 'react';
import type { ActivityStatus, AvrStatus, PlanScope, ReintegrationPlanQuery } from '../__generated__/graphql.js';
import { FormDisclosure } from '../form-disclosure.component.js';
import { useReturnsMessages } from '../messages.js';
import { moneyText } from '../money.js';
import { useSubmission, type FieldErrors } from '../submission.js';
import { ActivityForm, dimensions } from './activity-form.component.js';
import { createReintegrationPlanMutation, reintegrationPlanQuery, updateActivityStatusMutation } from './reintegration.documents.js';

type Plan = NonNullable<NonNullable<ReintegrationPlanQuery['avrCase']>['reintegrationPlan']>;
type Activity = Plan['activities'][number];

const scopes: readonly PlanScope[] = ['INDIVIDUAL', 'HOUSEHOLD', 'COMMUNITY'];
/** No plan for a return that will not happen. */
const noPlan: readonly AvrStatus[] = ['WITHDRAWN', 'REJECTED', 'CANCELLED'];
const activityTone = (status: ActivityStatus) => (status === 'DELIVERED' ? 'success' : status === 'CANCELLED' ? 'neutral' : status === 'IN_PROGRESS' ? 'info' : 'warning');
/** The delivery steps an activity may take next. */
const nextStatuses: Record<ActivityStatus, readonly ActivityStatus[]> = { PLANNED: ['IN_PROGRESS', 'CANCELLED'], IN_PROGRESS: ['DELIVERED', 'CANCELLED'], DELIVERED: [], CANCELLED: [] };

/** The reintegration plan: its activities in the three dimensions, in kind or cash, each with its delivery state. */
export function ReintegrationPlanPart({ caseId, status, canWrite, withNames, today = new Date().toISOString().slice(0, 10) }: { caseId: string; status: AvrStatus; canWrite: boolean; withNames: boolean; today?: string }) {
  const t = useReturnsMessages();
  const p = t.plan;
  const { data, loading, error, refetch } = useQuery(reintegrationPlanQuery, { variables: { caseId, withNames } });
  const body = () => {
    if (data === undefined) {
      if (loading) return <LoadingState>{p.loading}</LoadingState>;
      return <ErrorState error={error} onRetry={() => void refetch()}>{p.failed}</ErrorState>;
    }
    const plan = data.avrCase?.reintegrationPlan ?? null;
    if (plan === null) {
      if (noPlan.includes(status)) return <p>{p.notYet}</p>;
      return canWrite ? <CreatePlanForm caseId={caseId} /> : <p>{p.none}</p>;
    }
    return <PlanView plan={plan} canWrite={canWrite} today={today} />;
  };
  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-plan">
      <h3 id="mpa-returns-plan">{p.heading}</h3>
      {body()}
    </section>
  );
}

function PlanView({ plan, canWrite, today }: { plan: Plan; canWrite: boolean; today: string }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const p = t.plan;
  return (
    <>
      <p>
        {`${p.scopes[plan.scope]} · ${p.beneficiaries}: ${plan.beneficiaries}`}
        {plan.completion != null && (
          <>
            {' · '}
            <StatusBadge tone={plan.completion === 1 ? 'success' : 'info'}>{p.completion(Math.round(plan.completion * 100))}</StatusBadge>
          </>
        )}
      </p>
      {plan.summary != null && plan.summary !== '' && <p>{plan.summary}</p>}
      {plan.activities.length === 0 && <p>{p.noActivities}</p>}
      {dimensions.map((dimension) => {
        const activities = plan.activities.filter((activity) => activity.dimension === dimension);
        if (activities.length === 0) return null;
        const columns: Column<Activity>[] = [
          { header: p.columns.type, cell: (a) => (a.description == null || a.description === '' ? p.types[a.type] : `${p.types[a.type]} — ${a.description}`), rowHeader: true },
          { header: p.columns.modality, cell: (a) => p.modalities[a.modality] },
          { header: p.columns.value, cell: (a) => moneyText(a.money, language) ?? t.none, numeric: true },
          { header: p.columns.partner, cell: (a) => a.partner ?? t.none },
          {
            header: p.columns.status,
            cell: (a) => (
              <>
                <StatusBadge tone={activityTone(a.status)}>{p.activityStatuses[a.status]}</StatusBadge>
                {a.deliveredOn != null && <span className="hint">{` ${p.delivered(format.date(a.deliveredOn, language))}`}</span>}
              </>
            ),
          },
          ...(canWrite ? [{ header: p.columns.actions, cell: (a: Activity) => <ActivitySteps activity={a} today={today} /> }] : []),
        ];
        return <DataTable key={dimension} caption={p.caption(p.dimensions[dimension])} columns={columns} rows={activities} rowKey={(a) => a.id} />;
      })}
      {canWrite && (
        <FormDisclosure title={p.addHeading} open={plan.activities.length === 0}>
          <ActivityForm planId={plan.id} />
        </FormDisclosure>
      )}
    </>
  );
}

function ActivitySteps({ activity, today }: { activity: Activity; today: string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const { submit, problems, busy } = useSubmission();
  const [update] = useMutation(updateActivityStatusMutation, { refetchQueries: ['ReintegrationPlan'] });
  const label = (status: ActivityStatus) => (status === 'IN_PROGRESS' ? t.plan.start : status === 'DELIVERED' ? t.plan.deliver : t.plan.cancelActivity);
  const steps = nextStatuses[activity.status];
  if (steps.length === 0) return null;
  return (
    <>
      {problems}
      {steps.map((status) => (
        <button
          key={status}
          type="button"
          aria-disabled={busy}
          onClick={async () => {
            const variables = { id: activity.id, expectedVersion: activity.version, status, ...(status === 'DELIVERED' ? { deliveredOn: today } : {}) };
            if (await submit({}, () => update({ variables }))) toast.show(t.plan.statusChanged(t.plan.activityStatuses[status]));
          }}
        >
          {label(status)}
        </button>
      ))}
    </>
  );
}

function CreatePlanForm({ caseId, newKey = () => crypto.randomUUID() }: { caseId: string; newKey?: () => string }) {
  const t = useReturnsMessages();
  const toast = useToast();
  const p = t.plan;
  const [scope, setScope] = useState<PlanScope>('INDIVIDUAL');
  const [summary, setSummary] = useState('');
  const [beneficiaries, setBeneficiaries] = useState('1');
  const [idempotencyKey] = useState(newKey);
  const { submit, problems, errorOf, busy } = useSubmission();
  const [create] = useMutation(createReintegrationPlanMutation, { refetchQueries: ['ReintegrationPlan'] });

  function validate(): FieldErrors {
    const count = Number(beneficiaries);
    const valid = /^\d{1,5}$/.test(beneficiaries.trim()) && count >= 1 && count <= 10_000 && (scope !== 'INDIVIDUAL' || count === 1);
    const errors: FieldErrors = valid ? {} : { beneficiaries: p.beneficiariesInvalid };
    if (summary.length > 2000) errors['summary'] = t.tooLong(2000);
    return errors;
  }

  return (
    <form
      noValidate
      aria-label={p.create}
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { scope, beneficiaries: Number(beneficiaries), idempotencyKey, ...(summary.trim() === '' ? {} : { summary: summary.trim() }) };
        if (await submit(validate(), () => create({ variables: { caseId, input } }))) toast.show(p.created);
      }}
    >
      <p>{p.none}</p>
      {problems}
      <FormField label={p.scope} required error={errorOf('scope')}>
        {(control) => (
          <select {...control} value={scope} onChange={(e) => setScope(e.target.value as PlanScope)}>
            {scopes.map((s) => <option key={s} value={s}>{p.scopes[s]}</option>)}
          </select>
        )}
      </FormField>
      <TextField label={p.beneficiaries} inputMode="numeric" required value={beneficiaries} error={errorOf('beneficiaries')} onChange={(e) => setBeneficiaries(e.target.value)} />
      <FormField label={p.summary} error={errorOf('summary')}>
        {(control) => <textarea {...control} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </FormField>
      <p>
        <button type="submit" className="primary" aria-disabled={busy}>{busy ? t.saving : p.create}</button>
      </p>
    </form>
  );
}
