// Deploys one package of the portal without touching the others (DESIGN.md §6):
//
//   tsx src/deploy.ts --to /srv/mpa-portal @mpa/centres     publish its dist/, point its entries at the new files
//   tsx src/deploy.ts --to /srv/mpa-portal --rollback       put back the import map as it was before the last change
//
// A deployment folder holds `static/<package>/` (every published file; content-hashed names
// never change, so older files stay for pages still open and for rollback) and `importmap.json`,
// the map the portal serves (`PORTAL_DEPLOY_DIR`). The map is replaced atomically (written to a
// temporary file, then renamed over the old one), so a page load sees either the old map or the
// new one, never half of it. The map before each change is kept as `importmap.previous.json`.
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportMap } from './server.js';

export const currentMapFile = 'importmap.json';
export const previousMapFile = 'importmap.previous.json';
const lockFile = 'deploy.lock';
/** Content-hashed names (`centres-DQ0n8wMY.js`): the same name is the same content. */
const hashedFile = /-[\w-]{8}\.(?:js|css|map)$/;

/** The folder a package is served from: `@mpa/centres` → `centres` (under `/static/`). */
export const folderOf = (name: string): string => name.replace(/^@[^/]+\//, '');

export interface DeployResult {
  /** The package's entries in the deployed map, after the change. */
  imports: Record<string, string>;
  /** Whether the map changed (deploying the same build twice changes nothing). */
  changed: boolean;
}

/** Publishes one package's built files and points its import map entries (and only those) at them. */
export async function deployPackage({ deployDir, name, dist }: { deployDir: string; name: string; dist: string }): Promise<DeployResult> {
  const fragment = JSON.parse(await readFile(join(dist, 'importmap.json'), 'utf8').catch(() => {
    throw new Error(`${join(dist, 'importmap.json')} is missing: build ${name} first`);
  })) as Partial<ImportMap>;
  const folder = folderOf(name);
  const base = `/static/${folder}/`;

  // 1. The files, before any map points at them.
  const target = join(deployDir, 'static', folder);
  await mkdir(target, { recursive: true });
  for (const file of await readdir(dist)) {
    if (file === 'importmap.json' || !(await stat(join(dist, file))).isFile()) continue;
    const destination = join(target, file);
    if (hashedFile.test(file) && (await exists(destination))) continue;
    await atomicCopy(join(dist, file), destination);
  }

  // 2. Its entries in the map; every other package's entries stay as they are.
  return withLock(deployDir, async () => {
    const current = await readMap(join(deployDir, currentMapFile));
    const imports: Record<string, string> = {};
    for (const [specifier, url] of Object.entries(current.imports)) {
      if (!url.startsWith(base)) imports[specifier] = url;
    }
    const own: Record<string, string> = {};
    for (const [specifier, relative] of Object.entries(fragment.imports ?? {})) {
      if (specifier in imports) throw new Error(`"${specifier}" belongs to ${imports[specifier]}, not to ${name}`);
      own[specifier] = new URL(relative, `http://portal${base}`).pathname;
    }
    const next: ImportMap = { imports: sortKeys({ ...imports, ...own }) };
    const changed = JSON.stringify(next) !== JSON.stringify({ imports: sortKeys(current.imports) });
    if (changed) {
      await atomicWrite(join(deployDir, previousMapFile), serialise(current));
      await atomicWrite(join(deployDir, currentMapFile), serialise(next));
    }
    return { imports: own, changed };
  });
}

/**
 * Puts back the map from before the last change. The map it replaces becomes the previous one,
 * so a rollback can itself be undone by rolling back again.
 */
export async function rollback(deployDir: string): Promise<ImportMap> {
  return withLock(deployDir, async () => {
    const previousPath = join(deployDir, previousMapFile);
    if (!(await exists(previousPath))) throw new Error(`Nothing to roll back to: ${previousPath} does not exist`);
    const previous = await readMap(previousPath);
    const current = await readMap(join(deployDir, currentMapFile));
    await atomicWrite(previousPath, serialise(current));
    await atomicWrite(join(deployDir, currentMapFile), serialise(previous));
    return previous;
  });
}

/** The deployed map (empty before the first deployment). */
export async function readMap(file: string): Promise<ImportMap> {
  if (!(await exists(file))) return { imports: {} };
  const map = JSON.parse(await readFile(file, 'utf8')) as Partial<ImportMap>;
  return { imports: map.imports ?? {} };
}

const serialise = (map: ImportMap) => `${JSON.stringify(map, null, 2)}\n`;
const sortKeys = (imports: Record<string, string>) => Object.fromEntries(Object.entries(imports).sort(([a], [b]) => a.localeCompare(b)));
const exists = (path: string) => stat(path).then(() => true, () => false);
const temporary = (path: string) => `${path}.${process.pid}.${Date.now()}.tmp`;

/** Write to a temporary file in the same folder, then rename over the target (atomic on one filesystem). */
async function atomicWrite(path: string, content: string): Promise<void> {
  const tmp = temporary(path);
  await writeFile(tmp, content);
  await rename(tmp, path);
}

async function atomicCopy(from: string, to: string): Promise<void> {
  const tmp = temporary(to);
  await copyFile(from, tmp);
  await rename(tmp, to);
}

/** One deployment at a time per folder: two at once would each start from the same old map. */
async function withLock<T>(deployDir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(deployDir, { recursive: true });
  const path = join(deployDir, lockFile);
  const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new Error(`Another deployment is running (${path}); remove the file if none is`);
    throw error;
  });
  try {
    await handle.writeFile(String(process.pid));
    return await work();
  } finally {
    await handle.close();
    await rm(path, { force: true });
  }
}

/** A workspace package's dist/ (`@mpa/centres` → frontends/centres/dist). */
export function distOf(name: string): string {
  return join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), 'dist');
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { to: { type: 'string' }, rollback: { type: 'boolean', default: false }, dist: { type: 'string' } },
  });
  const deployDir = values.to ?? process.env['PORTAL_DEPLOY_DIR'];
  if (deployDir === undefined || (values.rollback ? positionals.length > 0 : positionals.length === 0)) {
    throw new Error('usage: deploy.ts --to <deploy-dir> <package>… | deploy.ts --to <deploy-dir> --rollback');
  }
  if (values.rollback) {
    const map = await rollback(deployDir);
    console.log(`Rolled back: ${Object.keys(map.imports).length} entries in ${join(deployDir, currentMapFile)}`);
    return;
  }
  if (values.dist !== undefined && positionals.length > 1) throw new Error('--dist names the files of one package');
  for (const name of positionals) {
    const result = await deployPackage({ deployDir, name, dist: values.dist ?? distOf(name) });
    const entries = Object.entries(result.imports).map(([specifier, url]) => `${specifier} → ${url}`).join(', ');
    console.log(result.changed ? `Deployed ${name}: ${entries}` : `${name} is already deployed: ${entries}`);
  }
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
