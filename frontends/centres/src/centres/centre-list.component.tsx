import { unavailableReason, useQuery } from '@mpa/graphql';
import { format } from '@mpa/i18n';
import { ErrorState, LoadingState, useLanguage } from '@mpa/ui';
import { useEffect } from 'react';
import { useCentresMessages } from '../messages.js';
import { centresQuery } from './centres.queries.js';

export interface SelectedCentre {
  code: string;
  name: string;
}

export interface Period {
  from: string;
  to: string;
  year: number;
}

/** Every centre with its caseload. A centre whose site is down shows as unreachable; the rest still show. */
export function CentreList({ period, selected, onSelect }: {
  period: Period;
  selected: string | undefined;
  onSelect: (centre: SelectedCentre) => void;
}) {
  const t = useCentresMessages();
  const language = useLanguage();
  // errorPolicy 'all': a site that is down nulls its own fields and adds an error, and the
  // other centres' data still arrives. Default 'none' would drop the whole answer.
  const { data, loading, error, refetch } = useQuery(centresQuery, {
    variables: { from: period.from, to: period.to },
    errorPolicy: 'all',
  });
  // Which site failed and why, for whoever opens the browser console.
  useEffect(() => {
    if (error !== undefined) console.warn(error);
  }, [error]);

  if (data === undefined) {
    if (loading) return <LoadingState>{t.loadingCentres}</LoadingState>;
    return <ErrorState error={error} onRetry={() => void refetch()}>{t.centresFailed}</ErrorState>;
  }

  const reasons = data.centres.map((centre, i) => (centre.stats === null ? unavailableReason(error, ['centres', i, 'stats']) : null));
  const unreachable = reasons.includes('unreachable');
  return (
    <>
      <p className="hint" id="mpa-centres-hint">{t.centresHint}</p>
      {unreachable && <p className="hint">{t.unreachableHint}</p>}
      <table>
        <caption>{t.centresCaption(period.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.centreColumns.centre}</th>
            <th scope="col">{t.centreColumns.openedOn}</th>
            <th scope="col" className="number">{t.centreColumns.openCases}</th>
            <th scope="col" className="number">{t.centreColumns.registrations(period.year)}</th>
          </tr>
        </thead>
        <tbody>
          {data.centres.map((centre, i) => (
            <tr key={centre.code}>
              <th scope="row">
                <button
                  type="button"
                  aria-current={centre.code === selected ? 'true' : undefined}
                  aria-describedby="mpa-centres-hint"
                  onClick={() => onSelect({ code: centre.code, name: centre.name })}
                >
                  {centre.name}
                </button>
              </th>
              <td>{format.date(centre.openedOn, language)}</td>
              {centre.stats === null ? (
                <td colSpan={2} className="unreachable">{t.unavailable[reasons[i] ?? 'unreachable'](centre.name)}</td>
              ) : (
                <>
                  <td className="number">{format.number(centre.stats.openCases, language)}</td>
                  <td className="number">{format.number(centre.stats.registrations, language)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
