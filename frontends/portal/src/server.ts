// The portal's server: one origin for the page, the micro-frontends and the GraphQL API, so the
// browser needs no CORS and the gateway's address never reaches it.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, sep } from 'node:path';

/** A built package: its `dist/` holds the files and `importmap.json`. */
export interface PortalPackage {
  /** Package name, e.g. `@mpa/centres`; its files are served under `/static/centres/`. */
  name: string;
  /** Folder with the built files. */
  dir: string;
}

export interface PortalOptions {
  port: number;
  host?: string;
  /** Where `POST /graphql` goes, e.g. `http://127.0.0.1:4000/graphql`. */
  gatewayUrl: string;
  /** Built packages to serve; default: the portal's own dependencies' `dist/`. */
  packages?: readonly PortalPackage[];
  /** The page template; default: `index.html` of @mpa/root-config's build. */
  indexHtml?: string;
  /**
   * A deployment folder written by `src/deploy.ts`: its `importmap.json` is the page's map and
   * `static/<package>/` its files (instead of `packages`). Each package is deployed alone.
   */
  deployDir?: string;
  /**
   * Development only: a JSON file `{ "imports": { specifier: url } }` laid over the map on every
   * page load, e.g. pointing `@mpa/centres` at its Vite dev server. Its origins are allowed to
   * serve scripts. Never set in production (main.ts sets it only outside NODE_ENV=production).
   */
  overrides?: string;
}

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

/** The packages the portal is made of, in the order their fragments are merged. */
export const portalPackageNames = [
  '@mpa/shared-deps',
  '@mpa/auth',
  '@mpa/i18n',
  '@mpa/graphql',
  '@mpa/ui',
  '@mpa/root-config',
  '@mpa/centres',
  '@mpa/registration',
  '@mpa/assistance',
  '@mpa/protection',
  '@mpa/awareness',
  '@mpa/returns',
  '@mpa/dashboard',
] as const;

const require = createRequire(import.meta.url);
const distOf = (name: string) => join(dirname(require.resolve(`${name}/package.json`)), 'dist');

export const defaultPackages = (): PortalPackage[] => portalPackageNames.map((name) => ({ name, dir: distOf(name) }));

const maxRequestBytes = 1_000_000;
const gatewayTimeoutMs = 30_000;
/** Content-hashed names (`react-DhFwUnOq.js`): a new build means a new name, so they never change. */
const hashedFile = /-[\w-]{8}\.(?:js|css|map)$/;
const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const mountPath = (name: string) => `/static/${name.replace(/^@[^/]+\//, '')}/`;

