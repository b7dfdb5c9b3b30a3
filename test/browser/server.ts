// Shared by the browser tests and `npm run screenshots`: a Vite dev server on a free port and
// Debian's Chromium driven by playwright-core (no browser download).
import { existsSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_MESSAGE = `Browser tests skipped: Chromium not found at ${CHROMIUM} (apt-get install chromium)`;

const root = new URL('../..', import.meta.url).pathname;

/** Resolves with a TCP port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PracticeServer {
  /** The practice board's address; add `?method=…` as needed. */
  url(search?: string): string;
  close(): Promise<void>;
}

/** Starts Vite on a free port; the page is index.html (src/main.ts picks the practice board). */
export async function startServer(): Promise<PracticeServer> {
  const port = await freePort();
  const vite: ViteDevServer = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    clearScreen: false,
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
  });
  await vite.listen();
  // Until src/main.ts is in the tree, a test page mounts the practice board directly.
  const page = existsSync(join(root, 'src/main.ts')) ? '/' : '/test/browser/practice.html';
  return {
    url: (search = '') => `http://127.0.0.1:${port}${page}${search}`,
    close: () => vite.close(),
  };
}

export interface Chromium {
  browser: Browser;
  /** The first context (fresh storage). */
  context: BrowserContext;
  /** Another context with its own, empty storage. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless (a plain launch: a fresh temporary profile); Miro's SDK script is refused. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Chromium> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = async () => {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    // Outside Miro there is no `miro` global: the SDK script must not load (and must not hang).
    await context.route(/miro\.com/, (route) => route.abort());
    return context;
  };
  return {
    browser,
    context: await newContext(),
    newContext,
    async close() {
      await browser.close();
    },
  };
}

/** Opens the practice board at `url` and waits until it is drawn. */
export async function openBoard(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForSelector('[data-practice="ready"]', { timeout: 60_000 });
  return page;
}
