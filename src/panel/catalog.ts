// The catalog as the panel's first screen needs it, without zod: the built-in methods and the
// recommender. Checking a custom method (zod) loads lazily on import, keeping the panel chunk small.
import { builtinMethod, builtinMethods } from '../catalog/lookup';
import { recommend } from '../catalog/recommend';
import type { Recommendation, RecommendInput } from '../catalog/recommend';
import type { Problem } from '../catalog/custom';
import type { Method } from '../catalog/schema';
import type { Lang } from '../i18n/i18n';

/** Returns the built-in or custom method with this id; pure. */
export function findMethod(customs: readonly Method[], id: string | null): Method | undefined {
  if (!id) return undefined;
  return builtinMethod(id) ?? customs.find((m) => m.id === id);
}

/** Returns true for a built-in method id; pure. */
export const isBuiltin = (id: string) => builtinMethods.some((m) => m.id === id);

/** Returns the methods ranked for the answers, customs included, with their recommendation; pure. */
export function ranked(
  input: RecommendInput,
  customs: readonly Method[],
): { method: Method; rec: Recommendation; custom: boolean }[] {
  const all = [...builtinMethods, ...customs];
  return recommend(input, all).flatMap((rec) => {
    const method = all.find((m) => m.id === rec.methodId);
    return method ? [{ method, rec, custom: !isBuiltin(method.id) }] : [];
  });
}

export type ImportResult = { ok: true; method: Method } | { ok: false; problems: Problem[] };

/** Returns the checked custom method, or every problem with its path (loads the checker lazily). */
export async function checkCustom(
  text: string,
  customs: readonly Method[],
  lang: Lang,
): Promise<ImportResult> {
  const { createCatalog, parseCustomMethod } = await import('../catalog/custom');
  const parsed = parseCustomMethod(text, lang);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return createCatalog(builtinMethods, customs).add(parsed.method);
}
