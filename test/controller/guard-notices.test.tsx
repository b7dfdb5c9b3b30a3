// @vitest-environment happy-dom
// Guard notices reach the facilitator's panel: each user's guard writes `notices:<sid>` in its own
// headless page; the controller follows that key and the lead view shows the activity line.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import type { Notice as GuardNotice } from '../../src/guard/store';
import type { Json } from '../../src/miro/types';
import { liveBoard } from '../panel/live';
import type { Live } from '../panel/live';
import { COLLECTION } from '../../src/storage/keys';

const method = methods.byId('tien-stappen')!;
const PEOPLE = [
  { id: 'u-fee', name: 'Fee', onMiro: true },
  { id: 'u-anna', name: 'Anna', onMiro: true },
  { id: 'u-bram', name: 'Bram', onMiro: true },
  { id: 'u-chris', name: 'Chris', onMiro: true },
];
const ROLES: Record<string, string[]> = {
  'u-fee': ['gespreksleider'],
  'u-anna': ['inbrenger'],
  'u-bram': ['groepslid'],
  'u-chris': ['groepslid'],
};

let live: Live | null = null;
afterEach(() => live?.cleanup());

/** Step 2 of tien-stappen: 'situatie' is locked; Bram and Chris each write a sticky into it. */
async function parkTwo() {
  const l = (live = await liveBoard(method, PEOPLE, ROLES));
  await l.handle.goto(1, { confirmed: true });
  await l.settle();
  const frame = l.sim.inspect.itemById(l.map[frameKey(method.id, 'situatie')]!)!;
  const at = { x: frame.absolute.x, y: frame.absolute.y + 40 };
  for (const [id, text] of [
    ['u-bram', 'Bram schrijft'],
    ['u-chris', 'Chris schrijft'],
  ] as const) {
    l.sim.as(id).act.create('sticky_note', { ...at, content: text, width: 150 });
    l.sim.clock.advance(1000);
  }
  await l.settle();
  return l;
}

/** Stores guard notices as another user's guard would (read-modify-write of the capped list). */
async function guardWrites(l: Live, userId: string, notices: GuardNotice[]) {
  const c = l.sim.as(userId).board.storage.collection(COLLECTION);
  const key = `notices:${l.handle.sessionId}`;
  const now = ((await c.get(key)) as { items?: GuardNotice[] } | undefined)?.items ?? [];
  await c.set(key, { items: [...now, ...notices] } as unknown as Json);
  await l.settle();
}

describe('guard notices in the facilitator’s panel', () => {
  it('the handle lists the parked notes the participants’ guards stored, and tells its listeners', async () => {
    const l = (live = await liveBoard(method, PEOPLE, ROLES));
    const heard: string[] = [];
    l.handle.on('notice', (n) => heard.push(n.message.nl));
    await l.handle.goto(1, { confirmed: true });
    await l.settle();
    const frame = l.sim.inspect.itemById(l.map[frameKey(method.id, 'situatie')]!)!;
    const at = { x: frame.absolute.x, y: frame.absolute.y + 40 };
    l.sim.as('u-bram').act.create('sticky_note', { ...at, content: 'Bram', width: 150 });
    l.sim.clock.advance(1000);
    l.sim.as('u-chris').act.create('sticky_note', { ...at, content: 'Chris', width: 150 });
    await l.settle();
    const lines = l.handle.notices().map((n) => n.message);
    // Each writer, the region by its title on the board, and why.
    expect(lines).toContainEqual({
      nl: '2 notities naar de parkeerplaats: Bram uit De probleemsituatie (gesloten), Chris uit De probleemsituatie (gesloten)',
      en: '2 notes moved to the parking area: Bram from The problem situation (closed), Chris from The problem situation (closed)',
    });
    expect(heard.at(-1)).toMatch(/^2 notities naar de parkeerplaats: Bram uit/);
  });

  it('the lead view shows the activity line of notes parked by other users’ guards', async () => {
    const l = await parkTwo();
    const fee = await l.panel('u-fee', 'lead');
    await fee.until(() => fee.has('[data-fact="activity"]'), 'the activity line');
    expect(fee.$('[data-fact="activity"]').textContent).toBe(
      'Activiteit: 2 notities naar de parkeerplaats: Bram uit De probleemsituatie (gesloten), Chris uit De probleemsituatie (gesloten)',
    );
  });

  it('a notice stored after the panel opened shows too: a restore and a guard error, in English', async () => {
    const l = (live = await liveBoard(method, PEOPLE, ROLES));
    const fee = await l.panel('u-fee', 'lead', { lang: 'en' });
    const at = l.sim.clock.now();
    await guardWrites(l, 'u-bram', [
      { t: 'restored', at, who: 'Bram', region: 'situatie', phase: 1 },
      {
        t: 'error',
        at: at + 1,
        who: '',
        region: '',
        phase: 1,
        what: 'Network error',
        message: {
          nl: 'De bewaking kon een notitie niet terugzetten: Network error',
          en: 'The guard could not put a note back: Network error',
        },
      },
    ]);
    await fee.until(() => fee.has('[data-fact="activity"]'), 'the activity line');
    expect(fee.$('[data-fact="activity"]').textContent).toBe(
      'Activity: Note by Bram put back in The problem situation · The guard could not put a note back: Network error',
    );
    const nl = l.handle.notices().map((n) => n.message.nl);
    expect(nl).toEqual([
      'Notitie van Bram teruggezet in De probleemsituatie',
      'De bewaking kon een notitie niet terugzetten: Network error',
    ]);
  });

  it('a notice seen before is not told twice when the list is stored again', async () => {
    const l = (live = await liveBoard(method, PEOPLE, ROLES));
    const heard: string[] = [];
    l.handle.on('notice', (n) => heard.push(n.code));
    const restored: GuardNotice = { t: 'restored', at: 5, who: 'Bram', region: 'vragen', phase: 2 };
    await guardWrites(l, 'u-bram', [restored]);
    await guardWrites(l, 'u-chris', [{ ...restored, at: 6, who: 'Chris' }]);
    expect(heard).toEqual(['guard-restored', 'guard-restored']);
    expect(l.handle.notices()).toHaveLength(2);
  });
});
