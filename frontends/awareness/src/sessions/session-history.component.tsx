import { format } from '@mpa/i18n';
import { type Column, dateError, DateInput, EmptyState, Link, navigate, Page, SelectField, useLanguage } from '@mpa/ui';
import { useEffect, useState } from 'react';
import type { AwarenessSessionFilter } from '../__generated__/graphql.js';
import type { Messages } from '../messages/en.js';
import { useAwarenessMessages } from '../messages.js';
import { paths, topics, type HistoryFilters } from '../routes.js';
import { HoldSession } from './hold-session.component.js';
import { SessionPages, type Session } from './session-pages.component.js';

/** The API's filter of held sessions from the address's filters. */
export function sessionFilter(filters: HistoryFilters): AwarenessSessionFilter {
  return {
    status: 'HELD',
    ...(filters.topic === '' ? {} : { topic: filters.topic }),
    ...(filters.from === '' ? {} : { from: filters.from }),
    ...(filters.to === '' ? {} : { to: filters.to }),
  };
}

const filtered = (filters: HistoryFilters) => filters.topic !== '' || filters.from !== '' || filters.to !== '';

/** The columns every list of sessions starts with: when, what, where, who led it. */
function describing(t: Messages, language: string): Column<Session>[] {
  const c = t.columns;
  return [
    { header: c.heldOn, cell: (s) => format.date(s.heldOn, language), rowHeader: true },
    { header: c.topic, cell: (s) => (s.topic === 'OTHER' && s.topicOther !== null ? t.otherTopic(s.topicOther) : t.topic[s.topic]) },
    { header: c.place, cell: (s) => s.place },
    { header: c.facilitator, cell: (s) => s.facilitator },
  ];
}

/** A centre's awareness sessions: the ones planned (their attendance recorded once held), and the history of those held. */
export function SessionHistory({ site, filters }: { site: string; filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  return (
    <Page title={t.historyHeading} description={t.historyHint}>
      <p>
        <Link to={paths.plan()}>{t.planLink}</Link> · <Link to={paths.record()}>{t.recordLink}</Link>
      </p>
      <section aria-labelledby="mpa-awareness-planned">
        <h3 id="mpa-awareness-planned">{t.plannedHeading}</h3>
        <PlannedSessions site={site} />
      </section>
      <section aria-labelledby="mpa-awareness-held">
        <h3 id="mpa-awareness-held">{t.heldHeading}</h3>
        <HistoryFilterForm filters={filters} />
        {/* A new filter is a new list: its paging starts again at the first page. */}
        <HeldSessions key={paths.history(filters)} site={site} filters={filters} />
      </section>
    </Page>
  );
}

function PlannedSessions({ site }: { site: string }) {
  const t = useAwarenessMessages();
  const language = useLanguage();
  const [holding, setHolding] = useState<Session | null>(null);
  const columns: Column<Session>[] = [
    ...describing(t, language),
    { header: t.columns.action, cell: (s) => <button type="button" onClick={() => setHolding(s)}>{t.holdAction(format.date(s.heldOn, language))}</button> },
  ];
  return (
    <>
      <SessionPages site={site} filter={{ status: 'PLANNED' }} caption={t.plannedCaption} columns={columns} label={t.plannedPages} empty={<EmptyState action={<Link to={paths.plan()}>{t.planLink}</Link>}>{t.noPlannedSessions}</EmptyState>} />
      {holding !== null && <HoldSession key={holding.id} session={holding} onDone={() => setHolding(null)} />}
    </>
  );
}

function HeldSessions({ site, filters }: { site: string; filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  const language = useLanguage();
  const c = t.columns;
  const counts = (group: Session['attendance']['female']) => (
    <>
      {group.total}
      <br />
      <span className="hint">{t.breakdown(group.age0To17, group.age18To29, group.age30To59, group.age60Plus)}</span>
    </>
  );
  const columns: Column<Session>[] = [
    ...describing(t, language),
    { header: c.female, cell: (s) => counts(s.attendance.female), numeric: true },
    { header: c.male, cell: (s) => counts(s.attendance.male), numeric: true },
    { header: c.total, cell: (s) => s.attendance.total, numeric: true },
  ];
  const empty = filtered(filters) ? <EmptyState>{t.noMatchingSessions}</EmptyState> : <EmptyState action={<Link to={paths.record()}>{t.recordLink}</Link>}>{t.noSessions}</EmptyState>;
  return <SessionPages site={site} filter={sessionFilter(filters)} caption={t.sessionsCaption} columns={columns} label={t.sessionPages} empty={empty} />;
}

function HistoryFilterForm({ filters }: { filters: HistoryFilters }) {
  const t = useAwarenessMessages();
  const [wanted, setWanted] = useState(filters);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  useEffect(() => setWanted(filters), [filters.topic, filters.from, filters.to]);
  return (
    <form
      noValidate
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault();
        const problems: { from?: string; to?: string } = {};
        const from = dateError(wanted.from);
        const to = dateError(wanted.to);
        if (from !== null) problems.from = from;
        if (to !== null) problems.to = to;
        else if (from === null && wanted.from !== '' && wanted.to !== '' && wanted.to < wanted.from) problems.to = t.toBeforeFrom;
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(paths.history(wanted));
      }}
    >
      <SelectField label={t.topicFilter} placeholder={t.anyTopic} options={topics.map((topic) => ({ value: topic, label: t.topic[topic] }))} value={wanted.topic} onChange={(topic) => setWanted({ ...wanted, topic })} />
      <DateInput label={t.from} value={wanted.from} error={errors.from ?? null} onChange={(from) => setWanted({ ...wanted, from })} />
      <DateInput label={t.to} value={wanted.to} error={errors.to ?? null} onChange={(to) => setWanted({ ...wanted, to })} />
      <p>
        <button type="submit">{t.show}</button>
      </p>
    </form>
  );
}
