// What every browser test shares: the whole hub (PostgreSQL, the four subgraphs and the gateway
// with demo data, startTestHub), this portal server in front, and Debian's Chromium driven by
// playwright-core. A test file calls `useBrowserHub()` once at the top of its `describe`.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestHub, type TestHub, type TestHubOptions } from '@mpa/gateway/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPortal, type RunningPortal } from '../src/server.js';

const executablePath = '/usr/bin/chromium';
const hint = 'Chromium not found: apt-get install -y --no-install-recommends chromium';
/** True when Chromium is not installed: the suite is skipped (`describe.skipIf(chromiumMissing)`). */
export const chromiumMissing = !existsSync(executablePath);
// CI must run the browser tests; a developer without Chromium gets told how to get it.
if (chromiumMissing && process.env['CI'] === 'true') throw new Error(hint);
if (chromiumMissing) console.warn(hint);

/** A suite's title, saying why it was skipped when it was. */
export const browserSuite = (title: string): string => `${title} in Chromium${chromiumMissing ? ` (skipped: ${hint})` : ''}`;

/** Where the browser tests leave their screenshots (a CI artefact). */
export const screenshots = join(import.meta.dirname, '..', 'test-results');

export interface BrowserHub {
  readonly hub: TestHub;
  readonly portal: RunningPortal;
  readonly browser: Browser;
  /** The suite's page (one browser context; `newPage()` opens another, signed out). */
  readonly page: Page;
  /** Messages of uncaught page errors and console errors since the suite started (clear with `length = 0`). */
  readonly pageErrors: string[];
  /** A fresh context and page: another person at another desk. */
  newPage(): Promise<Page>;
  /** Signs in on the page (the suite's by default) with a demo user, password `demo`. */
  signInAs(username: string, on?: Page): Promise<void>;
  /** Saves a full-page screenshot as test-results/<name>.png. */
  screenshot(name: string, on?: Page): Promise<void>;
}

/**
 * Starts the hub, the portal and Chromium before the suite and stops them after it. The returned
 * object's fields are filled in `beforeAll`: read them inside tests, not at collection time.
 */
export function useBrowserHub(options: TestHubOptions = {}): BrowserHub {
  const contexts: BrowserContext[] = [];
  const state = { pageErrors: [] as string[] } as { -readonly [K in keyof BrowserHub]: BrowserHub[K] };

  const openPage = async (): Promise<Page> => {
    const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => state.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') state.pageErrors.push(message.text());
    });
    return page;
  };

  beforeAll(async () => {
    await mkdir(screenshots, { recursive: true });
    state.hub = await startTestHub(options);
    state.portal = await startPortal({ port: 0, gatewayUrl: state.hub.gatewayUrl });
    // launch() starts Chromium with a new, empty profile of its own (and refuses --user-data-dir).
    state.browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    state.page = await openPage();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await state.browser?.close();
    await state.portal?.close();
    await state.hub?.stop();
  }, 60_000);

  state.newPage = openPage;
  state.signInAs = async (username, on = state.page) => {
    await on.goto(state.portal.url);
    await on.getByLabel('User name').fill(username);
    await on.getByLabel('Password').fill('demo');
    await on.getByRole('button', { name: 'Sign in' }).click();
    await on.getByRole('button', { name: 'Sign out' }).waitFor();
  };
  state.screenshot = async (name, on = state.page) => {
    await on.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  };
  return state;
}
