// Shared setup for the board adapter tests: participants, a simulator whose waits advance its
// own clock (so backoff and pacing cost no real time), and board checks.
import type { LayoutOptions, Participant } from '../../src/layout/blueprint';
import { createRandom } from '../../src/miro/simulator/clock';
import {
  createSimulatedMiro,
  SimMiroError,
  type SimOptions,
  type SimulatedMiro,
} from '../../src/miro/simulator';
import type { ApplyOptions } from '../../src/board/apply';
import { COLLECTION, fromStored, mapKey, type TemplateMap } from '../../src/board/template-map';
import { META_KEY } from '../../src/layout/meta';

const NAMES =
  'Anna Bram Chris Dewi Eva Fatima Gijs Hanna Ivo Jet Kees Lotte Mo Noor Olaf Pien'.split(' ');

/** n participants: an inbrenger, a gespreksleider, then groepsleden. */
export function people(n: number): Participant[] {
  return NAMES.slice(0, n).map((name, i) => ({
    id: name.toLowerCase(),
    name,
    role: i === 0 ? 'inbrenger' : i === 1 ? 'gespreksleider' : 'groepslid',
  }));
}

export const layoutOptions = (sessionId: string): LayoutOptions => ({
  date: '2025-03-12',
  lang: 'nl',
  sessionId,
});

/** A simulator plus hooks whose sleep advances the simulated clock. */
export function setup(options: SimOptions = {}): { sim: SimulatedMiro; hooks: ApplyOptions } {
  const sim = createSimulatedMiro(options);
  const random = createRandom(7);
  const hooks: ApplyOptions = {
    sleep: async (ms) => sim.clock.advance(ms),
    now: () => sim.clock.now(),
    random,
  };
  return { sim, hooks };
}

/** A network error as the simulator's failure injection raises it. */
export const networkDown = () => new SimMiroError('NETWORK', 'Network error: offline');

/** The session's map as stored on the board. */
export function storedMap(sim: SimulatedMiro, sessionId: string): TemplateMap | undefined {
  return fromStored(sim.inspect.collection(COLLECTION)[mapKey(sessionId)]);
}

/** The blueprint keys written in the items' metadata, one entry per item carrying any. */
export function metaKeys(sim: SimulatedMiro): string[] {
  return sim.inspect
    .items()
    .map((i) => (sim.inspect.metadataOf(i.id)?.[META_KEY] as { k?: string } | undefined)?.k)
    .filter((k): k is string => typeof k === 'string');
}
