// Rebuilds a saved practice board in a fresh simulator through its public surface: items come
// back through each author's UI actions (no credits), in id order, with throwaway items filling
// the gaps so most ids come back the same; metadata, tags, app data and storage through the SDK.
// Every id that still differs is mapped in metadata, app data and storage values.
import type { SimulatedMiro } from '../miro/simulator';
import type { StoredItem, StoredTag } from '../miro/simulator/state';
import type { FrameItem, ItemBase, Json } from '../miro/types';
import { remapIds, type Snapshot } from './snapshot';

const PREFIX = '34587645';
const seq = (id: string) =>
  id.length === 19 && id.startsWith(PREFIX) ? Number(id.slice(PREFIX.length)) : undefined;

/** At most this many throwaway items are made to keep ids; beyond, ids are mapped. */
const MAX_FILLERS = 3000;

type Entry = { kind: 'item'; item: StoredItem } | { kind: 'tag'; tag: StoredTag };

function propsOf(item: StoredItem, abs: { x: number; y: number }, ids: Map<string, string>) {
  const at = { x: abs.x, y: abs.y };
  switch (item.type) {
    case 'frame':
      return {
        ...at,
        width: item.width,
        height: item.height,
        title: item.title,
        style: item.style,
      };
    case 'shape':
      return {
        ...at,
        width: item.width,
        height: item.height,
        content: item.content,
        shape: item.shape,
        style: item.style,
      };
    case 'sticky_note':
      return {
        ...at,
        width: item.width,
        shape: item.shape,
        content: item.content,
        style: item.style,
        tagIds: item.tagIds.map((t) => ids.get(t) ?? t),
      };
    case 'text':
      return { ...at, width: item.width, content: item.content, style: item.style };
  }
}

/** Returns an item's absolute centre from the snapshot (frames first in the lookup); pure. */
function absoluteIn(byId: Map<string, StoredItem>, item: StoredItem) {
  const parent = item.parentId ? byId.get(item.parentId) : undefined;
  if (!parent) return { x: item.x, y: item.y };
  return { x: parent.x - parent.width / 2 + item.x, y: parent.y - parent.height / 2 + item.y };
}

/** Recreates the snapshot's board in `sim` (mutates it); returns the map from old to new ids. */
export async function restoreSnapshot(
  sim: SimulatedMiro,
  snap: Snapshot,
): Promise<Map<string, string>> {
  const users = new Set((await sim.board.getOnlineUsers()).map((u) => u.id));
  const clientOf = (userId: string) => (users.has(userId) ? sim.as(userId) : sim);
  const ids = new Map<string, string>();
  const byId = new Map(snap.items.map((i) => [i.id, i]));
  const entries: Entry[] = [
    ...snap.items.map((item) => ({ kind: 'item' as const, item })),
    ...snap.tags.map((tag) => ({ kind: 'tag' as const, tag })),
  ].sort((a, b) => idOf(a).localeCompare(idOf(b)));

  // The last id the simulator handed out, learnt from the first item made.
  let next: number | undefined;
  let fillers = 0;
  for (const entry of entries) {
    const want = seq(idOf(entry));
    while (next !== undefined && want !== undefined && next + 1 < want && fillers < MAX_FILLERS) {
      const filler = sim.act.create('text', { x: -1e6, y: -1e6 });
      sim.act.remove(filler.id);
      next = seq(filler.id);
      fillers += 1;
    }
    let made: string;
    if (entry.kind === 'tag') {
      made = (await sim.board.createTag({ title: entry.tag.title, color: entry.tag.color })).id;
    } else {
      const { item } = entry;
      made = clientOf(item.createdBy).act.create(
        item.type,
        propsOf(item, absoluteIn(byId, item), ids),
      ).id;
    }
    ids.set(idOf(entry), made);
    next = seq(made);
  }

  await fixParents(sim, snap.items, ids);
  for (const [oldId, meta] of Object.entries(snap.metadata)) {
    const id = ids.get(oldId);
    const item = id && ((await sim.board.getById(id)) as ItemBase);
    if (!item) continue;
    for (const [key, value] of Object.entries(meta))
      await item.setMetadata(key, remapIds(value, ids));
  }
  for (const [key, value] of Object.entries(snap.appData))
    await sim.board.setAppData(key, remapIds(value, ids));
  for (const [name, values] of Object.entries(snap.collections)) {
    const collection = sim.board.storage.collection(name);
    for (const [key, value] of Object.entries(values))
      await collection.set(key, remapIds(value as Json, ids));
  }
  await sim.settle();
  return ids;
}

function idOf(entry: Entry): string {
  return entry.kind === 'tag' ? entry.tag.id : entry.item.id;
}

/** Attaches or detaches items whose frame came out differently (mutates the board). */
async function fixParents(sim: SimulatedMiro, items: StoredItem[], ids: Map<string, string>) {
  for (const item of items) {
    if (item.type === 'frame') continue;
    const id = ids.get(item.id);
    const now = id ? sim.inspect.itemById(id) : undefined;
    if (!id || !now) continue;
    const want = item.parentId ? (ids.get(item.parentId) ?? null) : null;
    if (now.parentId === want) continue;
    const target = (await sim.board.getById(id)) as ItemBase;
    if (now.parentId) {
      const frame = (await sim.board.getById(now.parentId)) as FrameItem;
      await frame.remove(target);
    }
    if (want) {
      const frame = (await sim.board.getById(want)) as FrameItem;
      await frame.add((await sim.board.getById(id)) as ItemBase).catch(() => undefined);
    }
  }
}
