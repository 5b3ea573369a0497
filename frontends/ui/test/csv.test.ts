import { afterEach, describe, expect, it } from 'vitest';
import { downloadCsv, toCsv, type CsvColumn } from '../src/csv.js';

interface CentreCount {
  centre: string;
  registrations: number | null;
}
const columns: CsvColumn<CentreCount>[] = [
  { header: 'Centre', value: (row) => row.centre },
  { header: 'Registrations', value: (row) => row.registrations },
];

describe('toCsv', () => {
  it('writes a header line and one line per row, CRLF-terminated', () => {
    expect(toCsv(columns, [{ centre: 'Bossaso', registrations: 310 }, { centre: 'Hargeisa', registrations: 0 }])).toBe(
      'Centre,Registrations\r\nBossaso,310\r\nHargeisa,0\r\n',
    );
  });

  it('writes only the header for no rows, and an empty cell for a missing value', () => {
    expect(toCsv(columns, [])).toBe('Centre,Registrations\r\n');
    expect(toCsv(columns, [{ centre: 'Mogadishu', registrations: null }])).toBe('Centre,Registrations\r\nMogadishu,\r\n');
  });

  it('quotes cells holding a comma, a quote or a line break, doubling the quotes', () => {
    const csv = toCsv(columns, [
      { centre: 'Bossaso, Puntland', registrations: 1 },
      { centre: 'the "new" centre', registrations: 2 },
      { centre: 'two\nlines', registrations: 3 },
      { centre: 'carriage\rreturn', registrations: 4 },
    ]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"Bossaso, Puntland",1', '"the ""new"" centre",2', '"two\nlines",3', '"carriage\rreturn",4']);
  });

  it('defuses text a spreadsheet would run as a formula, and leaves negative numbers numbers', () => {
    const text = (centre: string) => toCsv([columns[0]!], [{ centre, registrations: 0 }]).split('\r\n')[1];
    expect(text('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(text('+1+2')).toBe("'+1+2");
    expect(text('-2+3')).toBe("'-2+3");
    expect(text('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(text('\t=1')).toBe(`"'\t=1"`);
    expect(text('a=b')).toBe('a=b');
    expect(toCsv([columns[1]!], [{ centre: '', registrations: -4 }])).toBe('Registrations\r\n-4\r\n');
  });

  it('quotes cells holding a semicolon or a tab, which other locales split cells at, so no formula starts after them', () => {
    const text = (centre: string) => toCsv([columns[0]!], [{ centre, registrations: 0 }]).split('\r\n')[1];
    expect(text('Bossaso;=HYPERLINK("http://evil","x")')).toBe('"Bossaso;=HYPERLINK(""http://evil"",""x"")"');
    expect(text('Bossaso\t=1+1')).toBe('"Bossaso\t=1+1"');
    expect(text('Bossaso; Puntland')).toBe('"Bossaso; Puntland"');
    expect(text('Bossaso')).toBe('Bossaso');
  });

  it('guards and quotes the headers like any cell', () => {
    expect(toCsv([{ header: '=Total, all', value: () => 1 }], [{}])).toBe(`"'=Total, all"\r\n1\r\n`);
  });
});

describe('downloadCsv', () => {
  const created: Blob[] = [];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('clicks a hidden download link to a UTF-8 CSV file named as asked, then lets the URL go', async () => {
    // jsdom has no object URLs: these record what a browser would be handed.
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicks: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent) => {
      clicks.push(event.target as HTMLAnchorElement);
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    try {
      downloadCsv('registrations.csv', 'Centre\r\nBossaso\r\n');
    } finally {
      document.removeEventListener('click', onClick);
    }

    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('registrations.csv');
    expect(clicks[0]!.getAttribute('href')).toBe('blob:test/1');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Centre\r\nBossaso\r\n');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revoked).toEqual(['blob:test/1']);
  });
});
