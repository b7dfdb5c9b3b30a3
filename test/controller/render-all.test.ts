// The board at the start and at the end of a session, with the board app (and so the guard) on
// every client, as in Miro.
import { describe, expect, it } from 'vitest';
import { startBoardApp } from '../../src/app/headless';
import { COVER_TEXT, coverKey, frameKey } from '../../src/board/render-visual';
import type { Method } from '../../src/catalog/schema';
import { methodById, shown, staged, storedMap } from './fixtures';
import type { Staged } from './fixtures';

async function withBoardApps(method: Method) {
  const s = await staged(method);
  const ids = s.handle.state().participants.map((p) => p.id);
  const guard = { now: () => s.sim.clock.now(), timers: false };
  const apps = await Promise.all(
    ids.map((id) => startBoardApp(s.sim.as(id), { guard: { ...guard, clientId: `c-${id}` } })),
  );
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await s.sim.settle();
      await Promise.all(apps.map((a) => a.idle()));
      await Promise.all(apps.map((a) => a.guard()?.guard.idle()));
    }
  };
  return { s, apps, settle };
}

const covers = (s: Staged) =>
  s.sim.inspect
    .items()
    .filter((i) => i.type === 'shape' && String(i.content).includes(COVER_TEXT.nl));

describe('the board at the end of a session', () => {
  it('releases every region and takes every cover off for good, keeping the notes', async () => {
    const { s, apps, settle } = await withBoardApps(methodById('vijf-vragen'));
    expect((await s.handle.start()).ok).toBe(true);
    await settle();
    const hidden = s.method.regions.filter((r) => shown(s, r.id).covered).map((r) => r.id);
    expect(hidden).toEqual(['vraag-2', 'vraag-3', 'vraag-4', 'vraag-5']);
    expect(covers(s)).toHaveLength(4);
    const st = s.handle.state();
    const inbrenger = st.participants.find((p) => st.roles[p.id]?.includes('inbrenger'))!.id;
    const frame = s.sim.inspect.absolute(s.map.items[frameKey(s.method.id, 'vraag-1')]!);
    s.sim.as(inbrenger).act.create('sticky_note', {
      x: frame.x,
      y: frame.y + 100,
      content: 'Mijn antwoord',
      width: 150,
    });
    await settle();
    const notes = () => s.sim.inspect.items().filter((i) => i.type === 'sticky_note').length;
    const before = notes();

    expect((await s.handle.end()).ok).toBe(true);
    await settle();
    for (const r of s.method.regions)
      expect(shown(s, r.id), r.id).toEqual({ title: r.title.nl, fill: '#ffffff', covered: false });
    expect(covers(s)).toEqual([]);
    for (const id of hidden) expect(storedMap(s).items[coverKey(s.method.id, id)]).toBeUndefined();
    expect(notes()).toBe(before);
    const answer = s.sim.inspect.items().find((i) => String(i.content).includes('Mijn antwoord'));
    expect(answer?.parentId).toBe(s.map.items[frameKey(s.method.id, 'vraag-1')]);
    // The session is over on every client: nobody guards it any more.
    expect(apps.map((a) => a.session())).toEqual(apps.map(() => null));
    apps.forEach((a) => a.stop());
  });
});
