// CSV export of a table: RFC 4180 text that spreadsheets open safely.

/** One column of an export: its header and the value of each row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

/** Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers (a negative one stays a number); text that a spreadsheet would
  // run as a formula is prefixed with an apostrophe, which shows it as the text it is.
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  // `;` and tab too: spreadsheets in `;` locales (and tab-sniffing ones) split an unquoted cell there,
  // and the part after it would start a cell of its own, unguarded (`x;=HYPERLINK(…)`).
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV: a header line, then one line per row, CRLF line ends, quoted where needed. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => cell(column.header)), ...rows.map((row) => columns.map((column) => cell(column.value(row))))];
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/** Makes the browser save `csv` as `filename`. */
export function downloadCsv(filename: string, csv: string): void {
  // The byte order mark tells spreadsheet programs the file is UTF-8 (names of places, Somali text).
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
