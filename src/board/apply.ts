// applyBlueprint: puts a blueprint on the board, tags every item with its metadata and keeps
// the TemplateMap in storage, so a failed run can be run again without duplicates.
// Calls on a fresh run: storage.get ‖ viewport.get, findEmptySpace, storage.set, then per item
// create + setMetadata (frames first; children are created at board coordinates inside their
// frame, which Miro attaches them to, so no frame.add), one createTag per tag, a storage.set
// checkpoint every CHECKPOINT items and a final storage.set.
import type { Blueprint, PlacedRecord, TagRecord } from '../layout/blueprint';
import { isPlaced } from '../layout/blueprint';
import { blueprintBounds } from '../layout/geometry';
import { META_KEY, itemMeta } from '../layout/meta';
import type { BoardItem, FrameItem, MiroLike, TagItem } from '../miro/types';
import { adoptExisting } from './adopt';
import { boardError, errorFrom } from './messages';
import type { UserError } from '../shared/errors';
import { dependencies } from './plan';
import { createKindOf, createRecord, type Point } from './props';
import { createRunner, type Runner, type RunnerOptions } from './runner';
import { fingerprint } from './fingerprint';
import { mayBeWritten } from './written';
import { tagMaker } from './tags';
import { blueprintVersion, emptyMap, readMap, writeMap, type TemplateMap } from './template-map';

/** Items done between two checkpoint writes of the map. */
export const CHECKPOINT = 64;
/** Clearance kept around the template by findEmptySpace. */
export const MARGIN = 200;

export interface ApplyOptions extends RunnerOptions {
  /** Board position of the blueprint's (0, 0); default: empty space near the viewport. */
  origin?: Point;
  onProgress?: (done: number, total: number) => void;
}

export type ApplyResult =
  | { ok: true; map: TemplateMap; frames: FrameItem[] }
  | { ok: false; map: TemplateMap; error: UserError; done: number; total: number };

/** Returns the top-left board position of empty space for the blueprint near the viewport. */
async function findOrigin(
  miro: MiroLike,
  runner: Runner,
  bp: Blueprint,
  viewport: Promise<unknown>,
) {
  const vp = (await viewport) as { x: number; y: number; width: number; height: number };
  const b = blueprintBounds(bp);
  const width = Math.max(1, b.width);
  const height = Math.max(1, b.height);
  const want = { x: vp.x + vp.width / 2, y: vp.y + vp.height / 2, width, height, offset: MARGIN };
  const rect = await runner.call('findEmptySpace', () => miro.board.findEmptySpace(want));
  // findEmptySpace gives the centre of the free rect [unverified against a live board].
  return { x: Math.round(rect.x - width / 2 - b.left), y: Math.round(rect.y - height / 2 - b.top) };
}

/** Puts the blueprint on the board (mutates the board and storage); never throws for SDK errors. */
export async function applyBlueprint(
  miro: MiroLike,
  bp: Blueprint,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const { board } = miro;
  const runner = createRunner(options);
  const total = bp.records.length;
  let map = emptyMap(bp, options.origin ?? { x: 0, y: 0 });
  const doneCount = () => bp.records.filter((r) => r.key in map.items).length;
  const fail = (error: UserError): ApplyResult => ({
    ok: false,
    map,
    error,
    done: doneCount(),
    total,
  });

  try {
    const viewport = options.origin
      ? undefined
      : runner.call('viewport.get', () => board.viewport.get());
    viewport?.catch(() => undefined);
    const saved = await runner.call('storage.get', () => readMap(board, bp.sessionId));
    if (saved && saved.blueprintVersion !== blueprintVersion(bp)) {
      map = saved;
      return fail(boardError('template-changed'));
    }
    if (saved) map = saved;
    else {
      if (viewport) map.origin = await findOrigin(miro, runner, bp, viewport);
      await runner.call('storage.set', () => writeMap(board, map));
    }
    if (saved?.complete) {
      options.onProgress?.(total, total);
      return { ok: true, map, frames: [] };
    }
    const found = saved ? await adoptExisting(board, runner, bp, map) : undefined;
    const known = found?.adopted ?? new Map<string, BoardItem>();
    return await build(miro, runner, bp, map, known, found?.tags, options, fail);
  } catch (error) {
    return fail(errorFrom(error));
  }
}

