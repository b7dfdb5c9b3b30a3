import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { HISTORY_COLLECTION, loadHistory, saveHistory } from '../../src/board/history';
import {
  appendSession,
  emptyHistory,
  HISTORY_MAX,
  lastInbrengers,
  openActions,
  previousReportFor,
  repairHistory,
  setActionDone,
  startOfSessionAgenda,
} from '../../src/record/history';
import { toMarkdown } from '../../src/record/markdown';
import { simSession } from './helpers';

async function firstMeeting() {
  const s = await simSession(methods.byId('incident-casus')!, 's1');
  s.note('u-anna', 'casus', '<p>Lastig gesprek met een ouder</p>');
  s.note('u-anna', 'actieplan', '<p>Anna — gesprek plannen — 1 april</p>');
  s.note('u-bram', 'actieplan', '<p>wie: Eva / wat: folder opzoeken</p>');
  return s.report('2025-03-12');
}

describe('history', () => {
  it('keeps the sessions, their inbrengers and open actions', async () => {
    const history = appendSession(emptyHistory(), await firstMeeting());
    expect(history.sessions).toHaveLength(1);
    expect(lastInbrengers(history)).toEqual(['u-anna']);
    expect(openActions(history).map((a) => a.what)).toEqual(['gesprek plannen', 'folder opzoeken']);
    const done = setActionDone(history, 's1', 0, true);
    expect(openActions(done).map((a) => a.who)).toEqual(['Eva']);
  });

  it('replaces a session appended twice', async () => {
    const report = await firstMeeting();
    const twice = appendSession(appendSession(emptyHistory(), report), report);
    expect(twice.sessions).toHaveLength(1);
  });

  it('starts the next meeting from the previous verslag and its open actions (R41)', async () => {
    const history = appendSession(emptyHistory(), await firstMeeting());
    const card = startOfSessionAgenda(history, 'nl');
    expect(card?.title).toBe('Vorig verslag en open acties');
    expect(card?.lines).toContain('• Anna — gesprek plannen — 1 april [open]');
    expect(card?.lines[1]).toContain('Lastig gesprek met een ouder');

    const next = await simSession(methods.byId('post-it')!, 's2');
    const second = await next.report('2025-04-09', previousReportFor(history, 's2') ?? undefined);
    expect(second.previous?.openActions.map((a) => a.who)).toEqual(['Anna', 'Eva']);
    expect(second.previous?.date).toBe('2025-03-12');
  });

  it('puts the previous open actions at the head of the next verslag (R41)', async () => {
    const first = await firstMeeting();
    const next = await simSession(methods.byId('post-it')!, 's2');
    next.note('u-anna', 'vraag', '<p>Nieuwe vraag</p>');
    const md = toMarkdown(await next.report('2025-04-09', first), 'nl');
    const head = md.indexOf('## Vorig verslag en open acties');
    expect(head).toBeGreaterThan(0);
    expect(md.indexOf('Anna — gesprek plannen — 1 april')).toBeGreaterThan(head);
    expect(md.indexOf('## Vorig verslag')).toBeLessThan(md.indexOf('## Casus'));
  });

  it('R41: carries the previous agreements and every open action to the next start', async () => {
    const s = await simSession(methods.byId('eerste-bijeenkomst')!, 's1');
    s.note('u-chris', 'afspraken', '<p>Wat hier gezegd wordt, blijft hier</p>', { column: 1 });
    s.note('u-dewi', 'afspraken', '<p>We beginnen om 9 uur</p>', { column: 2 });
    s.note('u-anna', 'afspraken', '<p>Anna — agenda rondsturen — 1 april</p>', { column: 2 });
    const history = appendSession(emptyHistory(), await s.report('2025-03-12'));

    const card = startOfSessionAgenda(history, 'nl');
    expect(card?.parts).toEqual([
      {
        heading: 'Afspraken',
        lines: ['• Wat hier gezegd wordt, blijft hier', '• We beginnen om 9 uur'],
      },
      { heading: 'Open acties', lines: ['• Anna — agenda rondsturen — 1 april [open]'] },
    ]);
    expect(card?.lines).toContain('• We beginnen om 9 uur');
    expect(card?.lines).toContain('• Anna — agenda rondsturen — 1 april [open]');
    expect(card?.content).toContain('<p><strong>Afspraken</strong></p><p>• Wat hier gezegd');

    const next = await simSession(methods.byId('post-it')!, 's2');
    next.note('u-anna', 'vraag', '<p>Nieuwe vraag</p>');
    const previous = previousReportFor(history, 's2') ?? undefined;
    const md = toMarkdown(await next.report('2025-04-09', previous), 'nl');
    const head = md.slice(md.indexOf('## Vorig verslag'), md.indexOf('## Casus'));
    expect(head).toContain('### Afspraken\n\n- Wat hier gezegd wordt, blijft hier\n- We beginnen');
    expect(head).toContain('### Open acties\n\n- Anna — agenda rondsturen — 1 april [open]');
  });

  it('reads a stored session from before agreements were kept', async () => {
    const stored = appendSession(emptyHistory(), await firstMeeting());
    const { agreements: _gone, ...old } = stored.sessions[0]!;
    const { history, repaired } = repairHistory({ version: 1, sessions: [old] });
    expect(repaired).toBe(false);
    expect(previousReportFor(history)?.agreements).toEqual([]);
    expect(startOfSessionAgenda(history, 'nl')?.parts?.map((p) => p.heading)).toEqual([
      'Open acties',
    ]);
  });

  it('has no opening card before the first session', () => {
    expect(startOfSessionAgenda(emptyHistory(), 'nl')).toBeNull();
    expect(previousReportFor(emptyHistory())).toBeNull();
  });

  it('repairs a corrupt history by dropping the bad sessions', async () => {
    const good = appendSession(emptyHistory(), await firstMeeting());
    const raw = { version: 1, sessions: [{ nonsense: true }, ...good.sessions] };
    const { history, repaired } = repairHistory(raw);
    expect(repaired).toBe(true);
    expect(history.sessions.map((s) => s.sessionId)).toEqual(['s1']);
    expect(repairHistory('kapot').history).toEqual(emptyHistory());
  });

  it('keeps at most HISTORY_MAX sessions', async () => {
    const report = await firstMeeting();
    let h = emptyHistory();
    for (let i = 0; i < HISTORY_MAX + 5; i++)
      h = appendSession(h, { ...report, sessionId: `s${i}` });
    expect(h.sessions).toHaveLength(HISTORY_MAX);
    expect(h.sessions[0]?.sessionId).toBe('s5');
  });

  it('loads and saves through the storage collection, and never throws', async () => {
    const s = await simSession(methods.byId('post-it')!);
    const collection = s.sim.board.storage.collection(HISTORY_COLLECTION);
    expect((await loadHistory(collection)).history).toEqual(emptyHistory());
    const h = appendSession(emptyHistory(), await s.report());
    expect(await saveHistory(collection, h)).toBe(true);
    expect((await loadHistory(collection)).history).toEqual(h);
    await collection.set('history', { version: 7 });
    expect(await loadHistory(collection)).toMatchObject({ repaired: true, failed: false });
    const broken = { ...collection, get: () => Promise.reject(new Error('offline')) };
    expect(await loadHistory(broken)).toMatchObject({ failed: true });
  });
});
