// A live session on a simulated board for panel tests: template, started session at a phase,
// the guard on every client, and a panel per user mounted in happy-dom with its own notes storage.
import { generateTemplate } from '../../src/board/generate';
import type { Method } from '../../src/catalog/schema';
import { startSession } from '../../src/controller/session';
import type { SessionHandle } from '../../src/controller/handle';
import { startGuardWith } from '../../src/guard/entry';
import type { StartedGuard } from '../../src/guard/entry';
import type { StorageLike } from '../../src/reveal/private';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { SimOptions, SimulatedMiro } from '../../src/miro/simulator/index';
import { mountPanel } from '../../src/panel/mount';
import type { MountOptions } from '../../src/panel/mount';
import type { BoardItem } from '../../src/miro/types';
import type { Participant } from '../../src/session/state';
import { flush, mount, seeded } from './helpers';
import type { Harness } from './helpers';

/** Four people on Miro: Fee leads, Ann brings the case, Bob and Cas are members. */
export const FOUR: Participant[] = ['Fee', 'Ann', 'Bob', 'Cas'].map((name) => ({
  id: `u-${name.toLowerCase()}`,
  name,
  onMiro: true,
}));
/** The roles of FOUR. */
export const FOUR_ROLES: Record<string, string[]> = {
  'u-fee': ['gespreksleider'],
  'u-ann': ['inbrenger'],
  'u-bob': ['groepslid'],
  'u-cas': ['groepslid'],
};
/** FOUR and Eva, a member in the room without Miro. */
export const FIVE: Participant[] = [...FOUR, { id: 'p-eva', name: 'Eva', onMiro: false }];
/** The roles of FIVE. */
export const FIVE_ROLES: Record<string, string[]> = { ...FOUR_ROLES, 'p-eva': ['groepslid'] };

export interface Live {
  sim: SimulatedMiro;
  map: Record<string, string>;
  guards: Map<string, StartedGuard>;
  /** Moves the session (as the facilitator, outside any panel). */
  handle: SessionHandle;
  settle(): Promise<void>;
  /** Mounts the user's panel and waits for the screen; the harness is unmounted by cleanup(). */
  panel(userId: string, screen: string, options?: MountOptions): Promise<Harness>;
  cleanup(): void;
}

/** Returns an in-memory notes storage. */
export function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  };
}

/** Returns a running session of `method` with these people and roles; the first person leads. */
export async function liveBoard(
  method: Method,
  people: Participant[],
  roles: Record<string, string[]>,
  simOptions: Omit<SimOptions, 'users'> = {},
): Promise<Live> {
  const users = people.filter((p) => p.onMiro).map((p) => ({ id: p.id, name: p.name }));
  const sim = createSimulatedMiro({ ...simOptions, users });
  const sessionId = `s-${method.id}`.slice(0, 24);
  const generated = await generateTemplate(
    sim,
    {
      method,
      participants: people.map((p) => ({ id: p.id, name: p.name, role: roles[p.id]![0]! })),
      options: { date: '2025-03-12', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  if (!generated.ok) throw new Error('template failed');
  const started = await startSession(sim, {
    template: { sessionId, map: generated.map, lang: 'nl' },
    method,
    participants: people,
    roles,
    facilitatorId: people[0]!.id,
    now: () => sim.clock.now(),
    random: seeded(),
  });
  if (!started.ok) throw new Error('start failed');
  const handle = started.handle;
  const running = await handle.start();
  if (!running.ok) throw new Error(`start failed: ${running.error.message.en}`);
  const guards = new Map<string, StartedGuard>();
  for (const u of users) {
    const g = await startGuardWith(sim.as(u.id), {
      now: () => sim.clock.now(),
      clientId: `c-${u.id}`,
      timers: false,
    });
    if (g) guards.set(u.id, g);
  }
  const mounted: Harness[] = [];
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await sim.settle();
      await Promise.all([...guards.values()].map((g) => g.guard.idle()));
      await flush();
    }
  };
  await settle();
  return {
    sim,
    map: generated.map.items,
    guards,
    handle,
    settle,
    async panel(userId, screen, options = {}) {
      const h = mount();
      mounted.push(h);
      mountPanel(sim.as(userId), h.root, {
        now: () => sim.clock.now(),
        random: seeded(2),
        storage: memoryStorage(),
        ...options,
      });
      await h.until(() => h.has(`[data-screen="${screen}"]`), `${userId}'s ${screen} view`);
      return h;
    },
    cleanup() {
      mounted.forEach((h) => h.unmount());
      guards.forEach((g) => g.stop());
      handle.close();
    },
  };
}

/** Returns the id of Bob's question, put in his own slot of the `write` phase before the session moves to `then`; mutates the board. */
export async function bobsQuestion(l: Live, write: number, then: number): Promise<BoardItem> {
  await l.handle.goto(write, { confirmed: true });
  await l.settle();
  const slot = Object.keys(l.map).find((k) => k.includes('/vragen/slot/u-bob/'))!;
  const at = l.sim.inspect.absolute(l.map[slot]!);
  const q = l.sim
    .as('u-bob')
    .act.create('sticky_note', { x: at.x, y: at.y, content: 'Vraag', width: 150 });
  await l.settle();
  await l.handle.goto(then, { confirmed: true });
  await l.settle();
  return q;
}

/** Returns the titles of the tags on the item; pure. */
export function tagTitles(l: Live, id: string): (string | undefined)[] {
  return l.sim.inspect
    .itemById(id)!
    .tagIds.map((t) => l.sim.inspect.tags().find((x) => x.id === t)?.title);
}

/** Returns the sorted contents of the sticky notes in the frame; pure. */
export function stickyTexts(sim: SimulatedMiro, frameId: string): string[] {
  return sim.inspect
    .items()
    .filter((i) => i.type === 'sticky_note' && i.parentId === frameId)
    .map((i) => (i as { content: string }).content)
    .sort();
}
