// Effects are data: the controller runs them through the board adapter.
import type { Method, RegionId, RoleId } from '../catalog/schema';
import { currentInbrenger } from './people';
import { diffRegions, statesAt } from './position';
import type { Place, Position, RegionChange } from './position';
import type { ResolvedState } from './resolved';
import type { SessionState } from './state';

export type Effect =
  | { type: 'apply-regions'; changes: RegionChange[] }
  /** After a repair: set every region to its state, whatever the board shows now. */
  | { type: 'sync-regions'; states: Record<RegionId, ResolvedState> }
  | { type: 'highlight-phase'; index: number }
  | { type: 'step-card'; phaseIndex: number; stage: number }
  /** The phase's timebox; `announce`: also the shared board timer, a clear start for everyone (R32). */
  | { type: 'start-timer'; ms: number; announce: boolean }
  | { type: 'stop-timer' }
  /**
   * Pause, resume or prolong the shared board timer (the app timer follows the stored state).
   * `restart`: +1 min after the time was up; a board timer that finished starts again with `ms`.
   */
  | { type: 'adjust-timer'; action: 'pause' | 'resume' | 'prolong'; ms: number; restart?: true }
  | { type: 'fragment-timer'; seconds: number }
  | { type: 'focus-region'; region: RegionId }
  | { type: 'round-started'; round: number; inbrengerId: string | null }
  | {
      type: 'reveal';
      region: RegionId;
      authors?: RoleId[];
      /** The participants whose private notes go up now. */
      authorIds: string[];
      names: 'with' | 'without';
    }
  | { type: 'roles-changed'; participantIds: string[] }
  | { type: 'inbrenger-picked'; participantId: string; skipped: string[] }
  | { type: 'persist' }
  | { type: 'session-ended' };

export interface Transitioned {
  state: SessionState;
  effects: Effect[];
}

/** Returns the first region open at `to`, preferring one that was not open at `from`. */
function focusFor(method: Method, from: Place, to: Position): RegionId | null {
  const phase = method.phases[to.phaseIndex];
  if (!phase) return null;
  const before = statesAt(method, from);
  const after = statesAt(method, to);
  const open = Object.keys(phase.regions).filter((id) => after[id]?.state === 'open');
  return open.find((id) => before[id]?.state !== 'open') ?? open[0] ?? null;
}

/** Returns the state at `to` and the effects of moving there from the current place; mutates nothing. */
export function moveTo(
  method: Method,
  state: SessionState,
  to: Position,
  now: number,
  from: Place = state,
): Transitioned {
  const phaseChanged =
    from === 'setup' || from.phaseIndex !== to.phaseIndex || from.round !== to.round;
  // A new phase starts its own countdown: no pause or extra minutes carry over.
  const base: SessionState = { ...state };
  if (phaseChanged) delete base.timer;
  const next: SessionState = {
    ...base,
    phaseIndex: to.phaseIndex,
    stage: to.stage,
    round: to.round,
    phaseStartedAt: phaseChanged ? now : state.phaseStartedAt,
  };
  const effects: Effect[] = [];
  const changes = diffRegions(method, from, to);
  if (changes.length) effects.push({ type: 'apply-regions', changes });
  if (phaseChanged) effects.push({ type: 'highlight-phase', index: to.phaseIndex });
  effects.push({ type: 'step-card', phaseIndex: to.phaseIndex, stage: to.stage });
  const phase = method.phases[to.phaseIndex];
  if (phaseChanged && phase) {
    const announce = phase.actions.some((a) => a.kind === 'start-timer');
    effects.push({ type: 'start-timer', ms: Math.round(phase.minutes * 60_000), announce });
    for (const a of phase.actions)
      if (a.kind === 'fragment-timer') effects.push({ type: 'fragment-timer', seconds: a.seconds });
  }
  if (from !== 'setup' && from.round !== to.round)
    effects.push({
      type: 'round-started',
      round: to.round,
      inbrengerId: currentInbrenger(method, next),
    });
  const focus = focusFor(method, from, to);
  if (focus) effects.push({ type: 'focus-region', region: focus });
  effects.push({ type: 'persist' });
  return { state: next, effects };
}
