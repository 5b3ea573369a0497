import { useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { EmptyState, ErrorState, LoadingState, Page, useLanguage } from '@mpa/ui';
import { useEffect, useState } from 'react';
import { CentreIndicators, type ReachableCentre } from './centre-indicators.component.js';
import { centreIndicatorsQuery, returnIndicatorsQuery } from './dashboard.queries.js';
import { useDashboardMessages } from './messages.js';
import { MissingCentres, type MissingCentre } from './missing-centres.component.js';
import { PeriodPicker } from './period-picker.component.js';
import { periodOf, type Period, type Preset } from './period.js';
import { ReturnIndicators } from './returns-indicators.component.js';

/** Figures of every centre that answers; the ones that do not are named, with since when. */
function CentresSection({ period }: { period: Period }) {
  const t = useDashboardMessages();
  // errorPolicy 'all': a centre that is down nulls its own `stats` and adds an error; the other
  // centres' figures still arrive. While another period loads, the last figures stay on screen.
  const { data, previousData, loading, error, refetch } = useQuery(centreIndicatorsQuery, { variables: period, errorPolicy: 'all' });
  useEffect(() => {
    if (error !== undefined) console.warn(error);
  }, [error]);
  const shown = data ?? (loading ? previousData : undefined);
  if (shown === undefined) {
    return loading ? <LoadingState>{t.loadingCentres}</LoadingState> : <ErrorState error={error} onRetry={() => void refetch()}>{t.centresFailed}</ErrorState>;
  }
  const reachable = shown.centres.filter((c): c is ReachableCentre => c.stats !== null);
  const missing: MissingCentre[] = shown.centres.flatMap((c, i) => (c.stats === null ? [{ code: c.code, name: c.name, path: ['centres', i, 'stats'] }] : []));
  return (
    <section aria-labelledby="mpa-dashboard-centres" aria-busy={loading}>
      <h2 id="mpa-dashboard-centres">{t.centresHeading}</h2>
      {loading && <LoadingState>{t.refreshing}</LoadingState>}
      <MissingCentres missing={missing} error={error} onRetry={() => void refetch()} />
      {reachable.length === 0 ? <EmptyState>{t.noCentres}</EmptyState> : <CentreIndicators centres={reachable} period={period} />}
    </section>
  );
}

/** The return figures, from AVRR on its own: they load and fail apart from the centres'. */
function ReturnsSection({ period }: { period: Period }) {
  const t = useDashboardMessages();
  const { data, previousData, loading, error, refetch } = useQuery(returnIndicatorsQuery, { variables: period });
  const shown = data ?? (loading ? previousData : undefined);
  let body;
  if (shown === undefined) {
    body = loading ? <LoadingState>{t.loadingReturns}</LoadingState> : <ErrorState error={error} onRetry={() => void refetch()}>{t.returnsFailed}</ErrorState>;
  } else {
    body = <ReturnIndicators stats={shown.avrStats} period={period} />;
  }
  return (
    <section aria-labelledby="mpa-dashboard-returns" aria-busy={loading}>
      <h2 id="mpa-dashboard-returns">{t.returnsHeading}</h2>
      {body}
    </section>
  );
}

/** The coordinators' dashboard: every centre at once, for the period chosen (this year by default). */
export function DashboardPage({ today = new Date() }: { today?: Date }) {
  const t = useDashboardMessages();
  const language = useLanguage();
  const [preset, setPreset] = useState<Preset>({ kind: 'this-year' });
  const [period, setPeriod] = useState<Period>(() => periodOf({ kind: 'this-year' }, today));
  return (
    <Page title={t.heading}>
      <p className="hint">{t.intro}</p>
      <PeriodPicker
        today={today}
        preset={preset}
        period={period}
        onChange={(nextPreset, nextPeriod) => {
          setPreset(nextPreset);
          setPeriod(nextPeriod);
        }}
      />
      <p>{t.periodSummary(format.date(period.from, language), format.date(period.to, language))}</p>
      <CentresSection period={period} />
      <ReturnsSection period={period} />
    </Page>
  );
}
