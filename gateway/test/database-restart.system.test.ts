import { startEmbeddedPostgres, type EmbeddedServer } from '@mpa/platform';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseRestartUnderLoad, type DatabaseRig } from '../src/ops/faults/database-restart.js';
import { startTestHub } from '../src/testing/hub.js';

let parent: string;
let server: EmbeddedServer;
let rig: DatabaseRig;

beforeAll(async () => {
  // A server of this suite's own: the others' server must not go down under them.
  parent = await mkdtemp(join(tmpdir(), 'mpa-hub-db-restart-'));
  await chmod(parent, 0o755);
  server = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), persistent: true });
  rig = { hub: await startTestHub({ serverUrl: server.url, years: 0 }), server };
});
afterAll(async () => {
  await rig?.hub.stop();
  await server?.stop();
  if (parent) await rm(parent, { recursive: true, force: true });
});

describe('PostgreSQL restarted under a mixed load through the gateway', () => {
  for (const mode of ['fast', 'immediate'] as const) {
    it(`${mode === 'fast' ? 'a restart' : 'a crash'}: requests fail fast as DATABASE_UNAVAILABLE, the services reconnect by themselves, no acknowledged write is lost`, async () => {
      const run = await databaseRestartUnderLoad(rig, { mode, clients: 4, beforeMs: 1500, downMs: 3000, afterMs: 2000 });
      expect(run.acknowledgedWrites).toBeGreaterThan(0);
      expect(Object.keys(run.errorCodes)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(run.slowestFailureMs).toBeLessThan(6000);
      expect(run.healthDuring).toBe(503);
      expect(run.healthAfter).toBe(200);
      expect(run.recoveryMs).toBeGreaterThanOrEqual(0);
      expect(run.recoveryMs).toBeLessThan(10_000);
      expect(run.failuresAfterRecovery).toBe(0);
      expect(run).toMatchObject({ lostWrites: 0, duplicateWrites: 0 });
      expect(run.retried.stillFailing).toBe(0);
      expect(run.retried.createdOnRetry + run.retried.foundAlreadyStored).toBe(run.retried.total);
    });
  }
});
