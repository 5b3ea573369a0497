import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './postgres.js';

export interface ServiceSpec {
  name: string;
  /** Package folder, relative to the repository root. */
  dir: string;
  env: Record<string, string>;
  /** Polled until it answers 200. */
  healthUrl: string;
  /** Entry file relative to `dir` (default `src/main.ts`). */
  entry?: string;
}

export interface RunningService {
  name: string;
  child: ChildProcess;
}

/**
 * V8's old space of each service, in MB. Left to itself V8 sizes the heap from the machine's memory
 * (about 4 GB here) and collects lazily: under load the gateway grew to 430 MB RSS though what it
 * keeps is far smaller. Capped, it stays near 260 MB at the same throughput (gateway/bench-results).
 * `SERVICE_HEAP_MB` overrides it.
 */
export const DEFAULT_SERVICE_HEAP_MB = 160;

function serviceHeapMb(): number {
  const given = Number(process.env.SERVICE_HEAP_MB);
  return Number.isInteger(given) && given >= 64 ? given : DEFAULT_SERVICE_HEAP_MB;
}

/** Runs a package's `src/main.ts` with tsx as a child process, its output prefixed with its name. */
export function spawnService(spec: ServiceSpec): RunningService {
  const child = spawn(process.execPath, [`--max-old-space-size=${serviceHeapMb()}`, '--import', 'tsx', spec.entry ?? 'src/main.ts'], {
    cwd: join(REPO_ROOT, spec.dir),
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${spec.name}]`.padEnd(12);
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix} ${line}\n`);
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  return { name: spec.name, child };
}

export async function waitHealthy(spec: ServiceSpec, service: RunningService, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${spec.name} exited with code ${service.child.exitCode}`);
    const ok = await fetch(spec.healthUrl, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${spec.name} did not become healthy within ${timeoutMs / 1000}s`);
}

/** SIGTERM, then SIGKILL for anything still running after the grace period. */
export async function stopAll(services: RunningService[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}
