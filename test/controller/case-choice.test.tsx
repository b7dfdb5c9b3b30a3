// @vitest-environment happy-dom
// The group's choice of a case on the board sets the inbrenger for the rest of the method (R5,
// R33): the facilitator marks the chosen note 'gekozen' (the panel's mark or a Miro tag), and on
// Volgende its writer becomes inbrenger, the one before groepslid; the lead view names them and
// the guard's permissions follow.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import type { Method } from '../../src/catalog/schema';
import { markItem } from '../../src/guard/marks';
import type { StickyItem } from '../../src/miro/types';
import { FIVE, FIVE_ROLES, liveBoard, tagTitles } from '../panel/live';
import type { Live } from '../panel/live';

let live: Live | null = null;
afterEach(() => live?.cleanup());

const inbrengers = (l: Live) =>
  Object.entries(l.handle.state().roles)
    .filter(([, r]) => r.includes('inbrenger'))
    .map(([id]) => id);

let written = 0;

/** Writes a sticky as `userId` at the centre of a slot they own in `region`, else inside its frame. */
function write(l: Live, method: Method, userId: string, region: string, content: string) {
  const slot = Object.keys(l.map).find((k) => k.includes(`/${region}/slot/${userId}/`));
  const frame = l.sim.inspect.absolute(l.map[frameKey(method.id, region)]!);
  const at = slot
    ? l.sim.inspect.absolute(l.map[slot]!)
    : { x: frame.x - frame.width / 2 + 150 + (written++ % 4) * 170, y: frame.y };
  return l.sim.as(userId).act.create('sticky_note', { x: at.x, y: at.y, content, width: 150 });
}

/** Returns where an item is: the region whose frame holds it, 'parking', or undefined. */
function whereIs(l: Live, id: string): string | undefined {
  const parent = l.sim.inspect.itemById(id)?.parentId;
  const key = Object.entries(l.map).find(([, v]) => v === parent)?.[0];
  return key?.split('/')[1];
}

const notices = (l: Live) => l.handle.notices().map((n) => n.message.nl);

