// @vitest-environment happy-dom
// The Afronden actions against the simulator, and the agenda card on the board (R41).
import { describe, expect, it } from 'vitest';
import { agendaKey, agendaSpot, writeAgendaCard } from '../../src/board/agenda-card';
import { generateTemplate } from '../../src/board/generate';
import { HISTORY_KEY } from '../../src/board/history';
import { methods } from '../../src/catalog/methods';
import { startSession } from '../../src/controller/session';
import type { SessionHandle } from '../../src/controller/handle';
import { createSimulatedMiro, type SimulatedMiro } from '../../src/miro/simulator/index';
import type { History } from '../../src/record/history';
import {
  createReportActions,
  historyInbrengers,
  recordOnEnd,
  recordSessionEnd,
} from '../../src/panel/report';
import { downloadFile, fileName, isoDay, printHtml } from '../../src/panel/report-dom';
import { COLLECTION } from '../../src/storage/keys';

const USERS = [
  { id: 'u-fac', name: 'Fee' },
  { id: 'u-anna', name: 'Anna' },
  { id: 'u-bram', name: 'Bram' },
  { id: 'u-chris', name: 'Chris' },
];
const ROLES: Record<string, string[]> = {
  'u-fac': ['gespreksleider'],
  'u-anna': ['inbrenger'],
  'u-bram': ['groepslid'],
  'u-chris': ['groepslid'],
};

interface Running {
  sim: SimulatedMiro;
  handle: SessionHandle;
  /** Writes a sticky as `user` in the region's frame; returns its id. */
  note(user: string, region: string, content: string): string;
}

