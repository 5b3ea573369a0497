import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assembleImportMap, readOverrides, startPortal, type PortalPackage, type RunningPortal } from '../src/server.js';

const template = `<!doctype html><html><head><!--import-map--></head>
<body><script type="module" nonce="__CSP_NONCE__">import '@mpa/root-config';</script></body></html>`;

let root: string;
let packages: PortalPackage[];
let portal: RunningPortal;
let gateway: Server;
let gatewayUrl: string;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];

async function writePackage(name: string, files: Record<string, string>): Promise<PortalPackage> {
  const dir = join(root, name.replace('@mpa/', ''), 'dist');
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return { name, dir };
}

const fragment = (imports: Record<string, string>) => JSON.stringify({ imports });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpa-portal-test-'));
  packages = [
    await writePackage('@mpa/shared-deps', {
      'importmap.json': fragment({ react: './react-DhFwUnOq.js', 'single-spa': './single-spa-BWbCE5fp.js' }),
      'react-DhFwUnOq.js': 'export default {};',
      'single-spa-BWbCE5fp.js': 'export const start = () => {};',
    }),
    await writePackage('@mpa/root-config', {
      'importmap.json': fragment({ '@mpa/root-config': './root-config-CidSXs13.js' }),
      'root-config-CidSXs13.js': "import 'single-spa';",
      'index.html': template,
    }),
    await writePackage('@mpa/centres', {
      'importmap.json': fragment({ '@mpa/centres': './centres-DQ0n8wMY.js' }),
      'centres-DQ0n8wMY.js': 'export const mount = async () => {};',
    }),
  ];
  await writeFile(join(root, 'secret.txt'), 'not for the web');

  // A stand-in gateway that records what reaches it.
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const unauthenticated = req.headers.authorization === undefined;
      res.writeHead(unauthenticated ? 401 : 200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'set-cookie': 'gateway=internal' });
      res.end(JSON.stringify(unauthenticated
        ? { errors: [{ message: 'A valid access token is required.', extensions: { code: 'UNAUTHENTICATED' } }] }
        : { data: { centres: [{ code: 'bossaso', name: 'Bossaso' }] } }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  portal = await startPortal({ port: 0, gatewayUrl, packages, indexHtml: join(root, 'root-config', 'dist', 'index.html') });
});

