import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { format, strings } from '../strings.js';
import { centresQuery } from './centres.queries.js';
import { unavailableReason } from './unavailable.helpers.js';

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
    if (loading) return <p role="status">{strings.loadingCentres}</p>;
    return (
      <div className="alert" role="alert">
        <p>{strings.centresFailed}</p>
        <button type="button" onClick={() => void refetch()}>{strings.tryAgain}</button>
      </div>
    );
  }

  const reasons = data.centres.map((centre, i) => (centre.stats === null ? unavailableReason(error, ['centres', i, 'stats']) : null));
  const unreachable = reasons.includes('unreachable');
  return (
    <>
      <p className="hint" id="mpa-centres-hint">{strings.centresHint}</p>
      {unreachable && <p className="hint">{strings.unreachableHint}</p>}
      <table>
        <caption>{strings.centresCaption(period.year)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.centreColumns.centre}</th>
            <th scope="col">{strings.centreColumns.openedOn}</th>
            <th scope="col" className="number">{strings.centreColumns.openCases}</th>
            <th scope="col" className="number">{strings.centreColumns.registrations(period.year)}</th>
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
              <td>{format.date(centre.openedOn)}</td>
              {centre.stats === null ? (
                <td colSpan={2} className="unreachable">{strings.unavailable[reasons[i] ?? 'unreachable'](centre.name)}</td>
              ) : (
                <>
                  <td className="number">{format.number(centre.stats.openCases)}</td>
                  <td className="number">{format.number(centre.stats.registrations)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
