// The guard on one client: loads the session, the plan and the template from storage, learns the
// frames and template items, then guards this client's user's item events and follows phase
// changes. The reconciler (reconcile.ts) runs beside it on one client.
import type { CollectionLike, FrameItem, ItemsEvent, Json, MiroLike } from '../miro/types';
import type { Method } from '../catalog/schema';
import { forgetTemplate } from './act';
import { frameObject, type GuardCtx } from './ctx';
import { createEchoFilter, withRetry } from './echo';
import { actsHere, createSelectionMemory } from './actor';
import { REVEAL_EVENT } from '../reveal/types';
import { handleEvent, observeDeletes, report } from './handle';
import type { EventItem, GuardView, ItemEventKind, TemplateItem } from './model';
import {
  KEYS,
  keyParts,
  methodOfPlan,
  planOf,
  readPlan,
  readSessionLoose,
  readTemplateMap,
} from './plan';
import { readSnapshot } from './store';
import { participantToken } from '../layout/people';
import { COLLECTION, POINTER_KEY } from '../storage/keys';
import { pointerSession } from '../storage/pointer';
import { toBoard } from '../shared/coords';

export { COLLECTION, POINTER_KEY };
/** How long after a reveal posts from panels may land in the revealed region. */
export const REVEAL_WINDOW_MS = 120_000;

export interface GuardOptions {
  now?: () => number;
  /** Finds a built-in method when no plan is stored (default: a lazy import of the catalog). */
  lookup?: (methodId: string) => Promise<Method | undefined>;
  /** False in the panel: read and follow the session for ratings, but leave item events to the headless guard. */
  listen?: boolean;
  /** Whether this client owns reconciliation now: it acts on events that name no author. */
  isOwner?: () => boolean;
  /** The session to guard, as the board app heard it (default: read the app-data pointer). */
  sessionId?: string;
}

export interface Guard {
  ctx: GuardCtx;
  /** Resolves when every event handled so far has been acted on. */
  idle(): Promise<void>;
  /** Re-reads the frames and template items (after the template changed). */
  refresh(): Promise<void>;
  /** Listeners for state changes (the reconciler takes snapshots on them). */
  onState(listener: (before: GuardView['state']) => void): void;
  stop(): void;
}

const defaultLookup = async (id: string) => (await import('../catalog/lookup')).builtinMethod(id);

async function methodFor(c: CollectionLike, sid: string, methodId: string, opts: GuardOptions) {
  const plan = readPlan(await withRetry(() => c.get(KEYS.plan(sid))));
  if (plan && plan.id === methodId) return { method: methodOfPlan(plan), lang: plan.lang };
  const method = await (opts.lookup ?? defaultLookup)(methodId);
  // The stored plan only spares the next client the lookup: not storing it loses nothing.
  if (method) await c.set(KEYS.plan(sid), planOf(method) as unknown as Json).catch(() => undefined);
  return { method, lang: undefined };
}

/** Reads the frames and template items of the map into the view (getById per frame, getChildren per frame). */
export async function learnTemplate(ctx: GuardCtx): Promise<void> {
  const { view } = ctx;
  const byId = new Map(Object.entries(view.map).map(([k, id]) => [id, k]));
  const owners = new Map(view.state.participants.map((p) => [participantToken(p.id), p.id]));
  const frameKeys = Object.keys(view.map).filter((k) => k.endsWith('/frame'));
  const frames = await Promise.all(
    // A frame that is gone is recreated by the reconciler; the rest is learnt now.
    frameKeys.map((k) => frameObject(ctx, view.map[k]!).catch(() => undefined)),
  );
  view.frames.clear();
  view.template.clear();
  const add = (item: EventItem & Record<string, unknown>, x: number, y: number) => {
    const key = byId.get(item.id);
    if (!key) return;
    const { region, token } = keyParts(key);
    const owner = token ? owners.get(token) : undefined;
    const { width = 0, height = 0 } = item;
    const props = pick(item, ['content', 'title', 'style', 'shape', 'width', 'height']);
    if (item.type === 'sticky_note' || item.type === 'text') delete props.height;
    const tpl: TemplateItem = {
      id: item.id,
      key,
      region,
      type: item.type,
      x,
      y,
      width,
      height,
      props,
    };
    view.template.set(item.id, owner ? { ...tpl, owner } : tpl);
  };
  frames.forEach((f, i) => {
    if (!f) return;
    const { region } = keyParts(frameKeys[i]!);
    view.frames.set(region, { id: f.id, x: f.x, y: f.y, width: f.width, height: f.height });
    add(f as unknown as EventItem & Record<string, unknown>, f.x, f.y);
  });
  await Promise.all(
    frames.map(async (f) => {
      if (!f) return;
      const children = (await withRetry(() => f.getChildren())) as (EventItem &
        Record<string, unknown>)[];
      for (const c of children) {
        const at = toBoard(f, c);
        add(c, at.x, at.y);
      }
    }),
  );
}

