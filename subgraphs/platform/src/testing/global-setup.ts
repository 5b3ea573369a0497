import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server this test run uses (embedded unless DATABASE_URL is set). */
    pgServerUrl: string;
  }
}

/** Vitest global setup: one PostgreSQL server per test run; each suite makes its own databases on it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  project.provide('pgServerUrl', server.url);
  return server.stop;
}
