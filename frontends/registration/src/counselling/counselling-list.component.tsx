import { format } from '@mpa/i18n';
import { DataTable, useLanguage } from '@mpa/ui';
import type { MigrantCaseQuery } from '../__generated__/graphql.js';
import { useRegistrationMessages } from '../messages.js';

type Session = NonNullable<NonNullable<MigrantCaseQuery['migrant']>['counsellingSessions']>['edges'][number]['node'];

/** The counselling sessions held with the migrant, newest first. */
export function CounsellingList({ sessions, more }: { sessions: readonly Session[]; more: boolean }) {
  const t = useRegistrationMessages();
  const language = useLanguage();
  if (sessions.length === 0) return <p>{t.counselling.none}</p>;
  return (
    <>
      <DataTable
        caption={t.counselling.caption}
        rowKey={(session) => session.id}
        rows={sessions}
        columns={[
          { header: t.counselling.fields.heldOn, cell: (s) => format.date(s.heldOn, language), rowHeader: true },
          { header: t.counselling.fields.topics, cell: (s) => t.listOf(s.topics.map((topic) => t.counselling.topic[topic])) },
          { header: t.counselling.fields.outcome, cell: (s) => s.outcome ?? '' },
          { header: t.counselling.fields.followUpOn, cell: (s) => (s.followUpOn === null ? t.counselling.noFollowUp : format.date(s.followUpOn, language)) },
        ]}
      />
      {more && <p className="hint">{t.latestOnly}</p>}
    </>
  );
}
