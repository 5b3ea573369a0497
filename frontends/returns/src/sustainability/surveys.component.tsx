import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { DataTable, ErrorState, LineChart, LoadingState, StatusBadge, useLanguage, type Column } from '@mpa/ui';
import type { AvrStatus, SustainabilitySurveysQuery } from '../__generated__/graphql.js';
import { FormDisclosure } from '../form-disclosure.component.js';
import { useReturnsMessages } from '../messages.js';
import { sustainabilitySurveysQuery } from './sustainability.documents.js';
import { SurveyForm } from './survey-form.component.js';

type Survey = NonNullable<SustainabilitySurveysQuery['avrCase']>['sustainabilitySurveys'][number];
/** Surveys are of returnees who have arrived. */
const surveyed: readonly AvrStatus[] = ['ARRIVED', 'REINTEGRATION', 'CLOSED'];

/** The survey rounds: the four scores charted over the rounds, the table behind the chart, the next round's form. */
export function SurveysPart({ caseId, status, canWrite, today }: { caseId: string; status: AvrStatus; canWrite: boolean; today: string }) {
  const t = useReturnsMessages();
  const language = useLanguage();
  const s = t.surveys;
  const { data, loading, error, refetch } = useQuery(sustainabilitySurveysQuery, { variables: { caseId } });

  const body = () => {
    if (data === undefined) {
      if (loading) return <LoadingState>{s.loading}</LoadingState>;
      return <ErrorState error={error} onRetry={() => void refetch()}>{s.failed}</ErrorState>;
    }
    const surveys = data.avrCase?.sustainabilitySurveys ?? [];
    const open = surveyed.includes(status);
    const nextRound = surveys.reduce((next, survey) => Math.max(next, survey.round + 1), 0);
    const d = s.dimensions;
    const columns: Column<Survey>[] = [
      { header: s.columns.round, cell: (r) => s.roundLabel(r.round), rowHeader: true },
      { header: s.columns.conductedOn, cell: (r) => format.date(r.conductedOn, language) },
      { header: s.columns.economic, cell: (r) => t.score(r.economicScore), numeric: true },
      { header: s.columns.social, cell: (r) => t.score(r.socialScore), numeric: true },
      { header: s.columns.psychosocial, cell: (r) => t.score(r.psychosocialScore), numeric: true },
      { header: s.columns.composite, cell: (r) => t.score(r.compositeScore), numeric: true },
      { header: s.columns.level, cell: (r) => <StatusBadge>{r.level}</StatusBadge> },
      { header: s.columns.change, cell: (r) => t.change(r.compositeChange ?? null), numeric: true },
    ];
    return (
      <>
        {surveys.length === 0 ? (
          <p>{open ? s.none : s.notYet}</p>
        ) : (
          <>
            <LineChart
              title={s.chart}
              categories={surveys.map((r) => s.roundLabel(r.round))}
              series={[
                { name: d.economic, values: surveys.map((r) => r.economicScore) },
                { name: d.social, values: surveys.map((r) => r.socialScore) },
                { name: d.psychosocial, values: surveys.map((r) => r.psychosocialScore) },
                { name: d.composite, values: surveys.map((r) => r.compositeScore) },
              ]}
              min={0}
              max={1}
              formatValue={t.score}
            />
            <DataTable caption={s.caption} columns={columns} rows={surveys} rowKey={(r) => r.id} />
          </>
        )}
        {canWrite && open && (
          <FormDisclosure title={s.record(s.roundLabel(nextRound))} open={surveys.length === 0}>
            <SurveyForm key={nextRound} caseId={caseId} round={nextRound} today={today} />
          </FormDisclosure>
        )}
      </>
    );
  };
  return (
    <section className="mpa-returns-part" aria-labelledby="mpa-returns-surveys">
      <h3 id="mpa-returns-surveys">{s.heading}</h3>
      {body()}
    </section>
  );
}
