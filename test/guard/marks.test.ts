import { describe, expect, it } from 'vitest';
import { readBoard } from '../../src/board/snapshot';
import { fromStored } from '../../src/board/template-map';
import {
  markItem,
  marksFor,
  markSelection,
  marksKey,
  type MarksRecord,
} from '../../src/guard/marks';
import { rateItem } from '../../src/guard/rating';
import { setupBoard, SID, type Board } from './fixtures';
import { COLLECTION } from '../../src/storage/keys';

async function notes(methodId: string, writePhase: number, region: string, markPhase: number) {
  const b = await setupBoard(methodId);
  await b.setPlace(writePhase);
  const make = (text: string, dx: number) => {
    const at = b.spot(region, 'u-bob');
    return b.sim
      .as('u-bob')
      .act.create('sticky_note', { x: at.x + dx, y: at.y, content: text, width: 150 });
  };
  const one = make('Perceptie een', 0);
  const two = make('Perceptie twee', 30);
  await b.settle();
  await b.setPlace(markPhase);
  if (b.regionOfItem(one.id) !== region || b.regionOfItem(two.id) !== region)
    throw new Error('the notes were not written in the region');
  return { b, one, two };
}

const ctxOf = (b: Board, user: string) => b.guards.get(user)!.guard.ctx;
const titlesOn = (b: Board, id: string) => {
  const tags = b.sim.inspect.tags();
  return b.sim.inspect.itemById(id)!.tagIds.map((t) => tags.find((x) => x.id === t)?.title);
};

async function poll(b: Board) {
  const fac = b.guards.get('u-fac')!.reconciler;
  b.sim.clock.advance(fac.intervalMs);
  await fac.tick();
  await b.settle();
}

