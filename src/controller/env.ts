// The acting client's effect environment: the TemplateMap (given, or read from storage on the
// first render), the renderer over it, and where new covers are saved.
import { createRenderer } from '../board/render';
import type { IdCache } from '../board/render-ids';
import { createTemplateIds } from '../board/render-ids';
import type { Lang } from '../shared/text';
import { mapKey } from '../board/template-map';
import type { Method } from '../catalog/schema';
import type { BoardLike, Json } from '../miro/types';
import { COLLECTION } from '../session/store';
import type { EffectEnv } from './effects';
import type { BoardTimer } from './timer';

export interface EnvParts {
  board: BoardLike;
  method: Method;
  sessionId: string;
  lang: Lang;
  selfId: string;
  /** The TemplateMap when known; else it is read from storage `template:<sessionId>`. */
  template?: unknown;
  cache: IdCache;
  timer: BoardTimer;
  highlighted: Set<number>;
  emit: EffectEnv['emit'];
  fragment: EffectEnv['fragment'];
}

/** Returns the effect environment, reading the TemplateMap when it was not given (one storage.get). */
export async function loadEnv(parts: EnvParts): Promise<EffectEnv> {
  const { board, method, sessionId, lang, cache } = parts;
  const collection = board.storage.collection(COLLECTION);
  const stored = parts.template ?? (await collection.get(mapKey(sessionId)));
  const ids = createTemplateIds(stored);
  // Another facilitator's client may add or remove covers: follow the stored map (no calls).
  void collection.onValue(mapKey(sessionId), (value) => ids.reload(value));
  const renderer = createRenderer({ board, method, sessionId, lang, ids, cache });
  return {
    board,
    method,
    lang,
    selfId: parts.selfId,
    renderer,
    ids,
    timer: parts.timer,
    highlighted: parts.highlighted,
    saveIds: () => collection.set(mapKey(sessionId), ids.toStored() as Json),
    emit: parts.emit,
    fragment: parts.fragment,
  };
}
