import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `gateway/reliability-results/`, next to the benchmark's results. */
export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'reliability-results');

/** A markdown table from rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * Writes one run's results as `<date>-<kind>.md` (what was done, sent, arrived, lost) and the raw
 * numbers as `.json` beside it; returns the markdown file's path.
 */
export async function writeResults(kind: string, title: string, sections: string[], raw: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().slice(0, 10);
  const base = join(RESULTS_DIR, `${stamp}-${kind}`);
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  await writeFile(`${base}.md`, `# ${title}\n\nRun ${new Date().toISOString()} on ${machine}.\n\n${sections.join('\n\n')}\n`);
  await writeFile(`${base}.json`, `${JSON.stringify(raw, null, 2)}\n`);
  return `${base}.md`;
}
