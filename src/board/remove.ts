// removeTemplate: takes a session's template off the board and keeps every participant's item.
// Only items whose id the TemplateMap holds are removed. Removing a frame removes its children,
// so a frame's other children (participants' items) are first taken out of it: into the parking
// frame, which then stays, or when there is none beside the template. Tags stay: they are the
// board's, and removing one would strip it from participants' stickies.
import { isBoardItem, type BoardItem, type FrameItem, type MiroLike } from '../miro/types';
import { boardError, errorFrom, type BoardError } from './messages';
import { createRunner, type Runner, type RunnerOptions } from './runner';
import { deleteMap, readMap, type TemplateMap } from './template-map';

export interface KeptItem {
  id: string;
  type: string;
  /** Region of the frame it was in. */
  from: string;
  to: 'parking' | 'beside';
}

export type RemoveResult =
  | { ok: true; removed: number; kept: KeptItem[]; keptFrames: string[] }
  | { ok: false; error: BoardError; kept: KeptItem[] };

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
    if (
      (error as { code?: unknown })?.code === 'NOT_FOUND' ||
      /not found/i.test(String((error as Error)?.message))
    )
      return undefined;
    throw error;
  }
}

/** Returns slots for items laid out in rows within `width`, starting at (left, top) (pure). */
function slots(items: BoardItem[], left: number, top: number, width: number) {
  let x = left;
  let y = top;
  let row = 0;
  return items.map((item) => {
    const w = 'width' in item ? item.width : 200;
    const h = 'height' in item ? item.height : 200;
    if (x > left && x + w > left + width) [x, y, row] = [left, y + row + GAP, 0];
    const at = { x: x + w / 2, y: y + h / 2, bottom: y + h };
    x += w + GAP;
    row = Math.max(row, h);
    return at;
  });
}

/** Removes the session's template items, keeping participants' items (mutates the board and storage). */
export async function removeTemplate(
  miro: MiroLike,
  sessionId: string,
  options: RunnerOptions = {},
): Promise<RemoveResult> {
  const runner = createRunner(options);
  const kept: KeptItem[] = [];
  try {
    const map = await runner.call('storage.get', () => readMap(miro.board, sessionId));
    if (!map) return { ok: false, error: boardError('no-template'), kept };
    return await removeMapped(miro, runner, map, kept);
  } catch (error) {
    return { ok: false, error: errorFrom(error), kept };
  }
}

async function removeMapped(
  miro: MiroLike,
  runner: Runner,
  map: TemplateMap,
  kept: KeptItem[],
): Promise<RemoveResult> {
  const { board } = miro;
  const ours = new Set(Object.values(map.items));
  const found = await Promise.all(
    map.frames.map(
      async (key) => [key, await fetchItem(runner, miro, map.items[key] ?? '')] as const,
    ),
  );
  const frames = found.filter((e): e is [string, FrameItem] => e[1]?.type === 'frame');
  const parking = frames.find(([key]) => regionOf(key) === 'parking')?.[1];
  const strays = frames.flatMap(([key, f]) =>
    f === parking
      ? []
      : f.childrenIds.filter((id) => !ours.has(id)).map((id) => ({ id, frame: f, key })),
  );
  const guests = (
    await Promise.all(
      strays.map(async (s) => ({ ...s, item: await fetchItem(runner, miro, s.id) })),
    )
  ).filter((s): s is typeof s & { item: BoardItem } => s.item !== undefined);
  // Parking keeps its participants' items; its template children go one by one.
  const keepParking =
    parking !== undefined && (guests.length > 0 || parking.childrenIds.some((id) => !ours.has(id)));
  const parkingOwn = keepParking ? parking.childrenIds.filter((id) => ours.has(id)) : [];
  await Promise.all(parkingOwn.map((id) => removeById(runner, miro, id)));

  const right = Math.max(...frames.map(([, f]) => f.x + f.width / 2), map.origin.x);
  const top = Math.min(...frames.map(([, f]) => f.y - f.height / 2), map.origin.y);
  const inParking = keepParking
    ? slots(
        guests.map((g) => g.item),
        parking.x - parking.width / 2 + GAP,
        parking.y - parking.height / 2 + GAP,
        parking.width - 2 * GAP,
      )
    : [];
  const fits = inParking.map(
    (s) => keepParking && s.bottom <= parking.y + parking.height / 2 - GAP,
  );
  const outside = guests.filter((_, i) => !fits[i]);
  const beside = slots(
    outside.map((g) => g.item),
    right + 200,
    top,
    2000,
  );
  await Promise.all(
    guests.map(async (g, i) => {
      const toParking = fits[i] === true && parking !== undefined;
      const at = toParking ? inParking[i]! : beside[outside.indexOf(g)]!;
      await runner.call('frame.remove', () => g.frame.remove(g.item));
      g.item.x = at.x;
      g.item.y = at.y;
      await runner.call('sync', () => g.item.sync());
      if (toParking) await runner.call('frame.add', () => parking.add(g.item));
      kept.push({
        id: g.id,
        type: g.item.type,
        from: regionOf(g.key),
        to: toParking ? 'parking' : 'beside',
      });
    }),
  );

  const gone = new Set<string>(parkingOwn);
  const toRemove = frames.filter(([, f]) => !(keepParking && f === parking));
  await Promise.all(toRemove.map(([, f]) => runner.call('remove', () => board.remove(f))));
  for (const [, f] of toRemove) [f.id, ...f.childrenIds].forEach((id) => gone.add(id));
  if (keepParking) gone.add(parking.id);
  // Template items no longer inside a removed frame (moved out, or frames gone): one by one.
  const skip = new Set([...map.frames, ...map.tags].map((k) => map.items[k]));
  const rest = [...ours].filter((id) => !gone.has(id) && !skip.has(id));
  const removed = await Promise.all(rest.map((id) => removeById(runner, miro, id)));
  await runner.call('storage.remove', () => deleteMap(board, map.sessionId));
  const count =
    parkingOwn.length +
    toRemove.reduce((n, [, f]) => n + 1 + f.childrenIds.filter((id) => ours.has(id)).length, 0) +
    removed.filter(Boolean).length;
  return { ok: true, removed: count, kept, keptFrames: keepParking ? [parking.id] : [] };
}

async function removeById(runner: Runner, miro: MiroLike, id: string): Promise<boolean> {
  const item = await fetchItem(runner, miro, id);
  if (!item) return false;
  await runner.call('remove', () => miro.board.remove(item));
  return true;
}
