import { Pager, type useCursorPages } from '@mpa/ui';
import { useProtectionMessages } from '../messages.js';

/** The pager under a list read from a GraphQL connection, with the section's words. */
export function ConnectionPager({ label, pageInfo, paging, loading }: {
  label: string;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  paging: ReturnType<typeof useCursorPages>;
  loading: boolean;
}) {
  const t = useProtectionMessages();
  const { endCursor, hasNextPage } = pageInfo;
  return (
    <Pager
      label={label}
      summary={t.pageSummary(paging.index + 1)}
      hasPrevious={paging.hasPrevious}
      hasNext={hasNextPage && endCursor != null}
      loading={loading}
      onPrevious={paging.previous}
      onNext={() => endCursor != null && paging.next(endCursor)}
    />
  );
}

/** The `after` variable of a page: absent for the first one. */
export const afterOf = (paging: ReturnType<typeof useCursorPages>) => (paging.after === null ? {} : { after: paging.after });
