// A staffed session on a simulated board: users, roles, a generated template, a started handle,
// and readers of what the board shows for each region.
import { expect } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { fromStored } from '../../src/board/template-map';
import type { TemplateMap } from '../../src/board/template-map';
import { coverKey, frameKey, regionVisual, revealedNow } from '../../src/board/render-visual';
import { allMethods } from '../../src/catalog/methods';
import { regionStatesAt } from '../../src/catalog/resolve';
import type { Method } from '../../src/catalog/schema';
import { startSession } from '../../src/controller/session';
import type { SessionHandle } from '../../src/controller/handle';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { SimOptions, SimulatedMiro } from '../../src/miro/simulator/index';
import type { SessionState } from '../../src/session/state';
import { COLLECTION } from '../../src/storage/keys';

export { allMethods };

export function methodById(id: string): Method {
  const m = allMethods.find((x) => x.id === id);
  if (!m) throw new Error(`no method ${id}`);
  return m;
}

const NAMES = 'Anna Bram Chris Dewi Eva Fatima Gijs Hanna Ivo Jet Kees Lotte Mo Noor Olaf Pien';

/** Returns the roles for n people: every role's minimum in method order, the rest as members. */
export function rolesFor(method: Method, ids: string[]): Record<string, string[]> {
  const roles: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
  let next = 0;
  for (const role of method.roles)
    for (let k = 0; k < role.min && next < ids.length; k++) roles[ids[next++]!]!.push(role.id);
  const filler =
    method.roles.find((r) => r.id === 'groepslid') ??
    [...method.roles].reverse().find((r) => r.max === null);
  for (; next < ids.length; next++) if (filler) roles[ids[next]!]!.push(filler.id);
  return roles;
}

export interface Staged {
  sim: SimulatedMiro;
  method: Method;
  handle: SessionHandle;
  map: TemplateMap;
  sessionId: string;
}

/** Returns a board with the method's template generated and a session handle in 'setup'. */
export async function staged(
  method: Method,
  opts: { size?: number; sim?: SimOptions } = {},
): Promise<Staged> {
  const mins = method.roles.reduce((n, r) => n + r.min, 0);
  const size = Math.min(method.group.max, Math.max(method.group.min, mins, opts.size ?? 0));
  const users = NAMES.split(' ')
    .slice(0, size)
    .map((name, i) => ({ id: i === 0 ? 'u-fac' : `u-${name.toLowerCase()}`, name }));
  const sim = createSimulatedMiro({ users, ...opts.sim });
  const ids = users.map((u) => u.id);
  const roles = rolesFor(method, ids);
  const sessionId = `s-${method.id}`.slice(0, 24);
  const participants = users.map((u) => ({ id: u.id, name: u.name, onMiro: true }));
  const generated = await generateTemplate(
    sim,
    {
      method,
      participants: users.map((u) => ({ ...u, role: roles[u.id]?.[0] ?? 'groepslid' })),
      options: { date: '2025-03-12', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  if (!generated.ok) throw new Error(`template failed: ${generated.error.message.en}`);
  const started = await startSession(sim, {
    template: { sessionId, map: generated.map, lang: 'nl' },
    method,
    participants,
    roles,
    facilitatorId: 'u-fac',
    now: () => sim.clock.now(),
    random: seeded(),
  });
  if (!started.ok) throw new Error(`start failed: ${started.error.message.en}`);
  await sim.settle();
  return { sim, method, handle: started.handle, map: generated.map, sessionId };
}

/** Returns a deterministic random function (mulberry32). */
export function seeded(seed = 7): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the TemplateMap as stored now (covers included). */
export function storedMap(s: Staged): TemplateMap {
  const value = s.sim.inspect.collection(COLLECTION)[`template:${s.sessionId}`];
  const map = fromStored(value);
  if (!map) throw new Error('no stored template map');
  return map;
}

/** What the board shows for a region: its frame's title, fill and whether it is hidden. */
export function shown(s: Staged, region: string) {
  const frame = s.sim.inspect.itemById(s.map.items[frameKey(s.method.id, region)]!);
  if (!frame) throw new Error(`no frame for ${region}`);
  const coverId = storedMap(s).items[coverKey(s.method.id, region)];
  const cover = coverId ? s.sim.inspect.itemById(coverId) : undefined;
  if (coverId) expect(cover, `cover of ${region} is on the board`).toBeDefined();
  if (cover) {
    expect(cover.style).toMatchObject({ fillOpacity: 1 });
    expect([cover.width, cover.height]).toEqual([frame.width, frame.height]);
  }
  return {
    title: frame.title,
    fill: (frame.style as { fillColor: string }).fillColor,
    covered: frame.showContent === false || !!cover,
  };
}

/** Asserts every region on the board shows its state at the session's position. */
export function expectBoardAt(s: Staged, state: SessionState = s.handle.state()) {
  const states = regionStatesAt(s.method, state.phaseIndex, state.stage);
  for (const r of s.method.regions) {
    const want = regionVisual(s.method, r.id, states[r.id]!, 'nl', revealedNow(state, r.id));
    expect(
      shown(s, r.id),
      `${s.method.id} phase ${state.phaseIndex + 1}.${state.stage} ${r.id}`,
    ).toEqual(want);
  }
}
