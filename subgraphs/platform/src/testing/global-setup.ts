import './provided-context.js';
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './postgres.js';

/** Vitest global setup: one PostgreSQL server per test run; each suite makes its own databases on it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  project.provide('pgServerUrl', server.url);
  return server.stop;
}