async function build(
  miro: MiroLike,
  runner: Runner,
  bp: Blueprint,
  map: TemplateMap,
  known: Map<string, BoardItem>,
  tags: TagItem[] | undefined,
  options: ApplyOptions,
  fail: (error: UserError) => ApplyResult,
): Promise<ApplyResult> {
  const { board } = miro;
  const total = bp.records.length;
  const deps = dependencies(bp);
  const created = new Map<string, Promise<BoardItem | string>>();
  let done = bp.records.filter((r) => r.key in map.items).length;
  let firstError: unknown;
  let sinceSave = 0;
  let saving: Promise<void> = Promise.resolve();
  options.onProgress?.(done, total);

  const finish = (key: string, id: string) => {
    map.items[key] = id;
    done += 1;
    options.onProgress?.(done, total);
    if (++sinceSave >= CHECKPOINT) {
      sinceSave = 0;
      const snapshot = { ...map, items: { ...map.items } };
      // Checkpoints are best effort: the final write and the resume scan cover a lost one.
      saving = saving.then(() =>
        runner.call('storage.set', () => writeMap(board, snapshot)).catch(() => undefined),
      );
    }
  };
  const stop = (error: unknown) => {
    if (firstError === undefined && (error as Error)?.name !== 'AbortedError') firstError = error;
    runner.abort(error);
    throw error;
  };

  const placeRecord = async (r: PlacedRecord): Promise<BoardItem> => {
    const before = await Promise.all((deps.get(r.key) ?? []).map((k) => created.get(k)));
    const item = await runner.call(createKindOf(r), () => createRecord(board, r, map.origin));
    const frame = r.parent ? before[0] : undefined;
    // Miro attaches an item created inside a frame; re-attach when another frame took it.
    if (frame && typeof frame === 'object' && frame.type === 'frame' && item.parentId !== frame.id)
      await runner.call('frame.add', () => frame.add(item));
    return item;
  };
  const makeTag = tagMaker(board, runner, tags);
  const tasks: Promise<unknown>[] = [];
  for (const r of bp.records) {
    const id = map.items[r.key];
    if (id !== undefined) {
      created.set(r.key, Promise.resolve(known.get(r.key) ?? id));
      continue;
    }
    if (!isPlaced(r)) {
      tasks.push(makeTag(r as TagRecord).then((tagId) => finish(r.key, tagId), stop));
      continue;
    }
    const made = placeRecord(r);
    created.set(r.key, made);
    made.catch(() => undefined);
    tasks.push(
      made
        .then(async (item) => {
          known.set(r.key, item);
          await runner.call('setMetadata', () =>
            item.setMetadata(META_KEY, { ...itemMeta(r, bp.sessionId) }),
          );
          // What the app wrote, hashed: removal later tells a participant's text from ours.
          if ('content' in r && mayBeWritten(item.type, r.key))
            (map.hashes ??= {})[r.key] = fingerprint(r.content);
          finish(r.key, item.id);
        })
        .catch(stop),
    );
  }
  await Promise.allSettled(tasks);
  await saving;
  if (firstError !== undefined || done < total) {
    map.complete = false;
    await createRunner({ ...options, retries: 2 })
      .call('storage.set', () => writeMap(board, map))
      .catch(() => undefined);
    return fail(errorFrom(firstError));
  }
  map.complete = true;
  try {
    await runner.call('storage.set', () => writeMap(board, map));
  } catch (error) {
    map.complete = false;
    return fail(errorFrom(error));
  }
  const frames = map.frames
    .map((k) => known.get(k))
    .filter((f): f is FrameItem => f?.type === 'frame');
  return { ok: true, map, frames };
}
