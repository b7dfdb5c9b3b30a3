// After `vite build`: the gzip size of each entry the budgets in DESIGN.md name, counting a chunk
// with the static imports it pulls in that the headless page has not loaded already. Fails the
// build when a budget is exceeded, and when dist/index.html refers to a file by an absolute path
// (the build must work from any static host, also under a sub-path).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const KB = 1024;
const budgets = [
  { name: 'headless entry', src: 'index.html', budget: 6 * KB },
  { name: 'guard', src: 'src/guard/entry.ts', budget: 25 * KB },
  { name: 'panel', src: 'src/panel/mount.ts', budget: 45 * KB },
  { name: 'practice board', src: 'src/practice/mount.ts', budget: null },
];

const gz = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const cssOf = (keys) => [...keys].flatMap((k) => manifest[k]?.css ?? []);

const headless = closure('index.html');
let over = 0;
console.log('\nchunk             files  js gzip   css gzip   budget');
for (const { name, src, budget } of budgets) {
  if (!manifest[src]) {
    console.log(`${name.padEnd(17)} (not built yet)`);
    continue;
  }
  const keys = src === 'index.html' ? headless : [...closure(src)].filter((k) => !headless.has(k));
  const js = [...keys].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const css = [...new Set(cssOf(keys))].filter((f) => existsSync(new URL(f, dist)));
  const cssSize = css.reduce((sum, f) => sum + gz(f), 0);
  const ok = budget === null || js <= budget;
  if (!ok) over++;
  console.log(
    `${name.padEnd(17)} ${String(keys.length ?? keys.size).padStart(5)}  ${(js / KB).toFixed(2).padStart(6)} KB  ${(cssSize / KB).toFixed(2).padStart(6)} KB   ${budget === null ? 'none' : (budget / KB).toFixed(0) + ' KB'}${ok ? '' : '  OVER BUDGET'}`,
  );
}

// The guard every board user loads marks nothing (marking is the panel's): none of marks.ts's
// own texts may be in its chunks.
const MARKING = ['Markeren lukte niet', 'Marking did not work'];
const guardKeys = [...closure('src/guard/entry.ts')].filter((k) => !headless.has(k));
const marking = guardKeys.filter((k) =>
  MARKING.some((t) => readFileSync(new URL(manifest[k].file, dist), 'utf8').includes(t)),
);
console.log(
  marking.length
    ? `guard: marking code in ${marking.join(', ')}`
    : `guard: no marking code in its ${guardKeys.length} files`,
);

// `base: './'` in vite.config.ts: every local reference in index.html starts with './'.
const html = readFileSync(new URL('index.html', dist), 'utf8');
const absolute = [
  ...html.matchAll(/\b(?:src|href)\s*=\s*["']?(\/(?!\/)[^"'\s>]*)/g),
  ...html.matchAll(/["'(\s=](\/assets\/[^"'\s)>]*)/g),
].map((m) => m[1]);
const paths = [...new Set(absolute)];
for (const path of paths) {
  console.error(`size: dist/index.html refers to ${path} by an absolute path`);
}
if (paths.length) {
  console.error(
    `size: use relative paths (base: './' in vite.config.ts) so the app runs under a sub-path`,
  );
}
if (over) console.error(`size: ${over} chunk(s) over budget`);
if (marking.length) console.error('size: the guard chunk holds marking code');
if (over || paths.length || marking.length) process.exit(1);
