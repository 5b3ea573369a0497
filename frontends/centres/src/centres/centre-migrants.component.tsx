import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { format, strings } from '../strings.js';
import type { SelectedCentre } from './centre-list.component.js';
import { centreMigrantsQuery } from './centres.queries.js';
import { unavailableReason } from './unavailable.helpers.js';

export const pageSize = 20;

/** One page of a centre's migrants, newest registration first, with cursor paging. */
export function CentreMigrants({ centre }: { centre: SelectedCentre }) {
  // The cursors of the pages seen so far: the last one is the current page (null: the first),
  // so "previous page" needs no backward paging from the API.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(centreMigrantsQuery, {
    variables: after === null ? { code: centre.code, first: pageSize } : { code: centre.code, first: pageSize, after },
    errorPolicy: 'all',
  });
  useEffect(() => {
    if (error !== undefined) console.warn(error);
  }, [error]);

  // Keyboard and screen reader users land on the list they asked for.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // While the next page loads, keep the current one on screen rather than flashing empty.
  const shown = data ?? (loading ? previousData : undefined);
  const migrants = shown?.centre?.migrants;

  let body;
  if (shown === undefined) {
    body = loading ? (
      <p role="status">{strings.loadingMigrants}</p>
    ) : (
      <div className="alert" role="alert">
        <p>{strings.migrantsFailed(centre.name)}</p>
        <button type="button" onClick={() => void refetch()}>{strings.tryAgain}</button>
      </div>
    );
  } else if (shown.centre === null) {
    body = <p role="alert" className="alert">{strings.centreNotFound(centre.name)}</p>;
  } else if (migrants === null || migrants === undefined) {
    // The centre is in the registry (avrr answered) but its own site did not, or refused.
    const reason = unavailableReason(error, ['centre', 'migrants']);
    body = (
      <div className="alert" role="alert">
        <p className="unreachable">{strings.unavailable[reason](shown.centre.name)}</p>
        {reason === 'unreachable' && <button type="button" onClick={() => void refetch()}>{strings.tryAgain}</button>}
      </div>
    );
  } else if (migrants.totalCount === 0) {
    body = <p>{strings.noMigrants}</p>;
  } else {
    const first = (cursors.length - 1) * pageSize + 1;
    const last = first + migrants.edges.length - 1;
    const hasPrevious = cursors.length > 1;
    const hasNext = migrants.pageInfo.hasNextPage && migrants.pageInfo.endCursor != null;
    const columns = strings.migrantColumns;
    body = (
      <>
        <table aria-busy={loading}>
          <caption>{strings.migrantsCaption(shown.centre.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.registrationNumber}</th>
              <th scope="col">{columns.fullName}</th>
              <th scope="col">{columns.sex}</th>
              <th scope="col" className="number">{columns.age}</th>
              <th scope="col">{columns.nationality}</th>
              <th scope="col">{columns.arrivalDate}</th>
              <th scope="col">{columns.caseStatus}</th>
            </tr>
          </thead>
          <tbody>
            {migrants.edges.map(({ node: migrant }) => (
              <tr key={migrant.id}>
                <th scope="row">{migrant.registrationNumber}</th>
                <td>{migrant.fullName}</td>
                <td>{strings.sex[migrant.sex]}</td>
                <td className="number">{migrant.age ?? strings.unknownAge}</td>
                <td>{migrant.nationality}</td>
                <td>{format.date(migrant.arrivalDate)}</td>
                <td>{strings.caseStatus[migrant.caseStatus]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <nav aria-label={strings.pagination}>
          <ul>
            <li>
              {/* aria-disabled rather than disabled: the button keeps keyboard focus at either end. */}
              <button
                type="button"
                aria-disabled={!hasPrevious || loading}
                onClick={() => hasPrevious && !loading && setCursors(cursors.slice(0, -1))}
              >
                {strings.previousPage}
              </button>
            </li>
            <li>
              <button
                type="button"
                aria-disabled={!hasNext || loading}
                onClick={() => hasNext && !loading && setCursors([...cursors, migrants.pageInfo.endCursor ?? null])}
              >
                {strings.nextPage}
              </button>
            </li>
            <li role="status">{loading ? strings.loadingMigrants : strings.pageSummary(first, last, migrants.totalCount)}</li>
          </ul>
        </nav>
      </>
    );
  }

  return (
    <section aria-labelledby="mpa-centre-migrants-heading">
      <h3 id="mpa-centre-migrants-heading" ref={heading} tabIndex={-1}>
        {strings.migrantsHeading(centre.name)}
      </h3>
      {body}
    </section>
  );
}
