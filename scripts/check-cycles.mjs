// Finds circles of value imports in src/ (an `import type` or a type-only specifier list is not a
// value import; a dynamic `import()` is, as it loads the module). A circle makes load order matter
// and drags modules into chunks that do not need them. Prints each circle once; exits 1 on any.
// `node scripts/check-cycles.mjs [--root <dir>]`.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { resolveImport, sourceFiles } from './source-files.mjs';

const at = process.argv.indexOf('--root');
const root = resolve(at > 0 ? process.argv[at + 1] : new URL('..', import.meta.url).pathname);

/** Returns the files a file imports by value, static imports only (dynamic ones split chunks). */
function valueImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out = [];
  for (const node of source.statements) {
    let spec;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (onlyTypes) continue;
      spec = node.moduleSpecifier.text;
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      if (node.isTypeOnly) continue;
      const clause = node.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly))
        continue;
      spec = node.moduleSpecifier.text;
    }
    const to = spec && resolveImport(file, spec);
    if (to && existsSync(to)) out.push(to);
  }
  return out;
}

const graph = new Map(sourceFiles(join(root, 'src')).map((f) => [f, valueImports(f)]));
const circles = new Map();
const state = new Map(); // 1: on the path, 2: done
const path = [];
const walk = (file) => {
  state.set(file, 1);
  path.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 1) {
      const loop = path.slice(path.indexOf(next)).map((f) => relative(root, f));
      const start = loop.indexOf([...loop].sort()[0]);
      const key = [...loop.slice(start), ...loop.slice(0, start)].join(' -> ');
      circles.set(key, true);
    } else if (!state.has(next)) walk(next);
  }
  path.pop();
  state.set(file, 2);
};
for (const file of graph.keys()) if (!state.has(file)) walk(file);

if (circles.size) {
  for (const key of circles.keys()) console.error(`circle: ${key}`);
  console.error(`cycles: ${circles.size} circle(s) of value imports`);
  process.exit(1);
}
console.log(`cycles: no circle of value imports among ${graph.size} modules`);
