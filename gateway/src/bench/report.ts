// The results file: what ran on what machine under what load, every number, and issue 8's targets
// checked against them (a target measured at other than its concurrency is reported, not judged).
import type { SeedResult } from '@mpa/demo-data';
import type { BundleSize, LoadTimings } from './frontend.js';
import type { LoadResult } from './load.js';
import type { Machine } from './machine.js';
import type { StatementCount } from './sql-statements.js';

export interface BenchRun {
  operation: string;
  target: 'hive' | 'apollo' | 'no gateway';
  connections: number;
  result: LoadResult;
  /** CPU milliseconds per request, by process. */
  cpuMsPerRequest: Record<string, number>;
}

export interface BenchReport {
  startedAt: Date;
  finishedAt: Date;
  machine: Machine;
  load: { min: number; mean: number; max: number; samples: number };
  options: { years: number; seconds: number; warmup: number; concurrency: number; note?: string };
  site: string;
  seed: SeedResult;
  runs: BenchRun[];
  peaks: Record<string, number>;
  sql: StatementCount[];
  frontend?: { sizes: BundleSize[]; timings: LoadTimings | null; error?: string };
}

const ms = (n: number) => n.toFixed(1);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function verdict(ok: boolean | null): string {
  return ok === null ? 'not judged' : ok ? 'met' : '**missed**';
}

