// What the lint scripts share: the TypeScript files under a folder, and where a relative import
// specifier points.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Returns every .ts and .tsx file under `dir`, depth first. */
export function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

/** Returns the file a relative specifier in `file` names (the bare path when none exists), or null for a package. */
export function resolveImport(file, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(file), spec);
  for (const ext of ['.ts', '.tsx', '/index.ts', ''])
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return base;
}
