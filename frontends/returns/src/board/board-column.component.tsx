import { useApolloClient } from '@mpa/graphql';
import { ErrorState } from '@mpa/ui';
import { useId, useState } from 'react';
import type { AvrBoardColumnFragment, AvrStatus, ReturnDirection } from '../__generated__/graphql.js';
import { CaseCard } from '../case-card.component.js';
import { useReturnsMessages } from '../messages.js';
import { avrBoardColumnPageQuery } from './board.documents.js';

/** One state's column: its count, its first cards, and "show more" for the next page of that state alone. */
export function BoardColumn({ status, first, centre, direction, withNames }: {
  status: AvrStatus;
  first: AvrBoardColumnFragment;
  centre: string | null;
  direction: ReturnDirection | null;
  withNames: boolean;
}) {
  const t = useReturnsMessages();
  const client = useApolloClient();
  const headingId = useId();
  const [pages, setPages] = useState<AvrBoardColumnFragment[]>([]);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const last = pages.at(-1) ?? first;
  const cards = [first, ...pages].flatMap((page) => page.edges);

  async function more() {
    if (loading || last.pageInfo.endCursor == null) return;
    setLoading(true);
    setFailure(null);
    try {
      const filter = { status, ...(centre === null ? {} : { centre }), ...(direction === null ? {} : { direction }) };
      const { data } = await client.query({ query: avrBoardColumnPageQuery, variables: { filter, after: last.pageInfo.endCursor, withNames }, fetchPolicy: 'network-only' });
      if (data === undefined) throw new Error('no cases in the answer');
      setPages((seen) => [...seen, data.avrCases]);
    } catch (error) {
      setFailure(error);
    } finally {
      setLoading(false);
    }
  }

  const left = first.totalCount - cards.length;
  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      <h3 id={headingId}>{t.board.column(t.status[status], first.totalCount)}</h3>
      {cards.length === 0 ? (
        <p className="hint">{t.board.columnEmpty}</p>
      ) : (
        <ul>
          {cards.map(({ node }) => (
            <li key={node.id}>
              <CaseCard avrCase={node} />
            </li>
          ))}
        </ul>
      )}
      {failure !== null && <ErrorState error={failure} onRetry={() => void more()}>{t.board.moreFailed}</ErrorState>}
      {last.pageInfo.hasNextPage && left > 0 && (
        <p>
          <button type="button" aria-disabled={loading} onClick={() => void more()}>
            {loading ? t.board.loadingMore : t.board.more(left)}
          </button>
        </p>
      )}
    </section>
  );
}