async function running(methodId: string, sessionId: string, sim?: SimulatedMiro) {
  const board = sim ?? createSimulatedMiro({ users: USERS });
  const method = methods.byId(methodId)!;
  const generated = await generateTemplate(
    board,
    {
      method,
      participants: USERS.map((u) => ({ ...u, role: ROLES[u.id]![0]! })),
      options: { date: '2025-03-12', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  if (!generated.ok) throw new Error(`template: ${generated.error.code}`);
  const started = await startSession(board, {
    template: { sessionId, map: generated.map, lang: 'nl' },
    method,
    participants: USERS.map((u) => ({ ...u, onMiro: true })),
    roles: ROLES,
    facilitatorId: 'u-fac',
    now: () => board.clock.now(),
    random: () => 0.5,
  });
  if (!started.ok) throw new Error(`start: ${started.error.code}`);
  const handle = started.handle;
  const ok = await handle.start();
  if (!ok.ok) throw new Error(`start: ${ok.error.code}`);
  const map = generated.map;
  let n = 0;
  const note = (user: string, region: string, content: string) => {
    const f = board.inspect.absolute(map.items[`${methodId}/${region}/frame`]!);
    const at = { x: f.x - f.width / 2 + 120 + 180 * n++, y: f.y + f.height / 2 - 120 };
    return board.as(user).act.create('sticky_note', { ...at, content, width: 150 }).id;
  };
  return { sim: board, handle, note, map } as Running & { map: typeof map };
}

const opts = (sim: SimulatedMiro) => ({ lang: 'nl' as const, now: () => sim.clock.now() });

describe('report actions', () => {
  it('R41: toBoard writes one verslag frame beside the template; again updates the same frame', async () => {
    const s = await running('post-it', 's-one');
    s.note('u-anna', 'vraag', '<p>Hoe houd ik grenzen?</p>');
    s.note('u-bram', 'tips', '<p>Zeg eerder nee</p>');
    await s.handle.end();
    const actions = createReportActions(s.sim, s.handle, opts(s.sim));
    const first = await actions.toBoard();
    if (!first.ok) throw new Error(first.error.code);
    s.note('u-chris', 'tips', '<p>Plan een gesprek</p>');
    const second = await actions.toBoard();
    expect(second).toEqual(first);
    const frames = s.sim.inspect
      .items()
      .filter((i) => i.type === 'frame' && String(i.title).startsWith('Verslag'));
    expect(frames.map((f) => f.id)).toEqual([first.frameId]);
    const text = s.sim.inspect
      .items()
      .filter((i) => i.parentId === first.frameId)
      .map((i) => String(i.content))
      .join('\n');
    expect(text).toContain('Zeg eerder nee');
    expect(text).toContain('Plan een gesprek');
  });

  it('download saves verslag-<method>-<date>.md with the stickies’ text escaped', async () => {
    const s = await running('post-it', 's-two');
    s.note('u-bram', 'tips', '<p>Gebruik *geen* &lt;script&gt; [link](x)</p>');
    await s.handle.end();
    const saved: { name: string; text: string }[] = [];
    const actions = createReportActions(s.sim, s.handle, {
      ...opts(s.sim),
      save: (name, text) => void saved.push({ name, text }),
    });
    const result = await actions.download();
    const day = isoDay(s.sim.clock.now());
    expect(result).toMatchObject({ ok: true, name: `verslag-post-it-${day}.md` });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text).toMatch(/^# /);
    // Only what Markdown would misread is escaped: emphasis, the tag, the link.
    expect(saved[0]!.text).toContain('Gebruik \\*geen\\* &lt;script> [link]\\(x)');
    expect(saved[0]!.text).not.toContain('<script>');
  });

  it('print hands a whole HTML document to the printer; a failing printer is a value', async () => {
    const s = await running('post-it', 's-three');
    s.note('u-bram', 'tips', '<p>Tip met &amp; teken</p>');
    const printed: string[] = [];
    const actions = createReportActions(s.sim, s.handle, {
      ...opts(s.sim),
      print: (html) => void printed.push(html),
    });
    expect(await actions.print()).toEqual({ ok: true });
    expect(printed[0]).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(printed[0]).toMatch(/<\/html>\n$/);
    expect(printed[0]).toContain('Tip met &amp; teken');
    const broken = createReportActions(s.sim, s.handle, {
      ...opts(s.sim),
      print: () => {
        throw new Error('blocked');
      },
    });
    expect(await broken.print()).toMatchObject({ ok: false, error: { code: 'print-failed' } });
  });

  it('R41: the end of a session goes into the history; the next session opens with its open actions', async () => {
    const first = await running('incident-casus', 's-first');
    first.note('u-anna', 'casus', '<p>Een lastige ouder</p>');
    first.note('u-anna', 'actieplan', '<p>Anna: bel de ouder — vrijdag</p>');
    const ended = new Promise((resolve) =>
      recordOnEnd(first.sim, first.handle, { ...opts(first.sim), done: resolve }),
    );
    await first.handle.end();
    expect(await ended).toEqual({ ok: true, sessions: 1 });
    expect(await recordSessionEnd(first.sim, first.handle, opts(first.sim))).toEqual({
      ok: true,
      sessions: 1,
    });
    const stored = first.sim.inspect.collection(COLLECTION)[HISTORY_KEY] as unknown as History;
    expect(stored.sessions.map((x) => x.sessionId)).toEqual(['s-first']);
    expect(await historyInbrengers(first.sim)).toEqual(['u-anna']);

    const second = await running('post-it', 's-second', first.sim);
    const actions = createReportActions(second.sim, second.handle, opts(second.sim));
    const agenda = await actions.previousAgenda();
    expect(agenda?.title).toBe('Vorig verslag en open acties');
    expect(agenda?.lines.join('\n')).toContain('bel de ouder');
    expect(agenda?.content).toContain('bel de ouder');
    const own = createReportActions(first.sim, first.handle, opts(first.sim));
    expect(await own.previousAgenda()).toBeNull();

    const card = await actions.agendaToBoard();
    const again = await actions.agendaToBoard();
    expect(again).toEqual(card);
    const cards = second.sim.inspect
      .items()
      .filter((i) => String(i.content).includes('Vorig verslag en open acties'));
    expect(cards.map((c) => c.id)).toEqual([card.ok && card.itemId]);
  });

  it('says so in both languages when no session is stored', async () => {
    const s = await running('post-it', 's-four');
    const ghost = { state: () => ({ ...s.handle.state(), sessionId: 'nope' }) };
    const result = await createReportActions(s.sim, ghost, opts(s.sim)).toBoard();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.nl.length).toBeGreaterThan(0);
  });

  it('the default saver clicks an <a download> link; the default printer prints a hidden iframe', async () => {
    const clicked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      downloadFile('verslag-post-it-2025-03-12.md', '# Verslag');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).toEqual(['verslag-post-it-2025-03-12.md']);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    const printing = printHtml('<!doctype html><html><body><p>Verslag</p></body></html>');
    const frame = document.querySelector('iframe')!;
    let printed = 0;
    Object.defineProperty(frame, 'contentWindow', {
      value: { focus: () => undefined, print: () => void printed++ },
    });
    frame.onload?.(new Event('load'));
    await printing;
    expect(printed).toBe(1);
    expect(frame.getAttribute('srcdoc')).toContain('<p>Verslag</p>');
  });

  it('names the download safely', () => {
    expect(fileName('post-it', '2025-03-12')).toBe('verslag-post-it-2025-03-12.md');
    expect(fileName('../x y', '2025-03-12')).toBe('verslag-x-y-2025-03-12.md');
  });
});

describe('writeAgendaCard', () => {
  it('R41: places one card left of the title block, top-aligned; a second call updates it', async () => {
    const s = await running('post-it', 's-five');
    const agenda = { title: 'Vorig verslag en open acties', lines: [], content: '<p>Eerst</p>' };
    const one = await writeAgendaCard(s.sim, s.map, agenda);
    if (!one.ok) throw new Error(one.error.code);
    const two = await writeAgendaCard(s.sim, s.map, { ...agenda, content: '<p>Daarna</p>' });
    expect(two).toEqual(one);
    const card = s.sim.inspect.itemById(one.itemId)!;
    expect(card.content).toBe('<p>Daarna</p>');
    const title = s.sim.inspect.absolute(s.map.items['post-it/title/frame']!);
    const box = s.sim.inspect.absolute(one.itemId);
    expect(box.right).toBeLessThan(title.left);
    expect(box.top).toBe(title.top);
    expect(s.sim.inspect.metadataOf(one.itemId)?.iv).toMatchObject({ s: 's-five', r: 'title' });
    expect(s.sim.inspect.collection(COLLECTION)[agendaKey('s-five')]).toMatchObject({
      id: one.itemId,
    });
  });

  it('a longer agenda than the card holds gets a new card, still only one', async () => {
    const s = await running('post-it', 's-six');
    const short = { title: 'x', lines: [], content: '<p>Kort</p>' };
    const one = await writeAgendaCard(s.sim, s.map, short);
    const long = { ...short, content: '<p>Een lange regel tekst</p>'.repeat(30) };
    const two = await writeAgendaCard(s.sim, s.map, long);
    if (!one.ok || !two.ok) throw new Error('card');
    expect(s.sim.inspect.itemById(one.itemId)).toBeUndefined();
    expect(s.sim.inspect.itemById(two.itemId)!.content).toBe(long.content);
  });

  it('goes inside the title frame when there is room below its texts', () => {
    const frame = { x: 0, y: 0, width: 800, height: 600 };
    const spot = agendaSpot(frame, [{ x: 400, y: 50, width: 700, height: 40 }], {
      width: 560,
      height: 200,
    });
    expect(spot).toEqual({ x: -400 + 24 + 280, y: -300 + 70 + 24 + 100, inside: true });
    expect(agendaSpot({ ...frame, height: 200 }, [], { width: 560, height: 200 }).inside).toBe(
      false,
    );
  });
});
