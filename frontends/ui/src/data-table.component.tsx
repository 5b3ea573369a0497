import { useState, type ReactNode } from 'react';
import { uiCatalogue, useMessages } from './use-messages.js';

export interface Column<Row> {
  /** Column header. */
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** The cell that names the row (a `<th scope="row">`): one column per table. */
  rowHeader?: boolean;
}

/** A table with a caption (its accessible name), column headers and one row header per row. */
export function DataTable<Row>({ caption, columns, rows, rowKey, busy = false }: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  busy?: boolean;
}) {
  return (
    <table aria-busy={busy}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={column.numeric ? 'number' : undefined}>{column.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, i) =>
              column.rowHeader ? (
                <th key={i} scope="row" className={column.numeric ? 'number' : undefined}>{column.cell(row)}</th>
              ) : (
                <td key={i} className={column.numeric ? 'number' : undefined}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Forward cursor paging that can also go back: the cursors of the pages seen so far (the last is
 * the current page; null is the first), so "previous" needs no backward paging from the API.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    /** The cursor to ask for (`after`), or null for the first page. */
    after: cursors.at(-1) ?? null,
    /** 0 for the first page. */
    index: cursors.length - 1,
    hasPrevious: cursors.length > 1,
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    next: (endCursor: string) => setCursors((seen) => [...seen, endCursor]),
  };
}

/** Previous/next buttons and where the reader is. The buttons keep focus at either end (aria-disabled, not disabled). */
export function Pager({ label, summary, hasPrevious, hasNext, loading = false, onPrevious, onNext }: {
  label: string;
  summary: string;
  hasPrevious: boolean;
  hasNext: boolean;
  loading?: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const t = useMessages(uiCatalogue);
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        <li>
          <button type="button" aria-disabled={!hasPrevious || loading} onClick={() => hasPrevious && !loading && onPrevious()}>
            {t.previousPage}
          </button>
        </li>
        <li>
          <button type="button" aria-disabled={!hasNext || loading} onClick={() => hasNext && !loading && onNext()}>
            {t.nextPage}
          </button>
        </li>
        <li role="status">{loading ? t.loading : summary}</li>
      </ul>
    </nav>
  );
}
