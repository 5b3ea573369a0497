import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, choicesOf, type Column, DataTable, Link, Page, PagedConnection, SelectField, useCursorPages, useLanguage } from '@mpa/ui';
import { useState } from 'react';
import type { MhpssGroupActivitiesQuery, MhpssGroupActivityType } from '../__generated__/graphql.js';
import { mhpssGroupActivitiesQuery } from '../documents/mhpss.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ConfidentialNotice } from '../shared/confidential-notice.component.js';
import { freshRecords } from '../shared/fresh-records.js';

export const activitiesPageSize = 20;

type Activity = NonNullable<NonNullable<MhpssGroupActivitiesQuery['centre']>['mhpssGroupActivities']>['edges'][number]['node'];

/** The centre's group psychosocial activities, most recent first; individual sessions are on each migrant's file. */
export function GroupActivities({ site, canWrite }: { site: string; canWrite: boolean }) {
  const t = useProtectionMessages();
  const [type, setType] = useState<MhpssGroupActivityType | ''>('');
  return (
    <Page title={t.mhpss.heading} description={t.mhpss.hint} focusOnMount>
      <ConfidentialNotice />
      <p>
        {canWrite && <><Link to={paths.recordActivity()}>{t.mhpss.recordActivity}</Link>{' · '}</>}
        <Link to={paths.find()}>{t.mhpss.findForSession}</Link>
      </p>
      <SelectField label={t.fields.activityType} value={type} options={choicesOf(t.activityType)} placeholder={t.mhpss.allTypes} onChange={setType} />
      <ActivityTable key={type} site={site} type={type} />
    </Page>
  );
}

function ActivityTable({ site, type }: { site: string; type: MhpssGroupActivityType | '' }) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(mhpssGroupActivitiesQuery, {
    variables: { site, first: activitiesPageSize, ...(type === '' ? {} : { filter: { type } }), ...afterOf(paging) },
    ...freshRecords,
  });
  const shown = data ?? (loading ? previousData : undefined);
  const columns: Column<Activity>[] = [
    { header: t.fields.heldOn, rowHeader: true, cell: (a) => format.date(a.heldOn, language) },
    { header: t.fields.activityType, cell: (a) => t.activityType[a.type] },
    { header: t.fields.facilitator, cell: (a) => a.facilitator },
    { header: t.mhpss.attendance, numeric: true, cell: (a) => t.mhpss.attended(a.attendance, a.attendees.length) },
  ];
  return (
    <PagedConnection
      connection={shown?.centre?.mhpssGroupActivities}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      paging={paging}
      words={{ loading: t.mhpss.loadingActivities, failed: t.mhpss.activitiesFailed, empty: t.mhpss.noActivities, pages: t.mhpss.activityPages }}
    >
      {(activities, busy) => <DataTable caption={t.mhpss.activitiesCaption(shown?.centre?.name ?? site)} columns={columns} rows={activities} rowKey={(a) => a.id} busy={busy} />}
    </PagedConnection>
  );
}