export function renderReport(r: BenchReport): string {
  const of = (operation: string, target: BenchRun['target']) => r.runs.find((x) => x.operation.startsWith(operation) && x.target === target);
  const lines = [
    `# Benchmark — ${r.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Machine: ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB.toFixed(1)} GiB, ${r.machine.kernel}, Node ${r.machine.node}. Load generator, gateways, subgraphs, portal, Chromium and PostgreSQL share it.`,
    `- Load average (1 min) during the run: min ${r.load.min.toFixed(2)}, mean ${r.load.mean.toFixed(2)}, max ${r.load.max.toFixed(2)} (${r.load.samples} samples; the bench alone adds about its connections' worth).`,
    `- Data: ${r.options.years} year(s) of demo data — ${Object.entries(r.seed.migrants).map(([s, n]) => `${s} ${n.toLocaleString('en')}`).join(', ')} migrants; ${r.seed.avrCases.toLocaleString('en')} AVR cases; ${r.seed.rows.toLocaleString('en')} rows seeded in ${r.seed.seconds.toFixed(1)} s (${Math.round(r.seed.rows / r.seed.seconds).toLocaleString('en')} rows/s).`,
    `- Each run: ${r.options.warmup} s warm-up (discarded), then ${r.options.seconds} s of closed-loop load; every request has its own variables. One-site operations work at ${r.site}${r.options.concurrency !== 1 ? `; connections scaled by ${r.options.concurrency} (a reduced run: latency targets are not judged)` : ''}.`,
    `- Rows by table: ${Object.entries(r.seed.rowsByTable).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}.`,
    ...(r.options.note ? [`- Note: ${r.options.note}`] : []),
    `- Duration: ${((r.finishedAt.getTime() - r.startedAt.getTime()) / 60_000).toFixed(1)} min.`,
    '',
    '## Requests',
    '',
    'CPU ms per request, from /proc: the serving gateway\'s, and the four subgraphs\' together (PostgreSQL\'s is not counted).',
    '',
    '| operation | target | conns | req/s | p50 ms | p95 ms | p99 ms | requests | errors | gateway CPU ms/req | subgraphs CPU ms/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.runs.map(({ operation, target, connections, result: x, cpuMsPerRequest: cpu }) => {
      const gateway = target === 'hive' ? cpu['hive-gateway'] : target === 'apollo' ? cpu['apollo-gateway'] : 0;
      const subgraphs = Object.entries(cpu).filter(([name]) => !name.endsWith('gateway') && name !== 'portal').reduce((sum, [, v]) => sum + v, 0);
      return `| ${operation} | ${target} | ${connections} | ${x.rps.toFixed(0)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${x.requests} | ${x.errors} | ${ms(gateway ?? 0)} | ${ms(subgraphs)} |`;
    }),
    '',
  ];
  const errors = r.runs.filter((x) => x.result.firstError);
  if (errors.length) lines.push('First error of each run with errors:', '', ...errors.map((x) => `- ${x.operation} — ${x.target}: \`${x.result.firstError!.slice(0, 200).replace(/`/g, "'").replace(/\s+/g, ' ')}\``), '');

  lines.push('## Ratios', '');
  for (const operation of new Set(r.runs.map((x) => x.operation))) {
    const hive = of(operation, 'hive')?.result;
    const apollo = of(operation, 'apollo')?.result;
    const floor = of(operation, 'no gateway')?.result;
    if (hive && apollo) lines.push(`- ${operation}: Hive / Apollo throughput ${(hive.rps / apollo.rps).toFixed(2)}×, p50 ${ms(hive.p50)} vs ${ms(apollo.p50)} ms`);
    if (hive && floor) lines.push(`- ${operation}: gateway overhead at p50 ${(((hive.p50 - floor.p50) / floor.p50) * 100).toFixed(0)}% over the no-gateway floor (${ms(floor.p50)} → ${ms(hive.p50)} ms)`);
  }

  lines.push('', '## SQL statements per request', '', 'One request alone, all subgraphs together; list operations at two page sizes. A difference of one is not growth with rows: the larger page reached one more centre (one more subgraph fetch), or held a sensitive record (one audit INSERT for the page).', '',
    '| operation | statements | by page size | subgraph fetches (Hive / Apollo) |', '|---|---:|---|---|',
    ...r.sql.map((s) => `| ${s.operation} | ${s.statements} | ${s.byPageSize ? Object.entries(s.byPageSize).map(([size, n]) => `${n} for ${size}`).join(', ') : ''} | ${Object.values(s.subgraphRequests).join(' / ')} |`));

  lines.push('', '## Peak memory (RSS) per process', '', '| process | MB |', '|---|---:|', ...Object.entries(r.peaks).map(([name, mb]) => `| ${name} | ${mb.toFixed(0)} |`));

  if (r.frontend) {
    lines.push('', '## Frontend', '', '| package | kind | files | kB | kB gzip |', '|---|---|---:|---:|---:|',
      ...r.frontend.sizes.map((b) => `| ${b.name} | ${b.microFrontend ? 'micro-frontend' : 'shared'} | ${b.files} | ${kB(b.bytes)} | ${kB(b.gzipBytes)} |`));
    const t = r.frontend.timings;
    if (t) {
      lines.push('', `Cold loads in Chromium (fresh context, empty cache, localhost), ms from navigation start, ${t.centreList.length} runs:`, '',
        `- first rendered centre list (coordinator): median ${ms(median(t.centreList))}, max ${ms(Math.max(...t.centreList))} (${t.centreList.map(ms).join(', ')})`,
        `- interactive registration form (Bossaso caseworker): median ${ms(median(t.registrationForm))}, max ${ms(Math.max(...t.registrationForm))} (${t.registrationForm.map(ms).join(', ')})`);
    }
    if (r.frontend.error) lines.push('', `Portal timing failed: ${r.frontend.error}`);
  }

  // Issue 8's targets.
  const fullConcurrency = r.options.concurrency === 1;
  const latency = (operation: string, limit: number) => {
    const run = of(operation, 'hive');
    return run ? { text: `${ms(run.result.p95)} ms at ${run.connections} connections`, ok: fullConcurrency && run.result.errors === 0 ? run.result.p95 < limit : null } : null;
  };
  const dash = [of('dashboard: every centre, one year', 'hive'), of('dashboard: every centre, one year', 'apollo')];
  const overheads = r.runs.filter((x) => x.target === 'no gateway').map((floor) => {
    const hive = of(floor.operation, 'hive')!.result;
    return { operation: floor.operation, share: (hive.p50 - floor.result.p50) / floor.result.p50 };
  });
  const mfes = r.frontend?.sizes.filter((b) => b.microFrontend) ?? [];
  const centreList = r.frontend?.timings?.centreList ?? [];
  const peak = Math.max(...Object.values(r.peaks));
  const targets: [string, string, boolean | null][] = [];
  if (dash[0] && dash[1]) targets.push(['dashboard throughput ≥ 1.5 × @apollo/gateway', `${(dash[0].result.rps / dash[1].result.rps).toFixed(2)}×`, dash[0].result.rps / dash[1].result.rps >= 1.5]);
  for (const o of overheads) targets.push([`gateway overhead ≤ 25% at p50 (${o.operation})`, `${(o.share * 100).toFixed(0)}%`, o.share <= 0.25]);
  for (const [operation, limit] of [['name search', 100], ["a migrant's case view", 150], ['dashboard: every centre, one year', 500]] as const) {
    const l = latency(operation, limit);
    if (l) targets.push([`${operation} p95 < ${limit} ms`, l.text, l.ok]);
  }
  for (const b of mfes) targets.push([`${b.name} < 60 kB gzip`, `${kB(b.gzipBytes)} kB`, b.gzipBytes < 60_000]);
  if (centreList.length) targets.push(['first centre list < 1.5 s (cold, localhost)', `median ${ms(median(centreList))} ms, max ${ms(Math.max(...centreList))} ms`, median(centreList) < 1500]);
  targets.push(['no process above 300 MB RSS', `peak ${peak.toFixed(0)} MB (${Object.entries(r.peaks).find(([, v]) => v === peak)?.[0]})`, peak <= 300]);
  lines.push('', '## Targets (issue 8)', '', `Judged only at the targets' concurrency${r.options.years < 10 ? `; the targets are set for 10 years of data, this run has ${r.options.years}` : ''}.`, '',
    '| target | measured | verdict |', '|---|---|---|', ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`), '');
  return lines.join('\n');
}
