import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { writeAgendaCard } from '../../src/board/agenda-card';
import { writeReportFrame } from '../../src/board/report-frame';
import { readBoard } from '../../src/board/snapshot';
import { META_KEY } from '../../src/layout/meta';
import type { BoardItem } from '../../src/miro/types';
import { isAppLabel, metadataRegions, parkedOrigins } from '../../src/record/app-items';
import { toMarkdown } from '../../src/record/markdown';
import type { Report } from '../../src/record/report-types';
import type { SnapshotItem } from '../../src/record/snapshot';
import { simSession, type SimSession } from './helpers';

/** The guard's label under a parked note, naming the region as the board does. */
const label = (region: string, name: string) =>
  `<p>Geparkeerd uit ${region} (stap 2: Verkenning): ${name}</p>`;

/** Parks a note as the guard does: the note in the parking frame, its label right under it. */
async function park(s: SimSession, userId: string, from: string, content: string, meta = true) {
  const frameId = s.map.items[`${s.method.id}/parking/frame`]!;
  const frame = s.sim.inspect.absolute(frameId);
  const cell = s.sim.inspect.items().filter((i) => i.parentId === frameId).length;
  const at = { x: frame.left + 150 + 230 * cell, y: frame.top + 160 };
  const id = s.sim.as(userId).act.create('sticky_note', { ...at, width: 199, content }).id;
  const name = s.session.participants.find((p) => p.id === userId)!.name;
  const title = s.method.regions.find((r) => r.id === from)!.title.nl;
  const text = s.sim.as('u-bram').act.create('text', {
    x: at.x,
    y: at.y + 142,
    width: 210,
    content: label(title, name),
  });
  if (meta) await text.setMetadata(META_KEY, { s: 's1', r: 'parking', k: `parked/${id}` });
  return { id, labelId: text.id };
}

/** Gives a sticky the metadata of a revealed private note (with its author when revealed with names). */
async function revealed(s: SimSession, id: string, region: string, author?: string) {
  const sticky = (await s.sim.board.getById(id)) as BoardItem;
  const meta = { s: 's1', r: region, k: `private/${id}`, ...(author ? { a: author } : {}) };
  await sticky.setMetadata(META_KEY, meta);
}

const everyText = (r: Report) =>
  r.sections.flatMap((x) => x.groups.flatMap((g) => g.items.flatMap((i) => i.lines))).join('\n');
const groupOf = (r: Report, id: string) =>
  r.sections.flatMap((x) => x.groups).find((g) => g.items.some((i) => i.id === id));

describe('the app’s own items in the verslag', () => {
  it('lists no parking label, and a parked note under the region it came from', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    const parked = await park(s, 'u-dewi', 'tips', '<p>Bel de ouder eerst</p>');
    const report = await s.report();
    expect(everyText(report)).not.toMatch(/Geparkeerd uit/);
    const ids = report.sections.flatMap((x) => x.groups.flatMap((g) => g.items.map((i) => i.id)));
    expect(ids).not.toContain(parked.labelId);
    expect(groupOf(report, parked.id)?.region).toBe('tips');
    expect(report.advice.find((i) => i.id === parked.id)).toMatchObject({
      author: 'Dewi',
      parked: true,
    });
    const md = toMarkdown(report, 'nl');
    expect(md).not.toContain('Geparkeerd uit');
    expect(md).toContain('Bel de ouder eerst — _Dewi_ [geparkeerd]');
  });

  it('tells a label without metadata by its text and finds its note just above it', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    const parked = await park(s, 'u-chris', 'vragen', '<p>Wat zei hij precies?</p>', false);
    const report = await s.report();
    expect(everyText(report)).not.toMatch(/Geparkeerd uit/);
    expect(report.questions.map((q) => q.id)).toEqual([parked.id]);
  });

  it('finds a note parked beside a full parking frame by its label', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    const frame = s.sim.inspect.absolute(s.map.items['incident-casus/parking/frame']!);
    const at = { x: frame.right + 400, y: frame.top + 200 };
    const id = s.sim
      .as('u-dewi')
      .act.create('sticky_note', { ...at, content: '<p>Nog een tip</p>' }).id;
    const text = s.sim.as('u-bram').act.create('text', {
      x: at.x,
      y: at.y + 142,
      width: 210,
      content: label('Oplossingsrichtingen', 'Dewi'),
    });
    await text.setMetadata(META_KEY, { s: 's1', r: 'parking', k: `parked/${id}` });
    const other = s.sim.as('u-bram').act.create('text', {
      x: at.x + 600,
      y: at.y,
      width: 210,
      content: label('Oplossingsrichtingen', 'Eva'),
    });
    await other.setMetadata(META_KEY, { s: 's-other', r: 'parking', k: 'parked/elders' });
    const report = await s.report();
    expect(report.advice.map((i) => [i.id, i.parked])).toEqual([[id, true]]);
    expect(everyText(report)).not.toMatch(/Geparkeerd uit/);
  });

  it('keeps a parked note whose origin is unknown under Parkeerplaats', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    const id = s.note('u-dewi', 'parking', '<p>Te vroeg geschreven</p>');
    const report = await s.report();
    expect(report.sections.at(-1)?.id).toBe('parking');
    expect(report.sections.at(-1)?.title.nl).toBe('Parkeerplaats');
    expect(groupOf(report, id)?.region).toBe('parking');
  });

  it('leaves out a reveal’s overflow note and returns its notes to their region', async () => {
    const s = await simSession(methods.byId('successen')!);
    s.sim.as('u-bram').act.create('text', {
      ...s.sim.inspect.absolute(s.map.items['successen/parking/frame']!),
      width: 200,
      content: '<p>Geen plaats meer in factoren bij de onthulling: deze notities horen daar.</p>',
    });
    const id = s.note('u-bram', 'parking', '<p>Ze vroeg om hulp</p>');
    await revealed(s, id, 'factoren', 'u-dewi');
    const report = await s.report();
    expect(everyText(report)).not.toMatch(/Geen plaats meer/);
    expect(report.insights.find((i) => i.id === id)).toMatchObject({
      region: 'factoren',
      author: 'Dewi',
      parked: false,
    });
  });

  it('names no author for a note revealed without names', async () => {
    const s = await simSession(methods.byId('successen')!);
    const id = s.note('u-bram', 'factoren', '<p>Ze bleef rustig</p>');
    await revealed(s, id, 'factoren');
    const report = await s.report();
    expect(report.insights[0]).toMatchObject({ anonymous: true, authorId: null });
    expect(toMarkdown(report, 'nl')).toContain('Ze bleef rustig — _anoniem_');
  });
});

