import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { buildReportFromBoard, reportKey, writeReportFrame } from '../../src/board/report-frame';
import { COLLECTION, sessionKey } from '../../src/session/store';
import { SCHEMA_VERSION } from '../../src/session/envelope';
import { META_KEY } from '../../src/layout/meta';
import { simSession } from './helpers';

const verslagFrames = (s: Awaited<ReturnType<typeof simSession>>) =>
  s.sim.inspect.items().filter((i) => i.type === 'frame' && String(i.title).startsWith('Verslag'));

describe('writeReportFrame', () => {
  it('puts the verslag in one frame to the right of the template, tagged for the session', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    s.note('u-anna', 'casus', '<p>Een lastige ouder</p>');
    const result = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!result.ok) throw new Error(result.error.code);
    const [frame] = verslagFrames(s);
    expect(frame?.id).toBe(result.frameId);
    expect(frame?.title).toBe('Verslag — Incidentmethode: een case oplossen — 2025-03-12');
    const templateRight = Math.max(
      ...s.map.frames.map((k) => {
        const b = s.sim.inspect.absolute(s.map.items[k]!);
        return b.x + b.width / 2;
      }),
    );
    const box = s.sim.inspect.absolute(result.frameId);
    expect(box.x - box.width / 2).toBeGreaterThan(templateRight);
    expect(s.sim.inspect.metadataOf(result.frameId)?.[META_KEY]).toMatchObject({
      s: 's1',
      r: 'verslag',
    });
    const texts = s.sim.inspect.items().filter((i) => i.parentId === result.frameId);
    expect(texts.map((t) => t.type)).toEqual(texts.map(() => 'text'));
    expect(texts.some((t) => String(t.content).includes('Een lastige ouder'))).toBe(true);
  });

  it('updates the same frame when run again, keeping a participant’s note in it', async () => {
    const s = await simSession(methods.byId('incident-casus')!);
    s.note('u-chris', 'tips', '<p>Eerste tip</p>');
    const first = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!first.ok) throw new Error(first.error.code);
    const box = s.sim.inspect.absolute(first.frameId);
    const guest = s.sim.as('u-dewi').act.create('sticky_note', {
      x: box.x + box.width / 2 - 150,
      y: box.y - box.height / 2 + 150,
      content: 'Mooi verslag',
    });
    s.note('u-chris', 'tips', '<p>Tweede tip</p>');
    const second = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    expect(second).toEqual(first);
    expect(verslagFrames(s)).toHaveLength(1);
    const children = s.sim.inspect.items().filter((i) => i.parentId === first.frameId);
    expect(children.map((c) => c.id)).toContain(guest.id);
    const text = children
      .filter((c) => c.type === 'text')
      .map((c) => String(c.content))
      .join('');
    expect(text).toContain('Tweede tip');
    expect(text.match(/Eerste tip/g)).toHaveLength(1);
  });

  it('makes a new frame when the old one was deleted', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const first = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    if (!first.ok) throw new Error(first.error.code);
    s.sim.act.remove(first.frameId);
    const second = await writeReportFrame(s.sim, await s.report(), s.map, 'nl');
    expect(second.ok && second.frameId).not.toBe(first.frameId);
    expect(verslagFrames(s)).toHaveLength(1);
    expect(s.sim.inspect.collection(COLLECTION)[reportKey('s1')]).toBeDefined();
  });

  it('returns an error value when the board refuses', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const report = await s.report();
    const failing = {
      board: { ...s.sim.board, createFrame: () => Promise.reject(new Error('down')) },
    };
    const result = await writeReportFrame(failing, report, s.map, 'nl');
    expect(result.ok).toBe(false);
  });
});

describe('buildReportFromBoard', () => {
  it('loads session, template and board and builds the verslag', async () => {
    const s = await simSession(methods.byId('post-it')!);
    s.note('u-chris', 'tips', '<p>Vraag het team</p>');
    const envelope = { version: SCHEMA_VERSION, rev: 1, writer: 'u-bram#1', state: s.session };
    await s.sim.board.storage.collection(COLLECTION).set(sessionKey('s1'), envelope as never);
    const result = await buildReportFromBoard(s.sim, 's1', { date: '2025-03-12', lang: 'nl' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.report.advice.map((a) => a.lines[0])).toEqual(['Vraag het team']);
  });

  it('says so when the session is missing', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const result = await buildReportFromBoard(s.sim, 'nope', { date: '2025-03-12', lang: 'nl' });
    expect(result.ok).toBe(false);
  });
});