describe('marks', () => {
  it('R9: the inbrenger chooses a perception; a member is refused in plain words', async () => {
    const { b, one } = await notes('incident-inzicht', 4, 'percepties', 5);
    expect(await markItem(ctxOf(b, 'u-bob'), one.id, 'gekozen')).toEqual({
      ok: false,
      code: 'notMarker',
      message: {
        nl: 'Alleen de inbrenger kiest in deze stap.',
        en: 'Only the presenter chooses in this step.',
      },
    });
    expect(titlesOn(b, one.id)).toEqual([]);
    expect(await markItem(ctxOf(b, 'u-ann'), one.id, 'gekozen')).toEqual({
      ok: true,
      itemId: one.id,
      marked: true,
    });
    expect(titlesOn(b, one.id)).toEqual(['★ gekozen']);
  });

  it('R9: choose-one keeps one mark per region; choosing again takes it off', async () => {
    const { b, one, two } = await notes('incident-inzicht', 4, 'percepties', 5);
    const ann = ctxOf(b, 'u-ann');
    await markItem(ann, one.id, 'gekozen');
    expect(await markItem(ann, two.id, 'gekozen')).toMatchObject({ ok: true, marked: true });
    expect(titlesOn(b, one.id)).toEqual([]);
    expect(titlesOn(b, two.id)).toEqual(['★ gekozen']);
    const rec = b.sim.inspect.collection(COLLECTION)[marksKey(SID)] as unknown as MarksRecord;
    expect(Object.keys(rec.items)).toEqual([two.id]);
    expect(await markItem(ann, two.id, 'gekozen')).toMatchObject({ ok: true, marked: false });
    expect(titlesOn(b, two.id)).toEqual([]);
    expect(b.sim.inspect.tags().filter((t) => /gekozen/.test(t.title))).toHaveLength(1);
  });

  it('R9: the reconciler leaves the mark, and the record reads it as the chosen item', async () => {
    const { b, one } = await notes('incident-inzicht', 4, 'percepties', 5);
    await markItem(ctxOf(b, 'u-ann'), one.id, 'gekozen');
    await b.settle();
    await poll(b);
    await poll(b);
    expect(titlesOn(b, one.id)).toEqual(['★ gekozen']);
    const map = fromStored(b.sim.inspect.collection(COLLECTION)[`template:${SID}`])!;
    const snap = await readBoard(b.sim, map);
    const item = snap.regions.flatMap((r) => r.items).find((i) => i.id === one.id)!;
    expect(item).toMatchObject({ chosen: true, answered: false });
  });

  it('a mark lives beside a rating: rating after marking keeps the mark, polling keeps both', async () => {
    const { b, one } = await notes('tien-stappen', 1, 'vragen', 2);
    const answering = b.method.phases.findIndex((p) =>
      p.actions.some((a) => a.kind === 'mark-answered'),
    );
    await b.setPlace(answering);
    const ann = ctxOf(b, 'u-ann');
    expect(await markItem(ann, one.id, 'beantwoord')).toMatchObject({ ok: true, marked: true });
    await poll(b);
    await b.setPlace(2);
    await rateItem(ann, one.id, 'koud');
    await poll(b);
    expect(titlesOn(b, one.id)).toEqual(['✓ beantwoord', expect.stringMatching(/koud$/)]);
  });

  it('the reconciler leaves a mark on a note in a region members still write in (Balint R-beeldvorming)', async () => {
    const { b, one } = await notes('balint', 4, 'beeldvorming', 4);
    expect(await markItem(ctxOf(b, 'u-ann'), one.id, 'beantwoord')).toMatchObject({ ok: true });
    const live = (await b.sim.as('u-bob').board.getById(one.id)) as {
      content: string;
      sync(): Promise<void>;
    };
    live.content = '<p>Perceptie een, aangevuld</p>';
    await live.sync();
    await poll(b);
    expect(titlesOn(b, one.id)).toEqual(['✓ beantwoord']);
    expect(b.regionOfItem(one.id)).toBe('beeldvorming');
  });

  it('reuses a board tag the record reads as the mark, in either language', async () => {
    const { b, one } = await notes('post-it', 1, 'tips', 2);
    const own = await b.sim.board.createTag({ title: 'Answered', color: 'green' });
    await markItem(ctxOf(b, 'u-ann'), one.id, 'beantwoord');
    expect(b.sim.inspect.itemById(one.id)!.tagIds).toEqual([own.id]);
    expect(b.sim.inspect.tags().filter((t) => /beantwoord|answered/i.test(t.title))).toHaveLength(
      1,
    );
  });

  it('refuses outside the marking phase, a ninth tag, and several notes to choose', async () => {
    const { b, one, two } = await notes('incident-inzicht', 4, 'percepties', 6);
    const ann = ctxOf(b, 'u-ann');
    expect(await markItem(ann, one.id, 'gekozen')).toMatchObject({ ok: false, code: 'noMark' });
    await b.setPlace(5);
    expect(await markItem(ann, one.id, 'beantwoord')).toMatchObject({ ok: false, code: 'noMark' });
    const sticky = (await b.sim.board.getById(two.id)) as {
      tagIds: string[];
      sync(): Promise<void>;
    };
    for (let i = 0; i < 8; i++)
      sticky.tagIds.push((await b.sim.board.createTag({ title: `label ${i}` })).id);
    await sticky.sync();
    expect(await markItem(ann, two.id, 'gekozen')).toMatchObject({ ok: false, code: 'tagsFull' });
    b.sim.as('u-ann').act.select([one.id, two.id]);
    expect(await markSelection(ann, 'gekozen')).toMatchObject([{ ok: false, code: 'oneOnly' }]);
    b.sim.as('u-ann').act.select([one.id]);
    expect(await markSelection(ann, 'gekozen')).toEqual([
      { ok: true, itemId: one.id, marked: true },
    ]);
  });

  it('the facilitator marks for an inbrenger who is not on Miro, not for one who is', async () => {
    const { b, one } = await notes('post-it', 1, 'tips', 2);
    const fac = ctxOf(b, 'u-fac');
    expect(await markItem(fac, one.id, 'beantwoord')).toMatchObject({ code: 'notMarker' });
    const participants = b.state().participants.map((p) => ({ ...p, onMiro: p.id !== 'u-ann' }));
    await b.setPlace(2, 0, { participants });
    expect(await markItem(fac, one.id, 'beantwoord')).toMatchObject({ ok: true, marked: true });
  });

  it('marksFor tells the panel which mark is open where, and for whom', async () => {
    const { b } = await notes('roddel', 1, 'vragen', 1);
    const view = ctxOf(b, 'u-ann').view;
    expect(marksFor(view, 'u-ann')).toEqual([]);
    await b.setPlace(1, 1);
    expect(marksFor(view, 'u-ann')).toEqual([
      { mark: 'beantwoord', region: 'vragen', role: 'inbrenger', allowed: true },
    ]);
    expect(marksFor(view, 'u-bob')[0]?.allowed).toBe(false);
  });
});