describe('the app’s cards and frames', () => {
  it('leaves the step card, role cards, titles, agenda card and verslag frame out', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const card = {
      title: 'Vorig verslag en open acties',
      lines: [],
      content: '<p>Vorige keer</p>',
    };
    await writeAgendaCard(s.sim, s.map, card);
    await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    const id = s.note('u-chris', 'tips', '<p>Eén tip</p>');
    const report = await s.report();
    expect(
      report.sections.flatMap((x) => x.groups.flatMap((g) => g.items.map((i) => i.id))),
    ).toEqual([id]);
  });
});

describe('app items, pure', () => {
  const item = (over: Partial<SnapshotItem>): SnapshotItem => ({
    id: 'x',
    type: 'text',
    content: '',
    createdBy: 'u-bram',
    createdAt: '2025-03-12T10:00:00.000Z',
    x: 0,
    y: 0,
    tags: [],
    rating: null,
    chosen: false,
    answered: false,
    done: false,
    ...over,
  });

  it('knows the guard’s labels in both languages, not a participant’s sticky', () => {
    expect(isAppLabel(item({ content: label('Open vragen', 'Ann') }))).toBe(true);
    expect(
      isAppLabel(item({ content: '<p>Parked from Questions (step 3: Rating): Ann</p>' })),
    ).toBe(true);
    expect(isAppLabel(item({ content: '<p>Geparkeerd uit vragen (fase 2): Ann</p>' }))).toBe(true);
    expect(
      isAppLabel(item({ content: '<p>Geen plaats meer in vragen bij de onthulling</p>' })),
    ).toBe(true);
    expect(isAppLabel(item({ app: { key: 'parked/n1' } }))).toBe(true);
    expect(isAppLabel(item({ type: 'sticky_note', content: '<p>Geparkeerd uit angst</p>' }))).toBe(
      false,
    );
  });

  it('reads a region by its title in a label', () => {
    const method = methods.byId('post-it')!;
    const note = item({ id: 'n1', type: 'sticky_note', y: 0 });
    const label = item({
      id: 'l1',
      y: 140,
      content: '<p>Parked from Tips and recommendations (phase 2): Ann</p>',
    });
    expect(parkedOrigins(method, [note, label]).get('n1')).toEqual({
      region: 'tips',
      parked: true,
    });
  });

  it('reads the app’s metadata only in the parking frame and the private-writing regions', async () => {
    const method = methods.byId('tien-stappen')!;
    expect(metadataRegions(method)).toEqual(['parking', 'probleemstellingen']);
    const s = await simSession(method);
    for (let i = 0; i < 6; i++) s.note('u-chris', 'vragen', `<p>Vraag ${i}</p>`);
    s.note('u-chris', 'probleemstellingen', '<p>Mijn probleem is tijd</p>');
    s.sim.resetCounters();
    await readBoard(s.sim, s.map, { metadataIn: metadataRegions(method) });
    expect(s.sim.counters.calls).toBe(3);
  });
});