export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const { deployDir } = options;
  const packages = options.packages ?? (deployDir === undefined ? defaultPackages() : []);
  const indexHtml = options.indexHtml ?? (deployDir === undefined ? join(distOf('@mpa/root-config'), 'index.html') : join(deployDir, 'static', 'root-config', 'index.html'));
  const mounts = new Map(packages.map((p) => [mountPath(p.name), p]));
  /** The package a `/static/<folder>/…` path belongs to. */
  const packageOf = (path: string): { mount: string; pkg: PortalPackage } | undefined => {
    if (deployDir !== undefined) {
      const folder = /^\/static\/([\w-]+)\//.exec(path)?.[1];
      return folder === undefined ? undefined : { mount: `/static/${folder}/`, pkg: { name: folder, dir: join(deployDir, 'static', folder) } };
    }
    const mount = [...mounts.keys()].find((prefix) => path.startsWith(prefix));
    const pkg = mount === undefined ? undefined : mounts.get(mount);
    return mount === undefined || pkg === undefined ? undefined : { mount, pkg };
  };
  /** The page's import map: the deployed one, or every package's fragment; then any development overrides. */
  const importMap = async (): Promise<{ map: ImportMap; overridden: string[] }> => {
    const map = deployDir === undefined ? await assembleImportMap(packages) : await readDeployedMap(join(deployDir, 'importmap.json'));
    if (options.overrides === undefined) return { map, overridden: [] };
    const overrides = await readOverrides(options.overrides);
    return { map: { imports: { ...map.imports, ...overrides } }, overridden: Object.values(overrides) };
  };
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal server error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://portal').pathname;
    if (path === '/graphql') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST', { allow: 'POST' });
      return proxyToGateway(req, res, options.gatewayUrl);
    }
    // The identity provider's login (the gateway's development issuer; none in production).
    if (path === '/auth/login') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST', { allow: 'POST' });
      return proxyToGateway(req, res, new URL('/auth/login', options.gatewayUrl).href);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, HEAD' });
    }
    if (path.startsWith('/static/')) return serveStatic(req, res, path);
    // The page's import map as JSON, for a micro-frontend's dev server (`portalDevServer`).
    if (path === '/importmap.json') {
      const json = JSON.stringify((await importMap()).map, null, 2);
      return send(res, 200, 'application/json', req.method === 'HEAD' ? '' : json, { 'cache-control': 'no-cache' });
    }
    // Any other address with no file extension is a route of the single-page portal.
    if (extname(path) === '') return servePage(req, res);
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const found = packageOf(path);
    if (found === undefined) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const { mount, pkg } = found;
    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(mount.length));
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    // Only plain names below the package's folder: no `..`, no absolute paths, no dotfiles.
    if (relative.split('/').some((part) => part === '' || part.startsWith('.')) || relative.includes('\\') || relative.includes('\0')) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
    const file = join(pkg.dir, ...relative.split('/'));
    if (!file.startsWith(pkg.dir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const body = await readFile(file);
    send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', req.method === 'HEAD' ? '' : body, {
      'cache-control': hashedFile.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-length': String(body.length),
    });
  }

  async function servePage(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Read on every request: deploying a new build of one package (new files, new fragment)
    // takes effect on the next page load, with no restart.
    const [template, { map, overridden }] = await Promise.all([readFile(indexHtml, 'utf8'), importMap()]);
    const nonce = randomBytes(16).toString('base64');
    // `<` escaped so nothing in a specifier or URL can close the script element.
    const json = JSON.stringify(map, null, 2).replace(/</g, '\\u003c');
    // Development overrides load scripts from a dev server, which also talks back (Vite's HMR).
    const devOrigins = [...new Set(overridden.map((url) => new URL(url).origin))];
    const devSockets = devOrigins.map((origin) => origin.replace(/^http/, 'ws'));
    const html = template
      .replace('<!--import-map-->', `<script type="importmap" nonce="${nonce}">\n${json}\n</script>`)
      .replaceAll('__CSP_NONCE__', nonce);
    send(res, 200, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : html, {
      'cache-control': 'no-cache',
      'content-security-policy': [
        "default-src 'self'",
        ['script-src', "'self'", `'nonce-${nonce}'`, ...devOrigins].join(' '),
        // Micro-frontends ship their CSS in their bundle and insert it as <style>.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        ['connect-src', "'self'", ...devOrigins, ...devSockets].join(' '),
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    // Drains (SIGTERM): requests in flight are answered, idle keep-alive connections close at once,
    // and whatever is still open after 10 s is cut.
    close: () =>
      new Promise<void>((resolve, reject) => {
        const cut = setTimeout(() => server.closeAllConnections(), 10_000);
        cut.unref();
        server.close((error) => {
          clearTimeout(cut);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

export interface ImportMap {
  imports: Record<string, string>;
}

/**
 * Merges every package's `importmap.json`. A fragment's URLs are relative to its own folder;
 * they become absolute paths under the folder the portal serves that package from.
 */
export async function assembleImportMap(packages: readonly PortalPackage[]): Promise<ImportMap> {
  const imports: Record<string, string> = {};
  const owners = new Map<string, string>();
  for (const pkg of packages) {
    const file = join(pkg.dir, 'importmap.json');
    const fragment = JSON.parse(await readFile(file, 'utf8').catch(() => {
      throw new Error(`${file} is missing: build ${pkg.name} first`);
    })) as Partial<ImportMap>;
    const base = new URL(mountPath(pkg.name), 'http://portal');
    for (const [specifier, address] of Object.entries(fragment.imports ?? {})) {
      const owner = owners.get(specifier);
      if (owner !== undefined) throw new Error(`${pkg.name} and ${owner} both map "${specifier}"`);
      owners.set(specifier, pkg.name);
      const url = new URL(address, base);
      imports[specifier] = url.origin === base.origin ? url.pathname : url.href;
    }
  }
  return { imports };
}

/** A deployed import map (`src/deploy.ts`); its URLs are already absolute paths. */
async function readDeployedMap(file: string): Promise<ImportMap> {
  const map = JSON.parse(await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file} is missing: deploy the portal's packages first (src/deploy.ts)`);
  })) as Partial<ImportMap>;
  return { imports: map.imports ?? {} };
}

/**
 * Development overrides: `{ "imports": { specifier: "http://127.0.0.1:5173/src/entry.tsx" } }`.
 * A missing file means none; only absolute http(s) URLs are taken.
 */
export async function readOverrides(file: string): Promise<Record<string, string>> {
  const raw = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (raw === null) return {};
  const imports = (JSON.parse(raw) as Partial<ImportMap>).imports ?? {};
  for (const [specifier, url] of Object.entries(imports)) {
    if (!/^https?:\/\//.test(url)) throw new Error(`${file}: "${specifier}" must point at an http(s) URL, not "${url}"`);
  }
  return imports;
}

/** Forwards a request to the gateway: the body and the caller's credentials, nothing else. */
async function proxyToGateway(req: IncomingMessage, res: ServerResponse, gatewayUrl: string): Promise<void> {
  const body = await readBody(req, maxRequestBytes);
  if (body === null) {
    res.setHeader('connection', 'close');
    return sendGraphQLError(res, 413, 'The request is too large.', 'BAD_REQUEST');
  }
  const headers: Record<string, string> = {
    'content-type': req.headers['content-type'] ?? 'application/json',
    accept: req.headers.accept ?? 'application/graphql-response+json, application/json',
  };
  if (req.headers.authorization !== undefined) headers['authorization'] = req.headers.authorization;
  // The audit log records where a request came from: the gateway believes this hop only from a
  // proxy it lists in TRUSTED_PROXIES, and takes the last hop that is not one (so a forged
  // earlier hop changes nothing).
  const peer = req.socket.remoteAddress;
  if (peer !== undefined) headers['x-forwarded-for'] = [req.headers['x-forwarded-for'], peer].filter(Boolean).join(', ');
  let answer: Response;
  try {
    answer = await fetch(gatewayUrl, { method: 'POST', headers, body: new Uint8Array(body), signal: AbortSignal.timeout(gatewayTimeoutMs) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    console.error(`portal: ${gatewayUrl}: ${String(error)}`);
    return sendGraphQLError(res, timedOut ? 504 : 502, timedOut ? 'The GraphQL gateway did not answer in time.' : 'The GraphQL gateway cannot be reached.', 'GATEWAY_UNAVAILABLE');
  }
  const relayed: Record<string, string> = { 'cache-control': 'no-store' };
  for (const name of ['content-type', 'www-authenticate']) {
    const value = answer.headers.get(name);
    if (value !== null) relayed[name] = value;
  }
  const payload = Buffer.from(await answer.arrayBuffer());
  res.writeHead(answer.status, { ...securityHeaders, ...relayed, 'content-length': String(payload.length) });
  res.end(payload);
}

/** The request body, or null as soon as it grows past `limit` bytes (the rest is discarded). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd);
      req.resume();
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

function sendGraphQLError(res: ServerResponse, status: number, message: string, code: string): void {
  send(res, status, 'application/json', JSON.stringify({ errors: [{ message, extensions: { code } }] }), { 'cache-control': 'no-store' });
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': contentType, ...headers });
  res.end(body);
}
