// Custom methods: parse a facilitator's JSON into a Method with every problem named, export, and a catalog.
import { t } from './build';
import { CheckedMethod, checkMethod } from './check';
import { jsonErrorAt } from './json-position';
import { describeIssue, formatPath } from './messages';
import type { Problem } from './messages';
import type { Method } from './schema';
import type { Lang } from '../shared/text';

export type { Problem } from './messages';
export type CustomResult = { ok: true; method: Method } | { ok: false; problems: Problem[] };

const MAX_CHARS = 200_000;

function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > MAX_CHARS)
    return fail(
      'too-large',
      t(
        'Het bestand is te groot (meer dan 200.000 tekens).',
        'The file is too large (over 200,000 characters).',
      ),
    );
  const at = jsonErrorAt(text);
  if (!at) return { ok: true, value: JSON.parse(text) as unknown };
  const where = `regel ${at.line}, kolom ${at.column}`;
  return fail(
    'invalid-json',
    t(
      `Geen geldige JSON: fout bij ${where} (teken ${at.offset}). Let op komma’s, haakjes en aanhalingstekens.`,
      `Not valid JSON: error at line ${at.line}, column ${at.column} (character ${at.offset}). Check commas, brackets and quotes.`,
    ),
  );
}

function fail(code: string, message: Problem['message']): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ path: '(top)', code, message }] };
}

/** Returns the method from JSON text or a plain value, or every problem with its path; pure. `lang` orders nothing but picks `text`. */
export function parseCustomMethod(
  json: string | unknown,
  lang: Lang = 'nl',
): CustomResult & { text?: string[] } {
  let value: unknown = json;
  if (typeof json === 'string') {
    const parsed = parseJson(json);
    if (!parsed.ok)
      return { ...parsed, text: parsed.problems.map((p) => `${p.path}: ${p.message[lang]}`) };
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const r = fail(
      'not-object',
      t('Een methode is een JSON-object { … }.', 'A method is a JSON object { … }.'),
    );
    return { ...r, text: r.problems.map((p) => `${p.path}: ${p.message[lang]}`) };
  }
  const r = CheckedMethod.safeParse(value, { reportInput: true });
  if (r.success) return { ok: true, method: r.data };
  const problems = r.error.issues.flatMap(describeIssue);
  return { ok: false, problems, text: problems.map((p) => `${p.path}: ${p.message[lang]}`) };
}

/** Returns the method as pretty JSON that parses back to an equal method; pure. */
export function exportMethod(method: Method): string {
  return JSON.stringify(method, null, 2) + '\n';
}

export type Catalog = {
  all(): Method[];
  byId(id: string): Method | undefined;
  /** Adds or replaces a custom method; refuses a clash with a built-in id. Mutates the catalog. */
  add(method: Method): CustomResult;
  /** Custom methods createCatalog refused, with their problems. */
  refused: { methodId: string; problems: Problem[] }[];
};

/** Returns a new catalog of the built-ins plus the valid custom methods; it mutates only itself on add. */
export function createCatalog(builtIn: readonly Method[], custom: readonly Method[] = []): Catalog {
  const builtInIds = new Set(builtIn.map((m) => m.id));
  const extra = new Map<string, Method>();
  const catalog: Catalog = {
    all: () => [...builtIn, ...extra.values()],
    byId: (id) => builtIn.find((m) => m.id === id) ?? extra.get(id),
    add(method) {
      if (builtInIds.has(method.id)) {
        return {
          ok: false,
          problems: [
            {
              path: 'id',
              code: 'id-clash',
              message: t(
                `De id "${method.id}" is al van een ingebouwde methode; kies een andere.`,
                `The id "${method.id}" belongs to a built-in method; choose another.`,
              ),
            },
          ],
        };
      }
      const issues = checkMethod(method);
      if (issues.length > 0) {
        const problems = issues.flatMap((p) =>
          describeIssue({
            code: 'custom',
            message: p.code,
            path: p.path,
            params: p.params,
            input: method,
          }),
        );
        return { ok: false, problems };
      }
      extra.set(method.id, method);
      return { ok: true, method };
    },
    refused: [],
  };
  for (const m of custom) {
    const r = catalog.add(m);
    if (!r.ok) catalog.refused.push({ methodId: m.id, problems: r.problems });
  }
  return catalog;
}

export { formatPath };