function pick(o: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = structuredClone(o[k]);
  return out;
}

/** Returns the regions revealed within REVEAL_WINDOW_MS at this phase and round; pure. */
export function revealingAt(state: GuardView['state'], now: number): Set<string> {
  return new Set(
    state.revealed
      .filter((r) => r.phaseIndex === state.phaseIndex && r.round === state.round)
      .filter((r) => now - r.at <= REVEAL_WINDOW_MS)
      .map((r) => r.region),
  );
}

/** Starts guarding this client on a board with a running session; returns null when there is none. */
export async function createGuard(miro: MiroLike, opts: GuardOptions = {}): Promise<Guard | null> {
  const { board } = miro;
  const now = opts.now ?? (() => Date.now());
  // No readable pointer: no running session to guard on this board.
  const sid =
    opts.sessionId ??
    pointerSession(await withRetry(() => board.getAppData(POINTER_KEY)).catch(() => null));
  if (!sid) return null;
  const collection = board.storage.collection(COLLECTION);
  const [user, rawSession, rawMap] = await Promise.all([
    withRetry(() => board.getUserInfo()),
    withRetry(() => collection.get(KEYS.session(sid))),
    withRetry(() => collection.get(KEYS.template(sid))),
  ]);
  const state = readSessionLoose(rawSession);
  if (!state) return null;
  const { method, lang } = await methodFor(collection, sid, state.methodId, opts);
  if (!method) return null;
  const view: GuardView = {
    sessionId: sid,
    method,
    state,
    map: readTemplateMap(rawMap),
    frames: new Map(),
    template: new Map(),
    snapshots: new Map(),
    own: new Set(),
    revealing: revealingAt(state, now()),
    ...(lang ? { lang } : {}),
  };
  const ctx: GuardCtx = {
    miro,
    collection,
    view,
    echo: createEchoFilter(now),
    userId: user.id,
    now,
  };
  await learnTemplate(ctx);
  await Promise.all(
    method.regions.map(async (r) => {
      const snap = readSnapshot(
        // No snapshot read: the reconciler takes one at the next phase change.
        await collection.get(KEYS.snapshot(sid, r.id)).catch(() => undefined),
      );
      if (snap) view.snapshots.set(r.id, snap);
    }),
  );
  // Ratings arrive again through onValue; until then stickers are judged like notes.
  const ratings = (await collection.get(KEYS.ratings(sid)).catch(() => undefined)) as
    { items?: Record<string, { s?: string }> } | undefined;
  for (const r of Object.values(ratings?.items ?? {})) if (r.s) view.own.add(r.s);

  let queue: Promise<unknown> = Promise.resolve();
  const run = (task: () => Promise<unknown>) => {
    queue = queue.then(task, task).catch((error) => report(ctx, error));
  };
  const selection = createSelectionMemory(now);
  const actor = {
    userId: user.id,
    selected: (id: string) => selection.has(id),
    owner: () => opts.isOwner?.() ?? false,
  };
  const on = (kind: ItemEventKind) => (e: ItemsEvent) => {
    const all = e.items as unknown as EventItem[];
    const items = all.filter((i) => actsHere(kind, i, actor));
    const seen = {
      ...view,
      snapshots: new Map(view.snapshots),
      revealing: new Set(view.revealing),
    };
    const others = kind === 'delete' ? all.filter((i) => !items.includes(i)) : [];
    if (others.length) run(() => observeDeletes(ctx, others, seen));
    if (items.length) run(() => handleEvent(ctx, kind, items, seen));
  };
  const handlers = {
    'items:create': on('create'),
    'experimental:items:update': on('update'),
    'items:delete': on('delete'),
    'selection:update': (e: ItemsEvent) => selection.note(e.items.map((i) => i.id)),
  } as const;
  const listen = opts.listen !== false;
  if (listen) {
    board.ui.on('items:create', handlers['items:create']);
    board.ui.on('experimental:items:update', handlers['experimental:items:update']);
    board.ui.on('items:delete', handlers['items:delete']);
    board.ui.on('selection:update', handlers['selection:update']);
  }

  const stateListeners: ((before: GuardView['state']) => void)[] = [];
  const onSession = (raw: Json | undefined) => {
    const next = readSessionLoose(raw);
    if (!next) return;
    const before = view.state;
    view.state = next;
    view.revealing = revealingAt(next, now());
    stateListeners.forEach((l) => l(before));
  };
  const onMap = (raw: Json | undefined) => {
    const next = readTemplateMap(raw);
    const added = Object.keys(next).some((k) => !(k in view.map));
    for (const [key, id] of Object.entries(next)) {
      const old = view.map[key];
      const tpl = old === undefined ? undefined : view.template.get(old);
      if (old === undefined || old === id || !tpl) continue;
      view.template.delete(old);
      view.template.set(id, { ...tpl, id });
      const f = view.frames.get(tpl.region);
      if (tpl.type === 'frame' && f) view.frames.set(tpl.region, { ...f, id });
    }
    // A key that left the map (a cover taken off on reveal) is no template item any more.
    for (const [key, id] of Object.entries(view.map))
      if (!(key in next) && view.template.get(id)?.key === key) forgetTemplate(ctx, id);
    view.map = next;
    if (added) run(() => learnTemplate(ctx));
  };
  const onRatings = (raw: Json | undefined) => {
    const items = (raw as { items?: Record<string, { s?: string }> } | undefined)?.items ?? {};
    for (const r of Object.values(items)) if (r.s) view.own.add(r.s);
  };
  const snapHandlers = method.regions.map((r) => {
    const key = KEYS.snapshot(sid, r.id);
    const h = (raw: Json | undefined) => {
      const snap = readSnapshot(raw);
      if (snap) view.snapshots.set(r.id, snap);
      else view.snapshots.delete(r.id);
    };
    void collection.onValue(key, h);
    return [key, h] as const;
  });
  void collection.onValue(KEYS.session(sid), onSession);
  void collection.onValue(KEYS.template(sid), onMap);
  void collection.onValue(KEYS.ratings(sid), onRatings);
  const onReveal = (payload: Json | undefined) => {
    const region = (payload as { region?: unknown } | undefined)?.region;
    if (typeof region !== 'string') return;
    view.revealing.add(region);
    setTimeout(() => view.revealing.delete(region), REVEAL_WINDOW_MS);
  };
  void board.events.on(REVEAL_EVENT, onReveal);

  return {
    ctx,
    idle: async () => {
      for (let i = 0; i < 5; i++) await queue;
    },
    refresh: () => learnTemplate(ctx),
    onState: (l) => void stateListeners.push(l),
    stop() {
      board.ui.off('items:create', handlers['items:create']);
      board.ui.off('experimental:items:update', handlers['experimental:items:update']);
      board.ui.off('items:delete', handlers['items:delete']);
      board.ui.off('selection:update', handlers['selection:update']);
      void collection.offValue(KEYS.session(sid), onSession);
      void collection.offValue(KEYS.template(sid), onMap);
      void collection.offValue(KEYS.ratings(sid), onRatings);
      for (const [key, h] of snapHandlers) void collection.offValue(key, h);
      void board.events.off(REVEAL_EVENT, onReveal);
    },
  };
}

export type { FrameItem };