afterAll(async () => {
  await portal?.close();
  await new Promise((resolve) => gateway?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

const importMapOf = (html: string) => {
  const match = /<script type="importmap" nonce="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
  if (match === null) throw new Error(`no import map in ${html}`);
  return { nonce: match[1], map: JSON.parse(match[2] ?? '') as { imports: Record<string, string> } };
};

describe('the portal server', () => {
  it('serves the page with one import map assembled from every package’s fragment', async () => {
    const res = await fetch(`${portal.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    const { nonce, map } = importMapOf(html);
    expect(map.imports).toEqual({
      react: '/static/shared-deps/react-DhFwUnOq.js',
      'single-spa': '/static/shared-deps/single-spa-BWbCE5fp.js',
      '@mpa/root-config': '/static/root-config/root-config-CidSXs13.js',
      '@mpa/centres': '/static/centres/centres-DQ0n8wMY.js',
    });
    // Inline scripts run only with this response's nonce.
    expect(html).toContain(`<script type="module" nonce="${nonce}">`);
    expect(html).not.toContain('__CSP_NONCE__');
    expect(res.headers.get('content-security-policy')).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(importMapOf(await (await fetch(`${portal.url}/`)).text()).nonce).not.toBe(nonce);
  });

  it('serves the same page at every route of the portal', async () => {
    const res = await fetch(`${portal.url}/centres`);
    expect(res.status).toBe(200);
    expect(importMapOf(await res.text()).map.imports['@mpa/centres']).toBe('/static/centres/centres-DQ0n8wMY.js');
  });

  it('picks up a newly deployed micro-frontend on the next page load', async () => {
    const centres = packages[2]!;
    await writeFile(join(centres.dir, 'centres-NewBuild.js'), 'export const mount = async () => {};');
    await writeFile(join(centres.dir, 'importmap.json'), fragment({ '@mpa/centres': './centres-NewBuild.js' }));
    try {
      const { map } = importMapOf(await (await fetch(`${portal.url}/`)).text());
      expect(map.imports['@mpa/centres']).toBe('/static/centres/centres-NewBuild.js');
    } finally {
      await writeFile(join(centres.dir, 'importmap.json'), fragment({ '@mpa/centres': './centres-DQ0n8wMY.js' }));
    }
  });

  it('serves built files, content-hashed ones as immutable', async () => {
    const js = await fetch(`${portal.url}/static/centres/centres-DQ0n8wMY.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('export const mount = async () => {};');

    const fragmentFile = await fetch(`${portal.url}/static/centres/importmap.json`);
    expect(fragmentFile.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves nothing outside the packages’ built folders', async () => {
    for (const path of [
      '/static/centres/%2e%2e/%2e%2e/secret.txt',
      '/static/centres/..%2f..%2fsecret.txt',
      '/static/centres/',
      '/static/unknown/centres-DQ0n8wMY.js',
      '/static/centres/missing-AAAAAAAA.js',
      '/favicon.ico',
    ]) {
      const res = await fetch(`${portal.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('not for the web');
    }
  });

  it('forwards GraphQL requests to the gateway with the caller’s credentials, and nothing else', async () => {
    received.length = 0;
    const query = JSON.stringify({ query: '{ centres { code name } }' });
    const res = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-token', cookie: 'session=browser' },
      body: query,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({ data: { centres: [{ code: 'bossaso', name: 'Bossaso' }] } });
    expect(received).toHaveLength(1);
    expect(received[0]?.body).toBe(query);
    expect(received[0]?.headers.authorization).toBe('Bearer demo-token');
    expect(received[0]?.headers.cookie).toBeUndefined();
    // Where the request came from, for the audit log: the browser's address as the last hop.
    expect(received[0]?.headers['x-forwarded-for']).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('appends the caller’s address to a forwarded chain, so a forged earlier hop cannot replace it', async () => {
    received.length = 0;
    await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: '{"query":"{ centres { code } }"}' });
    expect(received[0]?.headers['x-forwarded-for']).toMatch(/^203\.0\.113\.9, (::ffff:)?127\.0\.0\.1$/);
  });

  it('relays the gateway’s refusals as they are', async () => {
    const res = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ centres { code } }"}' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: [{ message: 'A valid access token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers with a GraphQL error when the gateway cannot be reached', async () => {
    const down = await startPortal({ port: 0, gatewayUrl: 'http://127.0.0.1:9/graphql', packages });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await fetch(`${down.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ centres { code } }"}' });
      expect(res.status).toBe(502);
      expect(await res.json()).toEqual({ errors: [{ message: 'The GraphQL gateway cannot be reached.', extensions: { code: 'GATEWAY_UNAVAILABLE' } }] });
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('http://127.0.0.1:9/graphql'));
    } finally {
      logged.mockRestore();
      await down.close();
    }
  });

  it('refuses oversized GraphQL requests and other methods', async () => {
    const big = await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    expect((await fetch(`${portal.url}/graphql`)).status).toBe(405);
    expect((await fetch(`${portal.url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses two packages mapping the same specifier', async () => {
    const clash = await writePackage('@mpa/other', { 'importmap.json': fragment({ react: './react-XXXXXXXX.js' }) });
    await expect(assembleImportMap([packages[0]!, clash])).rejects.toThrow('@mpa/other and @mpa/shared-deps both map "react"');
  });

  it('serves the page’s import map as JSON, for a micro-frontend’s dev server', async () => {
    const res = await fetch(`${portal.url}/importmap.json`);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(((await res.json()) as { imports: Record<string, string> }).imports['@mpa/centres']).toBe('/static/centres/centres-DQ0n8wMY.js');
  });
});

describe('local development overrides', () => {
  it('points one specifier at a micro-frontend’s dev server, allowing that server to serve scripts', async () => {
    const overrides = join(root, 'importmap.overrides.json');
    await writeFile(overrides, JSON.stringify({ imports: { '@mpa/centres': 'http://127.0.0.1:5173/src/centres.tsx' } }));
    const dev = await startPortal({ port: 0, gatewayUrl, packages, indexHtml: join(root, 'root-config', 'dist', 'index.html'), overrides });
    try {
      const res = await fetch(`${dev.url}/`);
      const { map } = importMapOf(await res.text());
      expect(map.imports['@mpa/centres']).toBe('http://127.0.0.1:5173/src/centres.tsx');
      expect(map.imports['react']).toBe('/static/shared-deps/react-DhFwUnOq.js');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' http:\/\/127\.0\.0\.1:5173;/);
      expect(csp).toContain("connect-src 'self' http://127.0.0.1:5173 ws://127.0.0.1:5173;");
    } finally {
      await dev.close();
    }
  });

  it('changes nothing without an overrides file, and never takes a script from elsewhere than http(s)', async () => {
    const dev = await startPortal({ port: 0, gatewayUrl, packages, indexHtml: join(root, 'root-config', 'dist', 'index.html'), overrides: join(root, 'none.json') });
    try {
      const res = await fetch(`${dev.url}/`);
      expect(importMapOf(await res.text()).map.imports['@mpa/centres']).toBe('/static/centres/centres-DQ0n8wMY.js');
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self';");
    } finally {
      await dev.close();
    }
    const bad = join(root, 'bad-overrides.json');
    await writeFile(bad, JSON.stringify({ imports: { '@mpa/centres': 'data:text/javascript,alert(1)' } }));
    await expect(readOverrides(bad)).rejects.toThrow(/must point at an http\(s\) URL/);
  });

  it('is off in production: the portal only reads overrides when given the file', async () => {
    const { map } = importMapOf(await (await fetch(`${portal.url}/`)).text());
    expect(Object.values(map.imports).every((url) => url.startsWith('/static/'))).toBe(true);
  });
});
