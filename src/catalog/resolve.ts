// The state of every region at a point in a method, for regions a phase does not name too.
//
// Resolution rule, for phase `i` at stage `s`:
// 1. A region the phase names has that state; but an `open` region whose `stage` > s is `upcoming`.
// 2. A region the phase does not name takes its state from its last named state before phase i:
//    - `hidden`, or `open` with `private`, and no reveal since (a `revealed` state, a public `open`,
//      or a `reveal` action in a later phase up to and including i): `hidden`;
//    - `open`, `locked` or `revealed` (or revealed since): `locked`;
//    - never named before: `upcoming`.
//    A `reveal` action for it in phase i itself makes it `revealed`.
import type { Method, Phase, RegionState } from './schema';

export type RegionStates = Record<string, RegionState>;

const HIDDEN: RegionState = { state: 'hidden' };
const LOCKED: RegionState = { state: 'locked' };
const UPCOMING: RegionState = { state: 'upcoming' };
const REVEALED: RegionState = { state: 'revealed' };

function revealsIn(phase: Phase, region: string): boolean {
  return phase.actions.some((a) => a.kind === 'reveal' && a.region === region);
}

function coveredAfter(s: RegionState): boolean {
  return s.state === 'hidden' || (s.state === 'open' && s.private === true);
}

function unnamed(method: Method, phaseIndex: number, region: string): RegionState {
  const current = method.phases[phaseIndex];
  if (current && revealsIn(current, region)) return REVEALED;
  let covered: boolean | undefined;
  for (let i = 0; i < phaseIndex; i++) {
    const phase = method.phases[i];
    if (!phase) break;
    const s = phase.regions[region];
    if (s) covered = coveredAfter(s) && !revealsIn(phase, region);
    else if (covered && revealsIn(phase, region)) covered = false;
  }
  if (covered === undefined) return UPCOMING;
  return covered ? HIDDEN : LOCKED;
}

/** Returns the number of stages of a phase: 1 + the highest `stage` of its open regions and actions; pure. */
export function stagesOf(phase: Phase): number {
  let max = 0;
  for (const s of Object.values(phase.regions))
    if (s.state === 'open') max = Math.max(max, s.stage ?? 0);
  for (const a of phase.actions) if ('stage' in a) max = Math.max(max, a.stage ?? 0);
  return 1 + max;
}

/** Returns the resolved state of every region of the method at phase `phaseIndex`, stage `stage`; pure. */
export function regionStatesAt(method: Method, phaseIndex: number, stage = 0): RegionStates {
  const phase = method.phases[phaseIndex];
  if (!phase) throw new RangeError(`phase ${phaseIndex} out of range for ${method.id}`);
  const out: RegionStates = {};
  for (const region of method.regions) {
    const named = phase.regions[region.id];
    if (named?.state === 'open' && (named.stage ?? 0) > stage) out[region.id] = UPCOMING;
    else out[region.id] = named ?? unnamed(method, phaseIndex, region.id);
  }
  return out;
}

/** Returns the ids of the regions open to `role` at that point, in the method's region order; pure. */
export function openRegionsFor(
  method: Method,
  phaseIndex: number,
  stage: number,
  role: string,
): string[] {
  const states = regionStatesAt(method, phaseIndex, stage);
  return method.regions
    .filter((r) => {
      const s = states[r.id];
      return s?.state === 'open' && s.roles.includes(role);
    })
    .map((r) => r.id);
}
