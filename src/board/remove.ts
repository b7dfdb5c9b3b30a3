// removeTemplate: takes a session's template off the board and keeps every participant's item.
// Only items whose id the TemplateMap holds are removed. Removing a frame removes its children,
// so a frame's other children (participants' items) are first taken out of it: into the parking
// frame, which then stays, or when there is none beside the template. Tags stay: they are the
// board's, and removing one would strip it from participants' stickies.
import type { Blueprint } from '../layout/blueprint';
import { isNotFoundError } from '../miro/retry';
import { isBoardItem, type BoardItem, type FrameItem, type MiroLike } from '../miro/types';
import { boardError, errorFrom } from './messages';
import type { UserError } from '../shared/errors';
import { createRunner, type Runner, type RunnerOptions } from './runner';
import { shelf } from './shelf';
import { deleteMap, readMap, type TemplateMap } from './template-map';
import { originalContents, wasWritten } from './written';

export interface KeptItem {
  id: string;
  type: string;
  /** Region of the frame it was in. */
  from: string;
  to: 'parking' | 'beside';
}

export interface RemoveOptions extends RunnerOptions {
  /** The blueprint the template was made from: then only a changed text counts as written. */
  blueprint?: Blueprint;
}

export type RemoveResult =
  | { ok: true; removed: number; kept: KeptItem[]; keptFrames: string[] }
  | { ok: false; error: UserError; kept: KeptItem[] };

const GAP = 40;
const regionOf = (key: string) => key.split('/')[1] ?? '';