describe('the case the group chooses on the board', () => {
  it('R5: incident-inzicht: Bob’s incident marked gekozen makes Bob the inbrenger from step 2 on', async () => {
    const method = methods.byId('incident-inzicht')!;
    const l = (live = await liveBoard(method, FIVE, FIVE_ROLES));
    expect(inbrengers(l)).toEqual(['u-ann']);
    write(l, method, 'u-ann', 'incidenten', 'Het gesprek met mijn leidinggevende');
    const bob = write(l, method, 'u-bob', 'incidenten', 'De ouder die boos wegliep');
    await l.settle();
    expect((await l.handle.next()).ok).toBe(true); // to the vote
    await l.settle();
    // The facilitator marks the group's choice from the lead view: select the note, 'Gekozen'.
    const fee = await l.panel('u-fee', 'lead');
    await fee.until(() => fee.has('[data-mark="gekozen"]'), 'the Gekozen button');
    l.sim.as('u-fee').act.select([bob.id]);
    await fee.click('[data-mark="gekozen"]');
    await fee.until(() => fee.text().includes('gekozen'), 'the mark set');
    await l.settle();
    expect(tagTitles(l, bob.id)).toEqual(['★ gekozen']);
    expect(inbrengers(l)).toEqual(['u-ann']);
    await fee.click('[data-action="next"]');
    await l.settle();
    await fee.until(() => l.handle.state().phaseIndex === 1, 'step 2');
    expect(inbrengers(l)).toEqual(['u-bob']);
    expect(l.handle.state().roles['u-ann']).toEqual(['groepslid']);
    await fee.until(() => fee.text().includes('Bob is nu de inbrenger'), 'the notice');
    expect(fee.$('[data-fact="activity"]').textContent).toContain(
      'Bob is nu de inbrenger: de groep koos die casus. Ann doet mee als groepslid.',
    );
    // The guard follows: only the new inbrenger maps the incident.
    const byBob = write(l, method, 'u-bob', 'incident', 'Wat er gebeurde');
    const byAnn = write(l, method, 'u-ann', 'incident', 'Mijn kant');
    await l.settle();
    expect(whereIs(l, byBob.id)).toBe('incident');
    expect(whereIs(l, byAnn.id)).toBe('parking');
    // Later steps too: what the inbrenger takes away is Bob's to write (R10).
    await l.handle.goto(7, { confirmed: true });
    await l.settle();
    const takeaway = write(l, method, 'u-bob', 'meenemen-inbrenger', 'Ik vraag eerder door');
    const notHers = write(l, method, 'u-ann', 'meenemen-inbrenger', 'Ik ook');
    await l.settle();
    expect(whereIs(l, takeaway.id)).toBe('meenemen-inbrenger');
    expect(whereIs(l, notHers.id)).toBe('parking');
  });

  it('R33: Balint: the problem tagged gekozen in Miro makes its writer the inbrenger who states it', async () => {
    const method = methods.byId('balint')!;
    const l = (live = await liveBoard(method, FIVE, FIVE_ROLES));
    write(l, method, 'u-ann', 'problemen', 'Een team dat niet luistert');
    const cas = write(l, method, 'u-cas', 'problemen', 'Een cliënt die steeds afzegt');
    await l.settle();
    expect((await l.handle.next()).ok).toBe(true); // phase 2: choosing the problem
    await l.settle();
    // The facilitator tags Cas's note in Miro itself, not through the panel.
    const fee = l.sim.as('u-fee').board;
    const tag = await fee.createTag({ title: 'Gekozen', color: 'violet' });
    const note = (await fee.getById(cas.id)) as StickyItem;
    note.tagIds = [tag.id];
    await note.sync();
    await l.settle();
    expect((await l.handle.next()).ok).toBe(true);
    await l.settle();
    expect(l.handle.state().phaseIndex).toBe(2);
    expect(inbrengers(l)).toEqual(['u-cas']);
    expect(notices(l)).toContainEqual(expect.stringContaining('Cas is nu de inbrenger'));
    const byCas = write(l, method, 'u-cas', 'probleemstelling', 'Mijn vraag');
    const byAnn = write(l, method, 'u-ann', 'probleemstelling', 'Mijn vraag ook');
    await l.settle();
    expect(whereIs(l, byCas.id)).toBe('probleemstelling');
    expect(whereIs(l, byAnn.id)).toBe('parking');
  });

  it('R33: a case the facilitator wrote for Eva, who is not on Miro, makes Eva the inbrenger', async () => {
    const method = methods.byId('balint')!;
    const l = (live = await liveBoard(method, FIVE, FIVE_ROLES));
    const eva = write(l, method, 'u-fee', 'problemen', 'Eva: Een collega die alles overneemt');
    await l.settle();
    await l.handle.next();
    await l.settle();
    // The facilitator records the group's choice; a member cannot.
    expect(await markItem(l.guards.get('u-bob')!.guard.ctx, eva.id, 'gekozen')).toMatchObject({
      ok: false,
      code: 'notMarker',
    });
    expect(await markItem(l.guards.get('u-fee')!.guard.ctx, eva.id, 'gekozen')).toMatchObject({
      ok: true,
    });
    await l.handle.next();
    await l.settle();
    expect(inbrengers(l)).toEqual(['p-eva']);
    expect(notices(l)).toContainEqual(expect.stringContaining('Eva is nu de inbrenger'));
  });

  it('R5: without a chosen note, or with two, the inbrenger stays who they were', async () => {
    const method = methods.byId('balint')!;
    const l = (live = await liveBoard(method, FIVE, FIVE_ROLES));
    const a = write(l, method, 'u-bob', 'problemen', 'Een');
    const b = write(l, method, 'u-cas', 'problemen', 'Twee');
    await l.settle();
    await l.handle.next();
    await l.settle();
    const fee = l.sim.as('u-fee').board;
    const tag = await fee.createTag({ title: '★ gekozen', color: 'violet' });
    for (const id of [a.id, b.id]) {
      const n = (await fee.getById(id)) as StickyItem;
      n.tagIds = [tag.id];
      await n.sync();
    }
    await l.settle();
    expect((await l.handle.next()).ok).toBe(true);
    await l.settle();
    expect(l.handle.state().phaseIndex).toBe(2);
    expect(inbrengers(l)).toEqual(['u-ann']);
    expect(notices(l)).toContainEqual(expect.stringContaining('Meer dan één casus is gekozen'));
    // Leaving a phase without such a vote reads nothing and changes no one.
    await l.handle.next();
    await l.settle();
    expect(inbrengers(l)).toEqual(['u-ann']);
  });
});
