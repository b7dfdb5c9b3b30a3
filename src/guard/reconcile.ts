// Reconciliation: text edits raise no event and other users' actions may not reach this client,
// so ONE client (the facilitator's by default) polls the guarded region frames and restores what
// changed. Ownership is announced under `reconciler:<sid>` with a heartbeat; another client takes
// over after MISSED_BEATS silent beats.
//
// Polling cost: one frame.getChildren (50 credits) per guarded region plus one storage.set (the
// heartbeat, 50) per beat. With R regions and interval T seconds:
//   credits/hour = (3600 / T) × 50 × (R + 1)  ≤  budget   ⇒   T ≥ 3600 × 50 × (R + 1) / budget
// The budget is 180,000 (90 % of the 200,000 allowed: 20 % of Miro's 1,000,000 an hour, minus
// headroom for restores); T is at least 2 s.
import type { Json } from '../miro/types';
import type { GuardCtx } from './ctx';
import { coverIdOf, coverToFront } from './act';
import { applyDecision, report } from './handle';
import { childrenOrRestore, rememberRegion, type RegionMemory } from './frames';
import { decide } from './decide';
import { withRetry } from './echo';
import type { EventItem, TemplateItem } from './model';
import { entryOf, lookOf } from './model';
import { CHROME_REGIONS } from './model';
import { KEYS } from './plan';
import { dropSnapshot, saveSnapshot, takeSnapshot } from './store';
import { META_KEY } from '../layout/meta';
import { checkTags } from './rating';
import { statesAt } from '../session/position';
import { toBoard } from '../shared/coords';

export const POLL_BUDGET_PER_HOUR = 180_000;
export const MISSED_BEATS = 3;

/** Returns the polling interval in ms for `regions` guarded regions within the budget; pure. */
export function pollIntervalMs(regions: number, budgetPerHour = POLL_BUDGET_PER_HOUR): number {
  return Math.max(2000, Math.ceil((3_600_000 * 50 * (regions + 1)) / budgetPerHour));
}

/** Returns the credits an hour of polling costs at that interval; pure. */
export function pollCreditsPerHour(regions: number, intervalMs: number): number {
  return Math.round((3_600_000 / intervalMs) * 50 * (regions + 1));
}

export interface Owner {
  clientId: string;
  userId: string;
  heartbeatAt: number;
}

export interface Reconciler {
  readonly intervalMs: number;
  /** One beat: heartbeat and poll when owner, else take over when the owner went quiet. */
  tick(): Promise<void>;
  isOwner(): boolean;
  /** Snapshots regions that closed and drops those that opened (owner only). */
  onPhaseChange(before: GuardCtx['view']['state']): Promise<void>;
  stop(): void;
}

/** Returns the regions the reconciler polls: the method's writable regions; pure. */
export function guardedRegions(ctx: GuardCtx): string[] {
  return ctx.view.method.regions
    .filter((r) => r.writable !== false && !CHROME_REGIONS.has(r.id))
    .map((r) => r.id)
    .filter((r) => ctx.view.frames.has(r));
}

