// A simulated board with a generated template, a running session and a guard on every client.
import { generateTemplate } from '../../src/board/generate';
import { methods } from '../../src/catalog/methods';
import type { Method } from '../../src/catalog/schema';
import { startGuardWith, type StartedGuard } from '../../src/guard/entry';
import { KEYS, readTemplateMap } from '../../src/guard/plan';
import {
  createSimulatedMiro,
  type SimOptions,
  type SimulatedMiro,
} from '../../src/miro/simulator/index';
import type { Json } from '../../src/miro/types';
import { createSession, type SessionState } from '../../src/session/state';
import { COLLECTION } from '../../src/storage/keys';

export const SID = 's1';
export const BASE_USERS = [
  { id: 'u-fac', name: 'Fee' },
  { id: 'u-ann', name: 'Ann' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
  { id: 'u-dan', name: 'Dan' },
];

/** Roles per user for a method: Fee leads, Ann brings the case, the rest are members. */
export function rolesFor(method: Method, extra: string[] = []): Record<string, string[]> {
  const base = baseRoles(method);
  const last = base['u-dan']!;
  return { ...base, ...Object.fromEntries(extra.map((id) => [id, last])) };
}

function baseRoles(method: Method): Record<string, string[]> {
  const has = (r: string) => method.roles.some((x) => x.id === r);
  if (has('binnengroep'))
    return {
      'u-fac': ['gespreksleider'],
      'u-ann': ['binnengroep'],
      'u-bob': ['binnengroep'],
      'u-cas': ['buitengroep'],
      'u-dan': ['buitengroep'],
    };
  const member = has('groepslid') ? 'groepslid' : method.roles[0]!.id;
  return {
    'u-fac': [has('gespreksleider') ? 'gespreksleider' : member],
    'u-ann': [has('inbrenger') ? 'inbrenger' : member],
    'u-bob': [member],
    'u-cas': [member],
    'u-dan': [member],
  };
}

export interface Board {
  sim: SimulatedMiro;
  method: Method;
  guards: Map<string, StartedGuard>;
  map: Record<string, string>;
  state(): SessionState;
  setPlace(phaseIndex: number, stage?: number, extra?: Partial<SessionState>): Promise<void>;
  settle(): Promise<void>;
  /** Absolute rect of a region's frame. */
  frame(region: string): { id: string; x: number; y: number; width: number; height: number };
  /** Centre of the first slot/cell/seat the user owns in a region, else the frame's free area. */
  spot(region: string, userId?: string): { x: number; y: number };
  regionOfItem(id: string): string | undefined;
}

/** Returns a board for the method at phase 0 with guards on every user's client. */
export async function setupBoard(
  methodId: string,
  opts: { latencyMs?: number; extra?: number; sim?: SimOptions } = {},
): Promise<Board> {
  const method = methods.byId(methodId)!;
  const more = Array.from({ length: opts.extra ?? 0 }, (_, i) => ({
    id: `u-x${i}`,
    name: `Lid ${i + 1}`,
  }));
  const USERS = [...BASE_USERS, ...more];
  const sim = createSimulatedMiro({ ...opts.sim, users: USERS, latencyMs: opts.latencyMs ?? 0 });
  const roles = rolesFor(
    method,
    more.map((u) => u.id),
  );
  const participants = USERS.map((u) => ({ id: u.id, name: u.name, role: roles[u.id]![0]! }));
  const generated = await generateTemplate(sim, {
    method,
    participants,
    options: { date: '2025-01-06', lang: 'nl', sessionId: SID },
  });
  if (!generated.ok) throw new Error(`template failed: ${JSON.stringify(generated)}`);
  const collection = sim.board.storage.collection(COLLECTION);
  let state: SessionState = {
    ...createSession({
      sessionId: SID,
      methodId,
      participants: USERS.map((u) => ({ ...u, onMiro: true })),
      facilitatorId: 'u-fac',
    }),
    status: 'running',
    roles,
    startedAt: sim.clock.now(),
    phaseStartedAt: sim.clock.now(),
  };
  const write = (s: SessionState) =>
    collection.set(KEYS.session(SID), {
      version: 1,
      rev: 1,
      writer: 't',
      state: s,
    } as unknown as Json);
  await write(state);
  await sim.board.setAppData(COLLECTION, { v: 1, active: SID });
  const currentMap = () => readTemplateMap(sim.inspect.collection(COLLECTION)[KEYS.template(SID)]);
  const map = currentMap();
  const guards = new Map<string, StartedGuard>();
  for (const u of USERS) {
    const g = await startGuardWith(sim.as(u.id), {
      now: () => sim.clock.now(),
      clientId: `c-${u.id}`,
      timers: false,
    });
    if (!g) throw new Error('guard did not start');
    guards.set(u.id, g);
  }
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await sim.settle();
      await Promise.all([...guards.values()].map((g) => g.guard.idle()));
    }
  };
  await guards.get('u-fac')!.reconciler.tick();
  await settle();
  const frame = (region: string) => {
    const map = currentMap();
    const id = map[`${methodId}/${region}/frame`]!;
    return { id, ...sim.inspect.absolute(id) };
  };
  return {
    sim,
    method,
    guards,
    get map() {
      return currentMap();
    },
    state: () => state,
    async setPlace(phaseIndex, stage = 0, extra = {}) {
      state = { ...state, phaseIndex, stage, ...extra };
      await write(state);
      await settle();
      await settle();
    },
    settle,
    frame,
    spot(region, userId) {
      const f = frame(region);
      const map = currentMap();
      if (userId) {
        const token = `${methodId}/${region}/`;
        const key = Object.keys(map).find(
          (k) =>
            (k.startsWith(token) && /\/(slot|cell|seat)\//.test(k) && k.includes(`/${userId}/`)) ||
            (k.startsWith(token) && /\/(seat)\/u-/.test(k) && k.endsWith(`/${userId}`)),
        );
        if (key) {
          const a = sim.inspect.absolute(map[key]!);
          return { x: a.x, y: a.y };
        }
      }
      return { x: f.x - f.width / 2 + 60, y: f.y + f.height / 2 - 60 };
    },
    regionOfItem(id) {
      const map = currentMap();
      const item = sim.inspect.itemById(id);
      // Past a full parking frame the parking area continues beside it: a label names the note.
      const labelled = () =>
        sim.inspect
          .items()
          .some((i) => (sim.inspect.metadataOf(i.id)?.iv as { k?: string })?.k === `parked/${id}`);
      if (!item?.parentId) return item && labelled() ? 'parking' : undefined;
      const key = Object.entries(map).find(([, v]) => v === item.parentId)?.[0];
      return key?.split('/')[1];
    },
  };
}
