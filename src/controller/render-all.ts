// The whole board rendering for where a session stands: used on entering the first phase (every
// region gets its mark), at the end (every region released, the step card says so) and by
// retryEffects when nothing is pending. Target states only.
import type { Method } from '../catalog/schema';
import type { Effect } from '../session/effects';
import { statesAt } from '../session/position';
import type { ResolvedState } from '../session/resolved';
import type { SessionState } from '../session/state';

/** Returns every region's target state: as resolved while running, open ones locked once ended; pure. */
export function targetStates(method: Method, state: SessionState): Record<string, ResolvedState> {
  if (state.status === 'setup') return {};
  const states = statesAt(method, state);
  if (state.status === 'running') return states;
  return Object.fromEntries(
    Object.entries(states).map(([id, s]) => [id, s.state === 'open' ? { state: 'locked' } : s]),
  );
}

/**
 * Returns `effects` with region changes replaced by a sync of every region, plus the track and
 * step card while running, the step card once ended (effects.ts draws an ended session's regions
 * released); pure.
 */
export function fullRender(
  method: Method,
  state: SessionState,
  effects: readonly Effect[],
): Effect[] {
  if (state.status === 'setup') return [...effects];
  const rest = effects.filter((e) => e.type !== 'apply-regions' && e.type !== 'sync-regions');
  const out: Effect[] = [{ type: 'sync-regions', states: targetStates(method, state) }, ...rest];
  if (state.status === 'running' && !rest.some((e) => e.type === 'highlight-phase'))
    out.push({ type: 'highlight-phase', index: state.phaseIndex });
  if (!rest.some((e) => e.type === 'step-card'))
    out.push({ type: 'step-card', phaseIndex: state.phaseIndex, stage: state.stage });
  return out;
}
