// @vitest-environment happy-dom
// A reveal from the facilitator's panel on a live board (R34): no activity line says the
// facilitator wrote what the app posted (the cover, the revealed notes), and with one storage for
// every writer (as on the practice board) each note goes up from its writer's own client.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import { attachPrivateWriting } from '../../src/reveal/writing';
import { FIVE, FIVE_ROLES, liveBoard, memoryStorage } from '../panel/live';
import type { Live } from '../panel/live';

const balint = methods.byId('balint')!;
const AT = balint.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

let live: Live | null = null;
afterEach(() => live?.cleanup());

/** Balint at its associations, every writer's note held in the facilitator's storage. */
async function session(clientOf?: (id: string) => boolean) {
  const l = (live = await liveBoard(balint, FIVE, FIVE_ROLES));
  await l.handle.goto(AT, { confirmed: true });
  await l.settle();
  const writing = attachPrivateWriting(l.sim.as('u-fee'), l.handle, {
    storage: memoryStorage(),
    selfId: 'u-fee',
    ...(clientOf ? { clientOf: (id: string) => (clientOf(id) ? l.sim.as(id) : undefined) } : {}),
  });
  const add = (authorId: string, authorName: string, text: string) =>
    writing.notes.add({ region: 'associaties', text, authorId, authorName });
  add('u-bob', 'Bob', 'Een storm');
  add('u-cas', 'Cas', 'Een muur');
  add('p-eva', 'Eva', 'Een echo');
  const frameId = l.map[frameKey(balint.id, 'associaties')]!;
  const notes = () =>
    l.sim.inspect
      .items()
      .filter((i) => i.type === 'sticky_note' && i.parentId === frameId)
      .sort((a, b) => a.x - b.x);
  return { l, writing, notes };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('a reveal from the facilitator’s panel', () => {
  it('R34: entering private writing and revealing without names list no “Fee schreef in …”', async () => {
    const { l, notes } = await session();
    expect((await l.handle.reveal('associaties', 'without')).ok).toBe(true);
    await until(() => notes().length === 3);
    await l.settle();
    const fac = l.guards.get('u-fee')!.reconciler;
    l.sim.clock.advance(fac.intervalMs);
    await fac.tick();
    await l.settle();
    expect(notes().map((n) => n.createdBy)).toEqual(['u-fee', 'u-fee', 'u-fee']);
    expect(l.handle.notices().map((n) => n.message.nl)).not.toContainEqual(
      expect.stringContaining('schreef in'),
    );
  });

  it('R34: with names each note goes up from its writer’s own client, in one row of the grid', async () => {
    const { l, notes } = await session((id) => id === 'u-bob' || id === 'u-cas');
    expect((await l.handle.reveal('associaties', 'with')).ok).toBe(true);
    await until(() => notes().length === 3);
    await l.settle();
    const up = notes();
    // The writers in participant order (Bob, Cas, Eva), side by side in the first row.
    expect(up.map((n) => n.createdBy)).toEqual(['u-bob', 'u-cas', 'u-fee']);
    expect(up.map((n) => n.content)).toEqual([
      '<p><strong>Bob:</strong> Een storm</p>',
      '<p><strong>Cas:</strong> Een muur</p>',
      '<p>Een echo</p><p>— Eva</p>',
    ]);
    expect(new Set(up.map((n) => n.y)).size).toBe(1);
    expect(up.map((n) => n.x - up[0]!.x)).toEqual([0, 210, 420]);
    expect(l.handle.notices().map((n) => n.message.nl)).not.toContainEqual(
      expect.stringContaining('schreef in'),
    );
  });
});
