import { Pager, type useCursorPages } from '@mpa/ui';

/**
 * The style guide's Pager driven by a connection's pageInfo and useCursorPages: the three lists
 * of this section page alike. (A candidate for @mpa/ui, which other sections repeat too.)
 */
export function ConnectionPager({ label, summary, paging, pageInfo, loading }: {
  label: string;
  summary: (page: number) => string;
  paging: ReturnType<typeof useCursorPages>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  loading: boolean;
}) {
  const { hasNextPage, endCursor } = pageInfo;
  return (
    <Pager
      label={label}
      summary={summary(paging.index + 1)}
      hasPrevious={paging.hasPrevious}
      hasNext={hasNextPage && endCursor != null}
      loading={loading}
      onPrevious={paging.previous}
      onNext={() => endCursor != null && paging.next(endCursor)}
    />
  );
}
