// Keeps the architecture visible, read from the syntax tree (TypeScript's parser):
// - the pure layers (catalog, layout, session, record, shared) import nothing from the shell: not the
//   controller, the app, the board adapter, the guard, the panel, the practice board, the
//   simulator, Preact or Miro's SDK, and read no clock or randomness;
// - only src/main.ts reads the global `miro` (any `globalThis.miro`, `window.miro`, `self.miro`,
//   or a `miro` that no declaration in the file explains).
// `node scripts/lint-boundaries.mjs [--root <dir>]` checks <dir>/src (default: the project).
// Prints each violation with its file and line; exits 1 when there is one.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { resolveImport, sourceFiles } from './source-files.mjs';

const at = process.argv.indexOf('--root');
const root = resolve(at > 0 ? process.argv[at + 1] : new URL('..', import.meta.url).pathname);
const PURE = ['src/catalog', 'src/layout', 'src/session', 'src/record', 'src/shared'];
const SHELL = [
  'src/controller',
  'src/app',
  'src/board',
  'src/guard',
  'src/panel',
  'src/practice',
  'src/miro/simulator',
  'src/reveal',
  'src/main.ts',
  'src/api.ts',
];
const PACKAGES = /^(preact|@preact\/|@mirohq\/)/;
const GLOBALS = new Set(['globalThis', 'window', 'self', 'top', 'parent', 'frames']);

const under = (rel, dirs) => dirs.some((d) => rel === d || rel.startsWith(d + '/'));

/** Returns the project-relative path an import specifier points at (relative specifiers only). */
function target(file, spec) {
  const to = resolveImport(file, spec);
  return to && relative(root, to);
}

/** Returns whether a file declares a binding named `miro` anywhere (param, variable, import). */
function declaresMiro(source) {
  let found = false;
  const visit = (node) => {
    if (found) return;
    const name = node.name;
    // `declare const miro` declares the global: it explains nothing.
    const ambient =
      ts.isVariableDeclaration(node) &&
      ts.isVariableStatement(node.parent?.parent) &&
      (node.parent.parent.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
    const binds =
      !ambient &&
      (ts.isParameter(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node) ||
        ts.isFunctionDeclaration(node)) &&
      name &&
      ts.isIdentifier(name) &&
      name.text === 'miro';
    if (binds) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const strip = (e) => {
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isTypeAssertionExpression(e) ||
    (ts.isSatisfiesExpression && ts.isSatisfiesExpression(e))
  )
    e = e.expression;
  return e;
};

/** Returns whether an identifier names a member or type rather than reading a variable. */
function namesSomethingElse(node) {
  const p = node.parent;
  if (ts.isShorthandPropertyAssignment(p)) return false;
  if (p.name === node || p.propertyName === node) return true;
  return ts.isTypeReferenceNode(p) || ts.isQualifiedName(p) || ts.isTypeQueryNode(p);
}

const problems = [];
for (const file of sourceFiles(join(root, 'src'))) {
  const rel = relative(root, file);
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const report = (node, why) =>
    problems.push(`${rel}:${line(node)}: ${why}\n    ${node.getText(source).split('\n')[0]}`);
  const pure = under(rel, PURE);
  const mainFile = rel === 'src/main.ts';
  const local = declaresMiro(source);

  const checkImport = (node, spec) => {
    if (!pure) return;
    if (PACKAGES.test(spec)) return report(node, 'a pure module imports UI or SDK code');
    const to = target(file, spec);
    if (to && under(to, SHELL))
      report(node, `a pure module imports ${to.split('/').slice(0, 2).join('/')} (the shell)`);
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      checkImport(node, node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      checkImport(node, node.arguments[0].text);
    if (pure && ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'Date.now' || callee === 'Math.random')
        report(node, 'a pure module reads the clock or randomness; pass them in');
    }
    if (pure && ts.isNewExpression(node) && node.expression.getText(source) === 'Date')
      if (!node.arguments || node.arguments.length === 0)
        report(node, 'a pure module reads the clock; pass it in');
    if (!mainFile) {
      const isProp =
        (ts.isPropertyAccessExpression(node) && node.name.text === 'miro') ||
        (ts.isElementAccessExpression(node) &&
          ts.isStringLiteral(node.argumentExpression) &&
          node.argumentExpression.text === 'miro');
      if (isProp) {
        const obj = strip(node.expression);
        if (ts.isIdentifier(obj) && GLOBALS.has(obj.text))
          report(node, 'only src/main.ts may read the global miro');
      }
      // A bare `miro` that nothing in the file declares is the global.
      if (ts.isIdentifier(node) && node.text === 'miro' && !local && !namesSomethingElse(node))
        report(node, 'only src/main.ts may read the global miro');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} boundary problem(s)`);
  process.exit(1);
}
console.log('lint: module boundaries hold');
