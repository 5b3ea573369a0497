import { databaseUrl, queryDatabase } from '@mpa/platform';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, differences, fingerprint, privateDirectory, privateFile, restoreDatabase, toolsFor } from '../src/ops/backup/backup.js';
import { startDebianPostgres, type DebianPostgres } from '../src/ops/backup/debian-postgres.js';
import { registerMigrant } from '../src/ops/hub-client.js';
import { startTestHub, type TestHub } from '../src/testing/hub.js';

// pg_dump refuses a server newer than itself, and the embedded server (18) is newer than Debian's
// client (15): backups are tested on Debian's own server of the same version.
const server = await startDebianPostgres();
const hint = 'needs Debian\'s PostgreSQL server and client: apt-get install -y postgresql-15';
if (!server && process.env.CI === 'true') throw new Error(`The backup test ${hint}`);

let pg: DebianPostgres;
let hub: TestHub;
let dir: string;

beforeAll(async () => {
  if (!server) return;
  pg = server;
  dir = await mkdtemp(join(tmpdir(), 'mpa-hub-backups-'));
  // A little of every kind of record: demo data, then the hub stopped so nothing changes under the dump.
  hub = await startTestHub({ serverUrl: pg.url, years: 0.05 });
  // A registration through the API, so the audit log has an entry.
  await registerMigrant(hub.gatewayUrl, await hub.tokenFor('caseworker@bossaso'), 'bossaso', 'Audited');
  await hub.stop();
});
afterAll(async () => {
  await pg?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!server)(`backups of every subgraph's database (${server ? `PostgreSQL ${server.major}` : hint})`, () => {
  it('restores each into a fresh database with the same rows in every table', async () => {
    const tools = await toolsFor(pg.url);
    for (const [name, database] of Object.entries(hub.databases)) {
      const source = databaseUrl(pg.url, database);
      const file = join(dir, `${name}.dump`);
      expect(await backupDatabase(source, file, tools)).toBeGreaterThan(0);
      await restoreDatabase(file, pg.url, `${database}_restored`, tools);
      const before = await fingerprint(source);
      const after = await fingerprint(databaseUrl(pg.url, `${database}_restored`));
      expect(Object.keys(before).length).toBeGreaterThan(3);
      expect(Object.values(before).some((t) => t.rows > 0)).toBe(true);
      expect(differences(before, after)).toEqual([]);
    }
  });

  it('writes the dumps (not encrypted) for their owner only: the directory 0700, every file 0600, even where they existed wider', async () => {
    const mode = async (path: string) => (await stat(path)).mode & 0o777;
    const backups = join(dir, 'shared', 'backups');
    await mkdir(join(dir, 'shared'), { mode: 0o755 });
    await chmod(join(dir, 'shared'), 0o755);
    await privateDirectory(backups);
    expect(await mode(backups)).toBe(0o700);
    await chmod(backups, 0o755);
    await privateDirectory(backups);
    expect(await mode(backups)).toBe(0o700);

    const stale = join(backups, 'bossaso.dump');
    await writeFile(stale, 'an older dump', { mode: 0o644 });
    await chmod(stale, 0o644);
    expect(await backupDatabase(databaseUrl(pg.url, hub.databases.bossaso!), stale, await toolsFor(pg.url))).toBeGreaterThan(100);
    expect(await mode(stale)).toBe(0o600);
    const fresh = join(backups, 'avrr.dump');
    await backupDatabase(databaseUrl(pg.url, hub.databases.avrr!), fresh, await toolsFor(pg.url));
    expect(await mode(fresh)).toBe(0o600);
    await privateFile(join(backups, 'manifest.json'));
    expect(await mode(join(backups, 'manifest.json'))).toBe(0o600);
  });

  it('keeps the audit log append-only in the restored database (its trigger is restored too)', async () => {
    const restored = databaseUrl(pg.url, `${hub.databases.bossaso}_restored`);
    expect((await queryDatabase<{ n: number }>(restored, 'SELECT count(*)::int AS n FROM audit_event'))[0]!.n).toBeGreaterThan(0);
    await expect(queryDatabase(restored, 'DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  it('refuses to restore over a database that holds data, and the comparison notices a changed row', async () => {
    const source = databaseUrl(pg.url, hub.databases.hargeisa!);
    await expect(restoreDatabase(join(dir, 'hargeisa.dump'), pg.url, hub.databases.hargeisa!)).rejects.toThrow(/already has tables/);
    const copy = databaseUrl(pg.url, `${hub.databases.hargeisa}_restored`);
    await queryDatabase(copy, `UPDATE migrant SET phone = '+252 00' WHERE id = (SELECT id FROM migrant LIMIT 1)`);
    // The committed write also replaced the copy's data version (the indicator cache's check).
    expect(differences(await fingerprint(source), await fingerprint(copy))).toEqual(['data_version', 'migrant']);
  });
});
