// Running 'Verslag op het bord' again never overwrites what someone edited on the board.
import { describe, expect, it } from 'vitest';
import { writeAgendaCard } from '../../src/board/agenda-card';
import { writeReportFrame } from '../../src/board/report-frame';
import { methods } from '../../src/catalog/methods';
import { simSession } from './helpers';

const verslagFrames = (s: Awaited<ReturnType<typeof simSession>>) =>
  s.sim.inspect.items().filter((i) => i.type === 'frame' && String(i.title).startsWith('Verslag'));
const textsIn = (s: Awaited<ReturnType<typeof simSession>>, frameId: string) =>
  s.sim.inspect.items().filter((i) => i.parentId === frameId && i.type === 'text');

describe('writeReportFrame run again', () => {
  it('keeps a verslag text someone edited and writes the new version in a new frame', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    s.note('u-chris', 'tips', '<p>Eerste tip</p>');
    const first = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!first.ok) throw new Error(first.error.code);
    const [edited] = textsIn(s, first.frameId);
    const mine = `${String(edited!.content)}<p>Aangevuld door Dewi</p>`;
    s.sim.as('u-dewi').act.edit(edited!.id, mine);
    s.note('u-chris', 'tips', '<p>Tweede tip</p>');

    const second = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!second.ok) throw new Error(second.error.code);
    expect(s.sim.inspect.itemById(edited!.id)?.content).toBe(mine);
    expect(s.sim.inspect.itemById(edited!.id)?.parentId).toBe(first.frameId);
    expect(
      textsIn(s, first.frameId)
        .map((t) => String(t.content))
        .join(''),
    ).not.toContain('Tweede tip');
    expect(second.frameId).not.toBe(first.frameId);
    expect(s.sim.inspect.itemById(second.frameId)?.title).toMatch(/^Verslag — .*\(bijgewerkt\)$/);
    expect(
      textsIn(s, second.frameId)
        .map((t) => String(t.content))
        .join(''),
    ).toContain('Tweede tip');
    expect(verslagFrames(s)).toHaveLength(2);
  });

  it('puts a recreated text in the verslag frame even when another frame lies over that spot', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const first = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!first.ok) throw new Error(first.error.code);
    const [gone] = textsIn(s, first.frameId);
    const at = s.sim.inspect.absolute(gone!.id);
    s.sim.act.remove(gone!.id);
    const cover = s.sim.as('u-dewi').act.create('frame', {
      x: at.x,
      y: at.y,
      width: at.width + 100,
      height: at.height + 100,
      title: 'Notities',
    });

    const second = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    expect(second).toEqual(first);
    expect(s.sim.inspect.items().filter((i) => i.parentId === cover.id)).toEqual([]);
    expect(textsIn(s, first.frameId).length).toBeGreaterThan(0);
  });
});

describe('writeAgendaCard run again', () => {
  it('R41: keeps an agenda card someone edited and writes the new one beside it', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const agenda = { title: 'Vorig verslag en open acties', lines: [], content: '<p>Eerst</p>' };
    const one = await writeAgendaCard(s.sim, s.map, agenda);
    if (!one.ok) throw new Error(one.error.code);
    s.sim.as('u-anna').act.edit(one.itemId, '<p>Eerst</p><p>Anna: ook de ouder bellen</p>');

    const two = await writeAgendaCard(s.sim, s.map, { ...agenda, content: '<p>Daarna</p>' });
    if (!two.ok) throw new Error(two.error.code);
    expect(s.sim.inspect.itemById(one.itemId)?.content).toBe(
      '<p>Eerst</p><p>Anna: ook de ouder bellen</p>',
    );
    expect(two.itemId).not.toBe(one.itemId);
    expect(s.sim.inspect.itemById(two.itemId)?.content).toBe('<p>Daarna</p>');
    const a = s.sim.inspect.absolute(one.itemId);
    const b = s.sim.inspect.absolute(two.itemId);
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(overlap).toBe(false);
  });

  it('R41: a longer agenda replaces only an unedited card', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const short = { title: 'x', lines: [], content: '<p>Kort</p>' };
    const one = await writeAgendaCard(s.sim, s.map, short);
    if (!one.ok) throw new Error(one.error.code);
    s.sim.as('u-bram').act.edit(one.itemId, '<p>Kort, en van Bram</p>');
    const long = { ...short, content: '<p>Een lange regel tekst</p>'.repeat(30) };
    const two = await writeAgendaCard(s.sim, s.map, long);
    expect(two.ok && two.itemId).not.toBe(one.itemId);
    expect(s.sim.inspect.itemById(one.itemId)?.content).toBe('<p>Kort, en van Bram</p>');
  });
});
