import { useQuery } from '@mpa/graphql';
import { choicesOf, ErrorState, LoadingState, navigate, Page, SelectField } from '@mpa/ui';
import { useEffect, useState } from 'react';
import type { AvrBoardQuery, AvrStatus, ReturnDirection } from '../__generated__/graphql.js';
import { useReturnsMessages } from '../messages.js';
import { paths, type BoardFilters } from '../routes.js';
import { SectionNav } from '../section-nav.component.js';
import type { ReturnsViewer } from '../viewer.js';
import { avrBoardQuery } from './board.documents.js';
import { BoardColumn } from './board-column.component.js';

/** The board's columns in lifecycle order: the main path, then the ways a return stops. */
const columns = [
  ['requested', 'REQUESTED'],
  ['counselled', 'COUNSELLED'],
  ['eligibilityConfirmed', 'ELIGIBILITY_CONFIRMED'],
  ['travelDocuments', 'TRAVEL_DOCUMENTS'],
  ['fitToTravel', 'FIT_TO_TRAVEL'],
  ['travelBooked', 'TRAVEL_BOOKED'],
  ['departed', 'DEPARTED'],
  ['arrived', 'ARRIVED'],
  ['reintegration', 'REINTEGRATION'],
] as const satisfies readonly (readonly [keyof AvrBoardQuery, AvrStatus])[];
const finishedColumns = [
  ['closed', 'CLOSED'],
  ['withdrawn', 'WITHDRAWN'],
  ['rejected', 'REJECTED'],
  ['cancelled', 'CANCELLED'],
] as const satisfies readonly (readonly [keyof AvrBoardQuery, AvrStatus])[];

/** The centre the board shows: the address's choice, else the centre chosen in the portal's header. */
const centreShown = (filters: BoardFilters, activeSite: string | null) => (filters.centre === 'all' ? null : (filters.centre ?? activeSite));

/** The return pipeline as a board by state, filtered by referring centre and direction (in the address). */
export function Board({ filters, viewer, activeSite }: { filters: BoardFilters; viewer: ReturnsViewer; activeSite: string | null }) {
  const t = useReturnsMessages();
  const shownCentre = centreShown(filters, activeSite);
  const [centre, setCentre] = useState(shownCentre ?? '');
  const [direction, setDirection] = useState<ReturnDirection | ''>(filters.direction ?? '');
  useEffect(() => {
    setCentre(shownCentre ?? '');
    setDirection(filters.direction ?? '');
  }, [shownCentre, filters.direction]);
  const variables = {
    withNames: viewer.withNames,
    ...(shownCentre === null ? {} : { centre: shownCentre }),
    ...(filters.direction === null ? {} : { direction: filters.direction }),
  };
  const { data, previousData, loading, error, refetch } = useQuery(avrBoardQuery, { variables, errorPolicy: 'all' });
  const shown = data ?? (loading ? previousData : undefined);

  const filterForm = (
    <form
      className="mpa-returns-filters"
      aria-label={t.board.filters}
      onSubmit={(event) => {
        event.preventDefault();
        // "All centres" is said in the address when the header has a centre chosen.
        const chosen = centre !== '' ? centre : activeSite === null ? null : 'all';
        navigate(paths.board({ centre: chosen, direction: direction === '' ? null : direction }));
      }}
    >
      <SelectField label={t.board.centre} placeholder={t.board.allCentres} options={(shown?.centres ?? []).map((c) => ({ value: c.code, label: c.name }))} value={centre} onChange={setCentre} />
      <SelectField label={t.board.direction} placeholder={t.board.bothDirections} options={choicesOf(t.direction)} value={direction} onChange={setDirection} />
      <p>
        <button type="submit">{t.board.apply}</button>
      </p>
    </form>
  );

  const board = () => {
    if (shown === undefined || shown.requested == null) {
      if (loading) return <LoadingState>{t.board.loading}</LoadingState>;
      return <ErrorState error={error} onRetry={() => void refetch()}>{t.board.failed}</ErrorState>;
    }
    const total = [...columns, ...finishedColumns].reduce((sum, [key]) => sum + (shown[key]?.totalCount ?? 0), 0);
    const column = ([key, status]: (typeof columns)[number] | (typeof finishedColumns)[number]) => {
      const connection = shown[key];
      return connection == null ? null : <BoardColumn key={`${status}-${JSON.stringify(variables)}`} status={status} first={connection} centre={shownCentre} direction={filters.direction} withNames={viewer.withNames} />;
    };
    return (
      <div aria-busy={loading}>
        {total === 0 && <p className="empty">{t.board.empty}</p>}
        <div className="mpa-returns-board">{columns.map(column)}</div>
        <h3>{t.board.finished}</h3>
        <div className="mpa-returns-board">{finishedColumns.map(column)}</div>
      </div>
    );
  };

  return (
    <Page title={t.board.heading} description={t.board.hint}>
      <SectionNav current="board" viewer={viewer} />
      {filterForm}
      {board()}
    </Page>
  );
}