/** Returns a reconciler for this client; `clientId` tells tabs of one user apart. */
export function createReconciler(ctx: GuardCtx, clientId: string): Reconciler {
  const key = KEYS.reconciler(ctx.view.sessionId);
  const intervalMs = pollIntervalMs(guardedRegions(ctx).length);
  let owner: Owner | undefined;
  const metaSeen = new Map<string, string>();
  const memory: RegionMemory = new Map();
  /** Per covered region: the items seen at the last poll; a new one lies above the cover. */
  const seenUnder = new Map<string, Set<string>>();
  const onOwner = (raw: Json | undefined) => {
    owner = raw as unknown as Owner | undefined;
  };
  void ctx.collection.onValue(key, onOwner);
  const mine = () => owner?.clientId === clientId;
  const beat = async () => {
    owner = { clientId, userId: ctx.userId, heartbeatAt: ctx.now() };
    await withRetry(() => ctx.collection.set(key, owner as unknown as Json));
  };
  const claim = async () => {
    await beat();
    const back = (await ctx.collection.get(key)) as unknown as Owner | undefined;
    owner = back;
  };
  const stale = () => !owner || ctx.now() - owner.heartbeatAt > MISSED_BEATS * intervalMs;
  const facilitator = ctx.userId === ctx.view.state.facilitatorId;

  const metaKey = async (item: EventItem): Promise<string> => {
    const hit = metaSeen.get(item.id);
    if (hit !== undefined) return hit;
    const live = item as unknown as { getMetadata?: (k: string) => Promise<Json> };
    // No readable metadata means the item is not one of the app's own: judged like any other.
    const meta = live.getMetadata ? await live.getMetadata(META_KEY).catch(() => null) : null;
    const k = (meta as { k?: string } | null)?.k ?? '';
    metaSeen.set(item.id, k);
    return k;
  };

  const pollRegion = async (region: string) => {
    const now = await childrenOrRestore(ctx, region);
    if (!now) return;
    await rememberRegion(ctx, memory, region, now, metaKey);
    const { view } = ctx;
    const present = new Set(now.all.map((i) => i.id));
    for (const tpl of [...view.template.values()]) {
      if (tpl.region !== region || tpl.type === 'frame' || present.has(tpl.id)) continue;
      // Not found: deleted (restored below); found: moved out of its frame.
      const elsewhere = await ctx.miro.board.getById(tpl.id).catch(() => undefined);
      const item = (elsewhere as EventItem | undefined) ?? ({ ...tpl, parentId: null } as never);
      const d = decide(view, elsewhere ? 'update' : 'delete', item, '');
      await applyDecision(ctx, d, item);
    }
    const snap = view.snapshots.get(region);
    for (const entry of snap ? [...snap.items] : []) {
      if (present.has(entry.id)) continue;
      const elsewhere = await ctx.miro.board.getById(entry.id).catch(() => undefined);
      const item =
        (elsewhere as EventItem | undefined) ??
        ({
          id: entry.id,
          type: entry.t,
          parentId: null,
          x: entry.x,
          y: entry.y,
          createdBy: entry.a,
          modifiedBy: '',
          content: entry.c,
        } as EventItem);
      await applyDecision(ctx, decide(view, elsewhere ? 'update' : 'delete', item, ''), item);
    }
    for (const item of now.all) {
      if (view.own.has(item.id)) continue;
      const tpl = view.template.get(item.id);
      const inSnap = snap?.items.some((e) => e.id === item.id);
      if (tpl || inSnap) {
        const d = decide(view, 'update', item, item.modifiedBy);
        if (d.kind === 'ignore' && d.reason === 'facilitator') await accept(region, item);
        else if (d.kind === 'allow' && tpl) keepText(tpl, item);
        else if (d.kind === 'allow') await keepTags(region, item);
        else await applyDecision(ctx, d, item);
        continue;
      }
      const d = decide(view, 'create', item, item.createdBy);
      if (d.kind !== 'park') continue;
      const k = await metaKey(item);
      if (/^(private|restored|rating|parked)\//.test(k)) {
        if (k.startsWith('rating/') || k.startsWith('parked/')) view.own.add(item.id);
        else if (snap) {
          const at = toBoard(view.frames.get(region)!, item);
          snap.items.push(entryOf(item, at.x, at.y));
          await saveSnapshot(ctx, snap);
        }
        continue;
      }
      await applyDecision(ctx, d, item);
    }
    await checkTags(ctx, region, now.all);
    if (coverIdOf(view, region)) {
      const before = seenUnder.get(region);
      const ids = new Set(now.all.map((i) => i.id));
      seenUnder.set(region, ids);
      if ([...ids].some((id) => !before?.has(id) && id !== coverIdOf(view, region)))
        await coverToFront(ctx, region);
    } else seenUnder.delete(region);
  };

  // An allowed text (an owner typing into their slot) is the baseline from now on.
  const keepText = (tpl: TemplateItem, item: EventItem) => {
    if (typeof tpl.props.content === 'string' && item.content !== undefined)
      tpl.props.content = item.content;
  };

  // Tags set since the snapshot (a rating, 'gekozen') belong to the note: a copy keeps them.
  const keepTags = async (region: string, item: EventItem) => {
    const snap = ctx.view.snapshots.get(region);
    const entry = snap?.items.find((e) => e.id === item.id);
    const g = lookOf(item).g;
    if (!snap || !entry || String(entry.g ?? '') === String(g ?? '')) return;
    if (g) entry.g = g;
    else delete entry.g;
    await saveSnapshot(ctx, snap);
  };

  const accept = async (region: string, item: EventItem) => {
    const snap = ctx.view.snapshots.get(region);
    const entry = snap?.items.find((e) => e.id === item.id);
    const f = ctx.view.frames.get(region);
    if (!snap || !entry || !f) return;
    Object.assign(entry, { c: item.content ?? entry.c, ...toBoard(f, item) });
    await saveSnapshot(ctx, snap);
  };

  return {
    intervalMs,
    isOwner: mine,
    async tick() {
      if (!mine()) {
        const takeOver = stale() || (facilitator && owner?.userId !== ctx.userId);
        if (!takeOver) return;
        await claim();
        if (!mine()) return;
      } else await beat();
      if (ctx.view.state.status !== 'running') return;
      for (const region of guardedRegions(ctx)) {
        await pollRegion(region).catch((error) => report(ctx, error));
      }
    },
    async onPhaseChange(before) {
      if (!mine() && !(facilitator && stale())) return;
      const { view } = ctx;
      const was = before.status === 'running' ? statesAt(view.method, before) : {};
      const is = statesAt(view.method, view.state);
      for (const region of guardedRegions(ctx)) {
        const open = is[region]?.state === 'open';
        if (open) await dropSnapshot(ctx, region);
        else if (was[region]?.state === 'open' || !view.snapshots.has(region))
          await takeSnapshot(ctx, region);
      }
    },
    stop() {
      void ctx.collection.offValue(key, onOwner);
    },
  };
}
