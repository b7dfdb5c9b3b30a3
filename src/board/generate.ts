// The public API of template generation.
//
//   generateTemplate(
//     miro: MiroLike,
//     input: { methodId: string } | { method: Method }  &  { participants: Participant[]; options: LayoutOptions },
//     hooks?: ApplyOptions & { zoom?: boolean },   // onProgress(done, total), origin, concurrency, sleep, …
//   ): Promise<ApplyResult>
//
// Lays the method out (layoutMethod), applies the blueprint to the board (applyBlueprint: empty
// space near the viewport, frames first, every item tagged, TemplateMap in storage collection
// the app's collection under `template:<sessionId>`), then zooms the viewport to the template's frames.
// Never throws for board errors: `{ ok: false, error: { code, message: { nl, en } }, done, total }`.
// Running it again with the same session id after a failure completes the template without
// duplicates; running it after success changes nothing.
import { methods } from '../catalog/methods';
import type { Method } from '../catalog/schema';
import type { LayoutOptions, Participant } from '../layout/blueprint';
import { layoutMethod } from '../layout/layout';
import type { FrameItem, MiroLike } from '../miro/types';
import { applyBlueprint, type ApplyOptions, type ApplyResult } from './apply';
import { createItemCache } from './cache';
import { boardError } from './messages';
import { emptyMap } from './template-map';

export type GenerateInput = (
  { methodId: string; method?: undefined } | { method: Method; methodId?: undefined }
) & { participants: Participant[]; options: LayoutOptions };

export type GenerateHooks = ApplyOptions & { zoom?: boolean };

/** Generates a method's template on the board and zooms to it (mutates board, storage, viewport). */
export async function generateTemplate(
  miro: MiroLike,
  input: GenerateInput,
  hooks: GenerateHooks = {},
): Promise<ApplyResult> {
  const method = input.method ?? methods.byId(input.methodId ?? '');
  const stub = () =>
    emptyMap(
      {
        method: input.methodId ?? '',
        sessionId: input.options.sessionId,
        lang: input.options.lang,
        records: [],
      },
      { x: 0, y: 0 },
    );
  if (!method)
    return { ok: false, map: stub(), error: boardError('unknown-method'), done: 0, total: 0 };
  let blueprint;
  try {
    blueprint = layoutMethod(method, input.participants, input.options);
  } catch (error) {
    return {
      ok: false,
      map: stub(),
      error: boardError('layout', (error as Error).message),
      done: 0,
      total: 0,
    };
  }
  const result = await applyBlueprint(miro, blueprint, hooks);
  if (!result.ok || hooks.zoom === false) return result;
  let frames: FrameItem[] = result.frames;
  if (frames.length === 0) {
    const cache = createItemCache(miro, result.map);
    const found = await Promise.all(result.map.frames.map((k) => cache.get(k)));
    frames = found.filter((f): f is FrameItem => f?.type === 'frame');
  }
  // Zooming is a courtesy: a failure here leaves a complete template.
  if (frames.length > 0) await miro.board.viewport.zoomTo(frames).catch(() => undefined);
  return { ...result, frames };
}
