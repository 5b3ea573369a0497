import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentMapFile, deployPackage, previousMapFile, readMap, rollback } from '../src/deploy.js';
import { startPortal } from '../src/server.js';

let root: string;
let deployDir: string;

/** A package's build: files plus its import map fragment. */
async function build(name: string, files: Record<string, string>, imports: Record<string, string>): Promise<string> {
  const dist = await mkdtemp(join(root, `${name.replace('@mpa/', '')}-dist-`));
  for (const [file, content] of Object.entries(files)) await writeFile(join(dist, file), content);
  await writeFile(join(dist, 'importmap.json'), JSON.stringify({ imports }));
  return dist;
}

const template = '<!doctype html><html><head><!--import-map--></head><body></body></html>';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpa-deploy-test-'));
  deployDir = join(root, 'deployed');
  // The first deployment of every package.
  await deployPackage({ deployDir, name: '@mpa/shared-deps', dist: await build('@mpa/shared-deps', { 'react-AAAAAAAA.js': 'react' }, { react: './react-AAAAAAAA.js' }) });
  await deployPackage({
    deployDir,
    name: '@mpa/root-config',
    dist: await build('@mpa/root-config', { 'root-config-BBBBBBBB.js': 'root', 'index.html': template }, { '@mpa/root-config': './root-config-BBBBBBBB.js' }),
  });
  await deployPackage({ deployDir, name: '@mpa/centres', dist: await build('@mpa/centres', { 'centres-Version1.js': 'v1' }, { '@mpa/centres': './centres-Version1.js' }) });
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('deploying one micro-frontend', () => {
  it('publishes its files and changes only its own entry in the deployed import map', async () => {
    const before = await readMap(join(deployDir, currentMapFile));
    const result = await deployPackage({
      deployDir,
      name: '@mpa/centres',
      dist: await build('@mpa/centres', { 'centres-Version2.js': 'v2' }, { '@mpa/centres': './centres-Version2.js' }),
    });
    expect(result).toEqual({ imports: { '@mpa/centres': '/static/centres/centres-Version2.js' }, changed: true });
    const after = await readMap(join(deployDir, currentMapFile));
    expect(after.imports).toEqual({ ...before.imports, '@mpa/centres': '/static/centres/centres-Version2.js' });
    // The old build stays: pages opened before the deployment still load it.
    expect((await readdir(join(deployDir, 'static', 'centres'))).sort()).toEqual(['centres-Version1.js', 'centres-Version2.js']);
    expect(await readMap(join(deployDir, previousMapFile))).toEqual(before);
    // Written through a temporary file and a rename: nothing half-written is left behind.
    expect((await readdir(deployDir)).filter((file) => file.endsWith('.tmp') || file === 'deploy.lock')).toEqual([]);
  });

  it('changes nothing when the same build is deployed again', async () => {
    const previous = await readFile(join(deployDir, previousMapFile), 'utf8');
    const result = await deployPackage({
      deployDir,
      name: '@mpa/centres',
      dist: await build('@mpa/centres', { 'centres-Version2.js': 'v2' }, { '@mpa/centres': './centres-Version2.js' }),
    });
    expect(result.changed).toBe(false);
    expect(await readFile(join(deployDir, previousMapFile), 'utf8')).toBe(previous);
  });

  it('rolls back to the map before the last deployment, and a second rollback undoes the first', async () => {
    const rolledBack = await rollback(deployDir);
    expect(rolledBack.imports['@mpa/centres']).toBe('/static/centres/centres-Version1.js');
    expect((await readMap(join(deployDir, currentMapFile))).imports['@mpa/centres']).toBe('/static/centres/centres-Version1.js');
    expect((await readMap(join(deployDir, currentMapFile))).imports['react']).toBe('/static/shared-deps/react-AAAAAAAA.js');
    await rollback(deployDir);
    expect((await readMap(join(deployDir, currentMapFile))).imports['@mpa/centres']).toBe('/static/centres/centres-Version2.js');
  });

  it('refuses a build that claims another package’s specifier, and leaves the map alone', async () => {
    const before = await readFile(join(deployDir, currentMapFile), 'utf8');
    await expect(
      deployPackage({ deployDir, name: '@mpa/registration', dist: await build('@mpa/registration', { 'react-CCCCCCCC.js': 'x' }, { react: './react-CCCCCCCC.js' }) }),
    ).rejects.toThrow(/"react" belongs to \/static\/shared-deps\//);
    expect(await readFile(join(deployDir, currentMapFile), 'utf8')).toBe(before);
  });

  it('is served by the portal from the deployment folder, new deployments on the next page load', async () => {
    const portal = await startPortal({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', deployDir });
    try {
      const map = (await (await fetch(`${portal.url}/importmap.json`)).json()) as { imports: Record<string, string> };
      expect(map.imports['@mpa/centres']).toBe('/static/centres/centres-Version2.js');
      expect(await (await fetch(`${portal.url}/static/centres/centres-Version1.js`)).text()).toBe('v1');
      expect((await fetch(`${portal.url}/static/centres/..%2f${currentMapFile}`)).status).toBe(404);
      await rollback(deployDir);
      const page = await (await fetch(`${portal.url}/centres`)).text();
      expect(page).toContain('"@mpa/centres": "/static/centres/centres-Version1.js"');
    } finally {
      await portal.close();
    }
  });

  it('runs from the command line', async () => {
    const dir = join(root, 'cli');
    await mkdir(dir);
    const dist = await build('@mpa/centres', { 'centres-Version3.js': 'v3' }, { '@mpa/centres': './centres-Version3.js' });
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'src', 'deploy.ts'), ...args], { cwd: join(import.meta.dirname, '..') });
    const { stdout } = await run('--to', dir, '--dist', dist, '@mpa/centres');
    expect(stdout).toContain('Deployed @mpa/centres: @mpa/centres → /static/centres/centres-Version3.js');
    await expect(run('--to', dir)).rejects.toThrow(/usage: deploy.ts/);
  });
});
