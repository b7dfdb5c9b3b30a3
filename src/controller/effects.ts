// Runs a transition's effects on the board: regions, phase track, step card, timer, focus, pointer.
// Effects run side by side; what fails comes back as pending effects that re-apply target states.
import type { Method, RegionId } from '../catalog/schema';
import { writePointer } from '../storage/pointer';
import type { Renderer } from '../board/render';
import { stepCardContent } from '../board/render';
import type { TemplateIds } from '../board/render-ids';
import { settledPool } from '../board/render-ids';
import type { Lang } from '../shared/text';
import { regionVisual, releasedVisual, revealedNow } from '../board/render-visual';
import type { BoardLike } from '../miro/types';
import type { Effect } from '../session/effects';
import { statesAt } from '../session/position';
import type { ResolvedState } from '../session/resolved';
import type { SessionState } from '../session/state';
import { focusRegion } from './focus';
import type { FocusRoute } from './focus';
import type { BoardTimer } from './timer';

export interface EffectEnv {
  board: BoardLike;
  method: Method;
  lang: Lang;
  selfId: string;
  renderer: Renderer;
  ids: TemplateIds;
  timer: BoardTimer;
  /** Phase cards this client believes highlighted (besides the state's previous phase). */
  highlighted: Set<number>;
  saveIds(): Promise<void>;
  /** Hooks for the panel and the guard; called once per effect, before any board call fails. */
  emit(effect: Effect, extra?: { focus?: FocusRoute }): void;
  fragment(seconds: number): void;
}

export interface EffectsRun {
  /** Effects (or the parts of them) that did not reach the board: retry them as they are. */
  failed: Effect[];
  errors: unknown[];
}

const BOARD = new Set(['apply-regions', 'sync-regions', 'highlight-phase', 'step-card', 'reveal']);

async function regions(
  env: EffectEnv,
  state: SessionState,
  targets: [RegionId, ResolvedState][],
): Promise<Effect[]> {
  // Once the session has ended nothing is guarded any more: every region shows as placed.
  const visual = (region: RegionId, to: ResolvedState) =>
    state.status === 'ended'
      ? releasedVisual(env.method, region, env.lang)
      : regionVisual(env.method, region, to, env.lang, revealedNow(state, region));
  const results = await settledPool(targets, 8, ([region, to]) =>
    env.renderer.region(region, visual(region, to)),
  );
  const missed = targets.filter((_, i) => results[i]?.status === 'rejected');
  const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  if (!errors.length) return [];
  const states = Object.fromEntries(missed);
  throw Object.assign(new AggregateError(errors, 'regions failed'), {
    retry: [{ type: 'sync-regions', states } as Effect],
  });
}

async function runOne(
  env: EffectEnv,
  effect: Effect,
  before: SessionState | null,
  after: SessionState,
): Promise<void> {
  switch (effect.type) {
    case 'apply-regions':
      await regions(
        env,
        after,
        effect.changes.map((c) => [c.region, c.to]),
      );
      return;
    case 'sync-regions':
      await regions(env, after, Object.entries(effect.states));
      return;
    case 'reveal': {
      env.emit(effect);
      const to = statesAt(env.method, after)[effect.region] ?? { state: 'revealed' };
      await regions(env, after, [[effect.region, to]]);
      return;
    }
    case 'highlight-phase': {
      const previous = [...env.highlighted];
      if (before?.status === 'running') previous.push(before.phaseIndex);
      await env.renderer.highlight(effect.index, previous);
      env.highlighted.clear();
      env.highlighted.add(effect.index);
      return;
    }
    case 'step-card':
      await env.renderer.step(stepCardContent(env.method, after, env.lang));
      return;
    case 'start-timer':
      await env.timer.start(effect.ms);
      return;
    case 'stop-timer':
      await env.timer.stop();
      return;
    case 'adjust-timer':
      await env.timer.adjust(effect.action, effect.ms, effect.restart);
      return;
    case 'fragment-timer':
      env.fragment(effect.seconds);
      return;
    case 'focus-region': {
      const frame = await env.renderer.frameOf(effect.region);
      const route = await focusRegion(env.board, after, env.selfId, effect.region, frame);
      env.emit(effect, { focus: route });
      return;
    }
    case 'session-ended':
      env.emit(effect);
      await writePointer(env.board, null);
      return;
    case 'persist':
      return; // applyWithRetry has stored the state already
    default:
      env.emit(effect);
  }
}

/** Runs the effects side by side and saves new covers in the template map; returns what failed. */
export async function runEffects(
  env: EffectEnv,
  effects: readonly Effect[],
  before: SessionState | null,
  after: SessionState,
): Promise<EffectsRun> {
  if (effects.some((e) => BOARD.has(e.type))) await env.renderer.prepare().catch(() => undefined);
  const results = await Promise.allSettled(effects.map((e) => runOne(env, e, before, after)));
  const failed: Effect[] = [];
  const errors: unknown[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') return;
    const retry = (r.reason as { retry?: Effect[] }).retry;
    const effect = effects[i] as Effect;
    // A reveal's hook already ran: retry only its rendering.
    const again: Effect[] = retry ?? (effect.type === 'reveal' ? [] : [effect]);
    failed.push(...again);
    errors.push(...(r.reason instanceof AggregateError ? r.reason.errors : [r.reason]));
  });
  if (env.ids.changed) {
    try {
      await env.saveIds();
    } catch (error) {
      errors.push(error);
    }
  }
  return { failed, errors };
}
