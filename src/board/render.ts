// The visuals of region states, applied through the SDK via the item cache. Rendering sets target
// states (never toggles), so running it twice is harmless. A region change costs one frame sync,
// plus creating (2 calls) or removing (1 call) a cover when showContent cannot be used; the phase
// track costs two syncs and the step card one. Nothing here reads the whole board.
import type { Method, RegionId } from '../catalog/schema';
import { stepContent } from '../layout/chrome';
import { META_KEY } from '../layout/meta';
import { paragraphs, strong } from '../layout/text';
import { escapeHtml } from '../shared/html';
import type { BoardLike, FrameItem, ShapeItem } from '../miro/types';
import { holders, namesOf } from '../session/people';
import { stagesOf } from '../session/resolved';
import type { SessionState } from '../session/state';
import type { IdCache, TemplateIds } from './render-ids';
import { settledPool } from './render-ids';
import { classifyError, isNotFoundError } from '../miro/retry';
import type { RegionVisual } from './render-visual';
import type { Lang } from '../shared/text';
import {
  COVER_TEXT,
  ENDED_CARD,
  FILL,
  HIGHLIGHT,
  coverKey,
  frameKey,
  stepKey,
  trackKey,
} from './render-visual';

export interface RenderCtx {
  board: BoardLike;
  method: Method;
  sessionId: string;
  /** The language the template was written in. */
  lang: Lang;
  ids: TemplateIds;
  cache: IdCache;
}

/** A template item the map does not know: the template needs repairing (thrown, caught by the controller). */
export class MissingTemplateItem extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`Template item ${key} is not in the template map`);
    this.name = 'MissingTemplateItem';
    this.key = key;
  }
}

export interface Renderer {
  /** Fetches every frame and card a phase change may touch, once (O(regions + phases) calls). */
  prepare(): Promise<void>;
  region(region: RegionId, visual: RegionVisual): Promise<void>;
  /** Highlights card `index` and unhighlights the `previous` ones (one sync each). */
  highlight(index: number, previous: readonly number[]): Promise<void>;
  step(content: string): Promise<void>;
  frameOf(region: RegionId): Promise<FrameItem>;
  /** Whether Frame.showContent may be changed here: null until a hidden region tried it. */
  readonly showContent: boolean | null;
}

/** Returns true for an error worth trying again (any not known to be permanent); pure. */
export function isTransient(error: unknown): boolean {
  return classifyError(error) !== 'permanent';
}

/**
 * Returns the step card content: number, title, instruction, spoken rule, who speaks, stage; once
 * the session has ended, that it has; pure.
 */
export function stepCardContent(method: Method, state: SessionState, lang: Lang): string {
  if (state.status === 'ended')
    return paragraphs(strong(ENDED_CARD[lang].head), escapeHtml(ENDED_CARD[lang].body));
  const phase = method.phases[state.phaseIndex];
  if (!phase) return '';
  const roles = phase.speaks.map(
    (id) => method.roles.find((r) => r.id === id)?.name[lang].toLowerCase() ?? id,
  );
  const people = namesOf(state, holders(method, state, phase.speaks));
  const who = people.length ? `${people.join(', ')} (${roles.join(', ')})` : roles.join(', ');
  const stages = stagesOf(phase);
  const stage =
    stages > 1
      ? lang === 'nl'
        ? `Deel ${state.stage + 1} van ${stages}`
        : `Part ${state.stage + 1} of ${stages}`
      : undefined;
  const speaks = who ? `${lang === 'nl' ? 'Aan het woord' : 'Speaking'}: ${who}` : undefined;
  return (
    stepContent(method, state.phaseIndex, lang) +
    paragraphs(stage && escapeHtml(stage), speaks && escapeHtml(speaks))
  );
}

/** Returns a renderer over the board; it mutates only board items and `ctx.ids` (covers). */
export function createRenderer(ctx: RenderCtx): Renderer {
  const { board, method, ids, cache } = ctx;
  let showContent: boolean | null = null;
  let prepared: Promise<void> | null = null;

  const item = async <T>(key: string): Promise<T> => {
    const id = ids.get(key);
    if (!id) throw new MissingTemplateItem(key);
    return (await cache.get(id)) as T;
  };
  const frameOf = (region: RegionId) => item<FrameItem>(frameKey(method.id, region));

  const addCover = async (region: RegionId, frame: FrameItem) => {
    const key = coverKey(method.id, region);
    const cover = await board.createShape({
      x: frame.x,
      y: frame.y,
      width: frame.width,
      height: frame.height,
      shape: 'rectangle',
      content: `<p><strong>${escapeHtml(COVER_TEXT[ctx.lang])}</strong></p>`,
      style: {
        fillColor: FILL.hidden,
        fillOpacity: 1,
        color: '#1a1a1a',
        fontSize: 36,
        textAlign: 'center',
        textAlignVertical: 'middle',
        borderColor: '#8a8fa3',
        borderWidth: 2,
      },
    });
    ids.set(key, cover.id);
    // Miro is not known to parent an item created over a frame: the cover joins its frame.
    if (cover.parentId !== frame.id) await frame.add(cover);
    await cover.setMetadata(META_KEY, { s: ctx.sessionId, r: region, k: key });
  };
  const dropCover = async (region: RegionId) => {
    const key = coverKey(method.id, region);
    const id = ids.get(key);
    if (!id) return;
    try {
      await board.remove({ id, type: 'shape' });
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
    }
    ids.delete(key);
    cache.forget(id);
  };

  const region = async (id: RegionId, v: RegionVisual) => {
    const frame = await frameOf(id);
    frame.title = v.title;
    frame.style = { ...frame.style, fillColor: v.fill };
    const hasCover = ids.get(coverKey(method.id, id)) !== undefined;
    if (v.covered && !hasCover && showContent !== false) {
      frame.showContent = false;
      try {
        await frame.sync();
        showContent = true;
        return;
      } catch (error) {
        frame.showContent = true;
        if (isTransient(error)) throw error;
        showContent = false; // only owners on Enterprise may hide frames: cover instead from now on
      }
    }
    if (!v.covered) frame.showContent = true;
    const sync = frame.sync();
    const cover = v.covered && !hasCover ? addCover(id, frame) : v.covered ? null : dropCover(id);
    const done = await Promise.allSettled([sync, ...(cover ? [cover] : [])]);
    const failed = done.find((d) => d.status === 'rejected');
    if (failed) throw failed.reason;
  };

  const paint = async (key: string, fillColor: string) => {
    const card = await item<ShapeItem>(key);
    card.style = { ...card.style, fillColor };
    await card.sync();
  };

  return {
    prepare() {
      const keys = [
        ...method.regions.map((r) => frameKey(method.id, r.id)),
        ...method.phases.map((_, i) => trackKey(method, i)),
        stepKey(method.id),
      ];
      prepared ??= settledPool(keys, 8, (key) => item(key)).then((results) => {
        if (results.some((r) => r.status === 'rejected')) prepared = null;
      });
      return prepared;
    },
    region,
    async highlight(index, previous) {
      const others = [...new Set(previous)].filter((i) => i !== index);
      const jobs = [
        paint(trackKey(method, index), HIGHLIGHT.current),
        ...others.map((i) => paint(trackKey(method, i), HIGHLIGHT.other)),
      ];
      const done = await Promise.allSettled(jobs);
      const failed = done.find((d) => d.status === 'rejected');
      if (failed) throw failed.reason;
    },
    async step(content) {
      const card = await item<ShapeItem>(stepKey(method.id));
      card.content = content;
      await card.sync();
    },
    frameOf,
    get showContent() {
      return showContent;
    },
  };
}
