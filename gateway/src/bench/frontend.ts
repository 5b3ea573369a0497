// The portal as a user meets it: each package's gzip size from its build, and cold loads in
// Chromium (a fresh browser context each time: empty cache, no service worker) timed from the
// navigation's start to the first rendered centre list and to an interactive registration form.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

/** The portal's micro-frontends (one per service area; the target applies to each), then the shared modules. */
export const MICRO_FRONTENDS = ['centres', 'registration', 'assistance', 'protection', 'awareness', 'returns', 'dashboard'] as const;
export const SHARED_MODULES = ['shared-deps', 'root-config', 'auth', 'i18n', 'graphql', 'ui'] as const;

export interface BundleSize {
  name: string;
  microFrontend: boolean;
  files: number;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of the JavaScript and CSS each package's `dist/` serves (gzip at zlib's default level, as a server sends it). */
export async function bundleSizes(frontendsDir: string): Promise<BundleSize[]> {
  const out: BundleSize[] = [];
  for (const name of [...MICRO_FRONTENDS, ...SHARED_MODULES]) {
    const dist = join(frontendsDir, name, 'dist');
    if (!existsSync(dist)) continue;
    const files = (await readdir(dist, { recursive: true })).filter((f) => /\.(js|css)$/.test(f));
    let bytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = await readFile(join(dist, file));
      bytes += content.length;
      gzipBytes += gzipSync(content).length;
    }
    out.push({ name, microFrontend: (MICRO_FRONTENDS as readonly string[]).includes(name), files: files.length, bytes, gzipBytes });
  }
  return out;
}

export interface LoadTimings {
  /** Milliseconds from navigation start, one per cold load. */
  centreList: number[];
  registrationForm: number[];
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Signs in through the portal's login (as the page does) and returns what the page keeps in sessionStorage. */
async function sessionFor(portalUrl: string, username: string): Promise<string> {
  const res = await fetch(new URL('/auth/login', portalUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  const body = (await res.json()) as { token: string; expiresIn: number; user: unknown };
  return JSON.stringify({ token: body.token, user: body.user, expiresAt: Date.now() + body.expiresIn * 1000 });
}

/** Time since the page's navigation started, read in the page. */
const sinceNavigation = (page: Page) => page.evaluate(() => performance.now());

/**
 * `runs` cold loads of each: a coordinator opening the portal (the centres' caseload table with
 * its rows) and a Bossaso caseworker opening the registration form (typing into it works).
 */
export async function portalLoadTimings(portalUrl: string, runs: number): Promise<LoadTimings> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const timings: LoadTimings = { centreList: [], registrationForm: [] };
  try {
    const sessions = { coordinator: await sessionFor(portalUrl, 'coordinator'), caseworker: await sessionFor(portalUrl, 'caseworker@bossaso') };
    const coldPage = async (session: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // Signed in already (as after a sign-in in an earlier tab of the same session): the load itself is timed.
      await context.addInitScript((value) => sessionStorage.setItem('mpa.session', value), session);
      return { context, page: await context.newPage() };
    };
    for (let run = 0; run < runs; run++) {
      {
        const { context, page } = await coldPage(sessions.coordinator);
        await page.goto(portalUrl, { waitUntil: 'commit' });
        await page.getByRole('table', { name: /Caseload of each centre/ }).locator('tbody tr').first().waitFor({ timeout: 60_000 });
        timings.centreList.push(await sinceNavigation(page));
        await context.close();
      }
      {
        const { context, page } = await coldPage(sessions.caseworker);
        await page.goto(new URL('/registration/new', portalUrl).href, { waitUntil: 'commit' });
        const givenName = page.getByRole('textbox', { name: /Given name/ });
        await givenName.waitFor({ timeout: 60_000 });
        await page.getByRole('button', { name: 'Register', exact: true }).waitFor();
        const at = await sinceNavigation(page);
        // Interactive: the field takes input (React has mounted and handles events).
        await givenName.fill('Hodan');
        if ((await givenName.inputValue()) !== 'Hodan') throw new Error('the registration form did not take input');
        timings.registrationForm.push(at);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return timings;
}
