import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { afterOf, choicesOf, type Column, DataTable, Link, Page, PagedConnection, SelectField, StatusBadge, useCursorPages, useLanguage } from '@mpa/ui';
import { useState } from 'react';
import type { FamilyTracingStatus, ProtectionCaseFilter, ProtectionCaseKind, ProtectionCasesQuery, TraffickingIdentification } from '../__generated__/graphql.js';
import { protectionCasesQuery } from '../documents/protection-cases.documents.js';
import { useProtectionMessages } from '../messages.js';
import { paths } from '../routes.js';
import { ConfidentialNotice } from '../shared/confidential-notice.component.js';
import { identificationTone, tracingTone } from './case-tones.js';
import { freshRecords } from '../shared/fresh-records.js';

export const casesPageSize = 20;

type CaseNode = NonNullable<NonNullable<ProtectionCasesQuery['centre']>['protectionCases']>['edges'][number]['node'];

/** The centre's UAM or VoT caseload, most recently opened first, narrowed by where the cases stand. */
export function ProtectionCaseList({ site, kind, canWrite }: { site: string; kind: ProtectionCaseKind; canWrite: boolean }) {
  const t = useProtectionMessages();
  const [stage, setStage] = useState('');
  const uam = kind === 'UAM';
  const stages = uam ? t.tracingStatus : t.identification;
  return (
    <Page title={uam ? t.cases.uamHeading : t.cases.votHeading} description={uam ? t.cases.uamHint : t.cases.votHint} focusOnMount>
      <ConfidentialNotice />
      {canWrite && (
        <p>
          <Link to={paths.openCase(kind)}>{uam ? t.cases.openUam : t.cases.openVot}</Link>
        </p>
      )}
      <SelectField label={uam ? t.fields.familyTracingStatus : t.fields.identification} placeholder={t.cases.allStages} options={choicesOf<string>(stages)} value={stage} onChange={setStage} />
      <CaseTable
        key={stage}
        site={site}
        kind={kind}
        filter={{
          kind,
          ...(stage === '' ? {} : uam ? { familyTracingStatus: stage as FamilyTracingStatus } : { identification: stage as TraffickingIdentification }),
        }}
      />
    </Page>
  );
}

function CaseTable({ site, kind, filter }: { site: string; kind: ProtectionCaseKind; filter: ProtectionCaseFilter }) {
  const t = useProtectionMessages();
  const language = useLanguage();
  const paging = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(protectionCasesQuery, {
    variables: { site, first: casesPageSize, filter, ...afterOf(paging) },
    ...freshRecords,
  });
  const shown = data ?? (loading ? previousData : undefined);

  const c = t.cases.columns;
  const columns: Column<CaseNode>[] = [
    {
      header: c.migrant,
      rowHeader: true,
      cell: (node) => (node.migrant === null ? t.unknown : <Link to={paths.migrant(node.migrant.id)}>{`${node.migrant.fullName} (${node.migrant.registrationNumber})`}</Link>),
    },
    { header: c.age, numeric: true, cell: (node) => node.migrant?.age ?? t.unknown },
    { header: c.openedOn, cell: (node) => format.date(node.openedOn, language) },
    {
      header: c.stage,
      cell: (node) =>
        node.__typename === 'UamCase' ? (
          <>
            <StatusBadge tone={tracingTone(node.familyTracingStatus)}>{t.tracingStatus[node.familyTracingStatus]}</StatusBadge> {t.separation[node.separation]}
          </>
        ) : (
          <StatusBadge tone={identificationTone(node.identification)}>{t.identification[node.identification]}</StatusBadge>
        ),
    },
  ];
  return (
    <PagedConnection
      connection={shown?.centre?.protectionCases}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      paging={paging}
      words={{ loading: t.cases.loading, failed: t.cases.failed, empty: kind === 'UAM' ? t.cases.noUam : t.cases.noVot, pages: t.cases.pages }}
    >
      {(cases, busy) => (
        <DataTable caption={kind === 'UAM' ? t.cases.uamCaption(shown?.centre?.name ?? site) : t.cases.votCaption(shown?.centre?.name ?? site)} columns={columns} rows={cases} rowKey={(node) => node.id} busy={busy} />
      )}
    </PagedConnection>
  );
}
