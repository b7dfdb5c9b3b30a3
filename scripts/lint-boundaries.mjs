// Keeps the architecture visible: pure modules import no SDK, UI, clock or randomness, and only
// src/main.ts reads the global `miro`. Prints each violation with its file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const PURE = ['src/catalog', 'src/layout', 'src/session', 'src/record'];
const rules = [
  {
    where: PURE,
    re: /from ['"](preact|@mirohq\/|.*\/(ui|panel|practice|board|guard|miro\/simulator)\/)/,
    why: 'a pure module imports UI, SDK or board code',
  },
  {
    where: PURE,
    re: /\bDate\.now\(|new Date\(\s*\)|Math\.random\(/,
    why: 'a pure module reads the clock or randomness; pass them in',
  },
  {
    where: ['src'],
    except: ['src/main.ts'],
    re: /\b(window|globalThis)\.miro\b|^\s*miro\.board/,
    why: 'only src/main.ts may read the global miro',
  },
];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const problems = [];
for (const file of files(join(root, 'src'))) {
  const rel = relative(root, file);
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const rule of rules) {
    if (!rule.where.some((w) => rel.startsWith(w + '/') || rel === w)) continue;
    if (rule.except?.includes(rel)) continue;
    lines.forEach((line, i) => {
      if (line.trimStart().startsWith('//')) return;
      if (rule.re.test(line)) problems.push(`${rel}:${i + 1}: ${rule.why}\n    ${line.trim()}`);
    });
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} boundary problem(s)`);
  process.exit(1);
}
console.log('lint: module boundaries hold');
