// The public face of the catalog, for src/api.ts: all methods, lookup, recommender, custom methods.
import { builtinMethod, builtinMethods } from './lookup';
import { createCatalog, exportMethod, parseCustomMethod } from './custom';
import type { Catalog, CustomResult } from './custom';
import { recommend } from './recommend';
import type { Recommendation, RecommendInput } from './recommend';
import type { Method } from './schema';
import type { Lang } from '../shared/text';

/** Every built-in method: the first meeting, then the twelve in the source's order. */
export const allMethods: readonly Method[] = builtinMethods;

export type MethodsApi = {
  all: readonly Method[];
  byId(id: string): Method | undefined;
  recommend(
    input: RecommendInput,
    history?: readonly string[],
    catalog?: readonly Method[],
  ): Recommendation[];
  parseCustom(json: string | unknown, lang?: Lang): CustomResult;
  exportJson(method: Method): string;
  createCatalog(custom?: readonly Method[]): Catalog;
};

export const methods: MethodsApi = {
  all: allMethods,
  byId: builtinMethod,
  recommend: (input, history = [], catalog = allMethods) => recommend(input, catalog, history),
  parseCustom: (json, lang) => parseCustomMethod(json, lang),
  exportJson: exportMethod,
  createCatalog: (custom = []) => createCatalog(allMethods, custom),
};