async function fetchItem(
  runner: Runner,
  miro: MiroLike,
  id: string,
): Promise<BoardItem | undefined> {
  try {
    const item = await runner.call('getById', () => miro.board.getById(id));
    return isBoardItem(item) ? item : undefined;
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}

/** Removes the session's template items, keeping participants' items (mutates the board and storage). */
export async function removeTemplate(
  miro: MiroLike,
  sessionId: string,
  options: RemoveOptions = {},
): Promise<RemoveResult> {
  const runner = createRunner(options);
  const kept: KeptItem[] = [];
  try {
    const map = await runner.call('storage.get', () => readMap(miro.board, sessionId));
    if (!map) return { ok: false, error: boardError('no-template'), kept };
    return await removeMapped(miro, runner, map, kept, originalContents(options.blueprint, map));
  } catch (error) {
    return { ok: false, error: errorFrom(error), kept };
  }
}

type Found = { key: string; frame: FrameItem; children: BoardItem[] };
type Guest = { item: BoardItem; frame: FrameItem; key: string };

async function removeMapped(
  miro: MiroLike,
  runner: Runner,
  map: TemplateMap,
  kept: KeptItem[],
  original: Map<string, string> | undefined,
): Promise<RemoveResult> {
  const { board } = miro;
  const ours = new Set(Object.values(map.items));
  const keyOf = new Map(Object.entries(map.items).map(([k, id]) => [id, k]));
  // A participant's item, or a template item someone wrote into: it stays on the board.
  // Once moved, our own sync has overwritten the item's modifiedBy: remember it was kept.
  const keptIds = new Set<string>();
  const keep = (item: BoardItem) =>
    keptIds.has(item.id) ||
    !ours.has(item.id) ||
    wasWritten(item, keyOf.get(item.id) ?? '', original, map.hashes);
  const childrenOf = async (f: FrameItem) =>
    (await runner.call('frame.getChildren', () => f.getChildren())).filter(isBoardItem);
  const drop = async (item: BoardItem) => {
    await runner.call('remove', () => board.remove(item));
    return 1;
  };

  const fetched = await Promise.all(
    map.frames.map(async (key) => ({
      key,
      item: await fetchItem(runner, miro, map.items[key] ?? ''),
    })),
  );
  const frames: Found[] = await Promise.all(
    fetched.flatMap(({ key, item }) =>
      item?.type === 'frame'
        ? [childrenOf(item).then((children) => ({ key, frame: item, children }))]
        : [],
    ),
  );
  const parking = frames.find((f) => regionOf(f.key) === 'parking');
  const guests: Guest[] = frames.flatMap((f) =>
    f === parking
      ? []
      : f.children.filter(keep).map((item) => ({ item, frame: f.frame, key: f.key })),
  );
  const keepParking = parking !== undefined && (guests.length > 0 || parking.children.some(keep));
  const p = parking?.frame;
  const inParking =
    keepParking && p
      ? shelf(
          p.x - p.width / 2 + GAP,
          p.y - p.height / 2 + GAP,
          p.width - 2 * GAP,
          p.y + p.height / 2 - GAP,
        )
      : undefined;
  const right = Math.max(...frames.map(({ frame: f }) => f.x + f.width / 2), map.origin.x);
  const top = Math.min(...frames.map(({ frame: f }) => f.y - f.height / 2), map.origin.y);
  const beside = shelf(right + 200, top, 2000);

  const settled = new Set<string>(frames.map((f) => f.frame.id));
  const moveOut = async (g: Guest) => {
    settled.add(g.item.id);
    keptIds.add(g.item.id);
    const w = 'width' in g.item ? g.item.width : 200;
    const h = 'height' in g.item ? g.item.height : 200;
    const spot = inParking?.(w, h);
    const at = spot ?? beside(w, h)!;
    await runner.call('frame.remove', () => g.frame.remove(g.item));
    g.item.x = at.x;
    g.item.y = at.y;
    await runner.call('sync', () => g.item.sync());
    if (spot && p) await runner.call('frame.add', () => p.add(g.item));
    const to = spot ? 'parking' : 'beside';
    kept.push({ id: g.item.id, type: g.item.type, from: regionOf(g.key), to });
  };
  await Promise.all(guests.map(moveOut));

  const keptFrames: string[] = [];
  /** Removes a frame once all its children are template items (read just before); else keeps it. */
  const clear = async ({ key, frame }: Found): Promise<number> => {
    for (let pass = 0; ; pass++) {
      const children = await childrenOf(frame);
      const late = children.filter(keep);
      if (late.length === 0) {
        await drop(frame);
        children.forEach((c) => settled.add(c.id));
        return 1 + children.length;
      }
      if (pass > 0) return keepFrame(frame, children, late);
      await Promise.all(late.map((item) => moveOut({ item, frame, key })));
    }
  };
  /** Keeps a frame holding items to keep, removing only its unwritten template children. */
  const keepFrame = async (frame: FrameItem, children: BoardItem[], stay: BoardItem[]) => {
    keptFrames.push(frame.id);
    const own = children.filter((c) => !stay.includes(c));
    own.forEach((c) => settled.add(c.id));
    const region = regionOf(frames.find((f) => f.frame === frame)?.key ?? '');
    for (const c of stay.filter((c) => ours.has(c.id) && !keptIds.has(c.id)))
      kept.push({ id: c.id, type: c.type, from: region, to: 'parking' });
    stay.forEach((c) => settled.add(c.id));
    return (await Promise.all(own.map(drop))).reduce((a, b) => a + b, 0);
  };

  // One frame at a time, so each is read right before it goes.
  const counts: number[] = [];
  for (const f of frames)
    counts.push(
      keepParking && f === parking
        ? await childrenOf(f.frame).then((c) => keepFrame(f.frame, c, c.filter(keep)))
        : await clear(f),
    );
  // Template items outside the template's frames (moved out, or their frame gone): one by one.
  const skip = new Set([...map.frames, ...map.tags].map((k) => map.items[k]));
  const rest = [...ours].filter((id) => !settled.has(id) && !skip.has(id));
  const removed = await Promise.all(
    rest.map(async (id) => {
      const item = await fetchItem(runner, miro, id);
      if (!item) return 0;
      if (!keep(item)) return drop(item);
      kept.push({ id, type: item.type, from: regionOf(keyOf.get(id) ?? ''), to: 'beside' });
      return 0;
    }),
  );
  await runner.call('storage.remove', () => deleteMap(board, map.sessionId));
  const count = [...counts, ...removed].reduce((a, b) => a + b, 0);
  return { ok: true, removed: count, kept, keptFrames };
}
