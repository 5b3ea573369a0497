import { useQuery, useSiteMutation } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, choicesOf, type Column, DataTable, DateInput, FormField, PagedConnection, SelectField, useCursorPages, useLanguage, useToast } from '@mpa/ui';
import { useState } from 'react';
import type { MhpssSessionsQuery } from '../__generated__/graphql.js';
import { mhpssSessionsQuery, recordMhpssSessionMutation } from '../documents/mhpss.documents.js';
import { useProtectionMessages } from '../messages.js';
import { RecordForm } from '../shared/record-form.component.js';
import { formState, useSubmission } from '../shared/submission.js';
import { isoDay } from '../shared/today.js';
import { emptySession, sessionInput, validateSession, type SessionForm } from './mhpss.helpers.js';
import { freshRecords } from '../shared/fresh-records.js';

export const sessionsPageSize = 10;

type Session = NonNullable<NonNullable<MhpssSessionsQuery['migrant']>['mhpssSessions']>['edges'][number]['node'];

/** A migrant's individual psychosocial support sessions, most recent first, and recording a new one. */
export function MhpssSessionsPanel({ migrantId, site, canWrite, today = new Date(), newKey = () => crypto.randomUUID() }: {
  migrantId: string;
  site: string;
  canWrite: boolean;
  today?: Date;
  newKey?: () => string;
}) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const [recording, setRecording] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(mhpssSessionsQuery, {
    variables: { id: migrantId, first: sessionsPageSize, ...afterOf(paging) },
    ...freshRecords,
  });
  const columns: Column<Session>[] = [
    { header: t.fields.heldOn, rowHeader: true, cell: (s) => format.date(s.heldOn, language) },
    { header: t.fields.sessionType, cell: (s) => t.sessionType[s.type] },
    { header: t.fields.followUpOn, cell: (s) => (s.followUpOn === null ? t.mhpss.noFollowUp : format.date(s.followUpOn, language)) },
    { header: t.mhpss.deliveredBy, cell: (s) => s.deliveredBy.name },
    { header: t.fields.notes, cell: (s) => s.notes ?? '' },
  ];
  return (
    <section aria-labelledby="mpa-protection-sessions">
      <h3 id="mpa-protection-sessions">{t.mhpss.sessionsHeading}</h3>
      <PagedConnection
        connection={(data ?? (loading ? previousData : undefined))?.migrant?.mhpssSessions}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        paging={paging}
        words={{ loading: t.mhpss.loadingSessions, failed: t.mhpss.sessionsFailed, empty: t.mhpss.noSessions, pages: t.mhpss.sessionPages }}
      >
        {(sessions, busy) => <DataTable caption={t.mhpss.sessionsCaption} columns={columns} rows={sessions} rowKey={(s) => s.id} busy={busy} />}
      </PagedConnection>
      {canWrite && !recording && <button type="button" onClick={() => setRecording(true)}>{t.mhpss.recordSession}</button>}
      {recording && (
        <RecordSession
          migrantId={migrantId}
          site={site}
          today={today}
          newKey={newKey}
          onDone={(recorded) => {
            setRecording(false);
            if (recorded) void refetch();
          }}
        />
      )}
    </section>
  );
}

function RecordSession({ migrantId, site, today, newKey, onDone }: { migrantId: string; site: string; today: Date; newKey: () => string; onDone: (recorded: boolean) => void }) {
  const t = useProtectionMessages();
  const toast = useToast();
  const day = isoDay(today);
  const [form, setForm] = useState<SessionForm>(() => emptySession(day));
  const [idempotencyKey] = useState(newKey);
  const [record, { loading }] = useSiteMutation(recordMhpssSessionMutation, { site });
  const submission = useSubmission(
    (f: SessionForm) => validateSession(f, day, t),
    async (f) => {
      await record({ variables: { input: sessionInput(f, migrantId, idempotencyKey) } });
      toast.show(t.mhpss.sessionRecorded);
      onDone(true);
    },
  );
  const set = <K extends keyof SessionForm>(key: K, value: SessionForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  return (
    <RecordForm {...formState(submission)} sending={loading} onSubmit={() => void submission.submit(form)} submitLabel={t.mhpss.saveSession} cancel={<button type="button" onClick={() => onDone(false)}>{t.cancel}</button>}>
      <SelectField label={t.fields.sessionType} required value={form.type} options={choicesOf(t.sessionType)} placeholder={t.choose} error={submission.errorOf('type')} onChange={(value) => set('type', value)} />
      <DateInput label={t.fields.heldOn} required value={form.heldOn} max={day} error={submission.errorOf('heldOn')} onChange={(value) => set('heldOn', value)} />
      <FormField label={t.fields.notes} hint={t.mhpss.notesHint} error={submission.errorOf('notes')}>
        {(control) => <textarea {...control} required={false} rows={4} value={form.notes} onChange={(e) => set('notes', e.target.value)} />}
      </FormField>
      <DateInput label={t.fields.followUpOn} value={form.followUpOn} min={form.heldOn} error={submission.errorOf('followUpOn')} onChange={(value) => set('followUpOn', value)} />
    </RecordForm>
  );
}
