// `npm run screenshots`: a PNG of every catalog method's template for six people, drawn by the
// practice board in Debian's Chromium, fitted, written to screenshots/<method>.png.
import { mkdirSync } from 'node:fs';
import { allMethods } from '../src/catalog/methods';
import {
  hasChromium,
  launchChromium,
  openBoard,
  startServer,
  CHROMIUM,
} from '../test/browser/server';

const WIDTH = 1600;

async function main(): Promise<number> {
  if (!hasChromium) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    return 1;
  }
  mkdirSync('screenshots', { recursive: true });
  const server = await startServer();
  const chrome = await launchChromium({ width: WIDTH, height: 1000 });
  let failed = 0;
  try {
    for (const method of allMethods) {
      const started = Date.now();
      const page = await openBoard(
        chrome.context,
        server.url(`?method=${encodeURIComponent(method.id)}&participants=6&board`),
      );
      const error = await page.getAttribute('[data-practice]', 'data-error');
      // Give the board the template's proportions, so the fitted picture fills it.
      const box = await page.evaluate(() => {
        const b = (document.querySelector('.pb-world') as SVGGraphicsElement).getBBox();
        return { width: b.width, height: b.height };
      });
      const height = Math.round(
        Math.min(2400, Math.max(700, (WIDTH - 64) * (box.height / Math.max(1, box.width)) + 64)),
      );
      await page.setViewportSize({ width: WIDTH, height });
      await page.waitForTimeout(150);
      const path = `screenshots/${method.id}.png`;
      await page.locator('.pb-board').screenshot({ path });
      await page.close();
      if (error) failed += 1;
      console.log(
        `${error ? 'FAILED' : 'ok'}  ${path}  ${Date.now() - started} ms${error ? `  ${error}` : ''}`,
      );
    }
  } finally {
    await chrome.close();
    await server.close();
  }
  console.log(`${allMethods.length - failed} of ${allMethods.length} templates drawn`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
