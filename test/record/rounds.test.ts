import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { toMarkdown } from '../../src/record/markdown';
import type { Report } from '../../src/record/report-types';
import { assignRounds, roundRegions } from '../../src/record/rounds';
import { createSession } from '../../src/session/state';
import { simSession } from './helpers';

const via = methods.byId('via')!;
const MIN = 60_000;

/** Two VIA rounds on the board: Anna's, then Chris's; each writes as inbrenger, the others give feedback. */
async function twoRounds() {
  const s = await simSession(via);
  s.session.roles['u-chris'] = ['inbrenger'];
  const wait = () => s.sim.clock.advance(3 * MIN);
  const ids = {
    annaSeen: s.note('u-anna', 'eerste-reactie', '<p>Ik zie dat ik rustig blijf</p>', {
      column: 1,
    }),
    toAnna: '',
    annaKeeps: '',
    chrisSeen: '',
    chrisFeedback: '',
    toChris: '',
    chrisAction: '',
    together: '',
  };
  wait();
  ids.toAnna = s.note('u-dewi', 'feedback', '<p>Ik zie dat je knikt; daardoor praat hij door</p>');
  ids.chrisFeedback = s.note('u-chris', 'feedback', '<p>Ik zie dat je pauzes laat vallen</p>');
  wait();
  ids.annaKeeps = s.note('u-anna', 'leerpunten', '<p>Stiltes laten vallen</p>', { column: 1 });
  wait();
  ids.chrisSeen = s.note('u-chris', 'eerste-reactie', '<p>Ik praat te snel</p>', { column: 2 });
  wait();
  ids.toChris = s.note('u-anna', 'feedback', '<p>Ik zie dat je de vraag herhaalt</p>');
  wait();
  ids.chrisAction = s.note(
    'u-chris',
    'leerpunten',
    '<p>Chris — trager praten — volgende keer</p>',
    {
      column: 2,
    },
  );
  wait();
  ids.together = s.note('u-dewi', 'afsluiting', '<p>Video werkt goed</p>', { column: 1 });
  return { s, ids, report: await s.report() };
}

const section = (r: Report, id: string) => r.sections.find((x) => x.id === id);
const idsIn = (r: Report, id: string) =>
  section(r, id)?.groups.flatMap((g) => g.items.map((i) => i.id)) ?? [];

describe('VIA rounds in the verslag (R14)', () => {
  it('gives each inbrenger a round section with the notes of that round', async () => {
    const { ids, report } = await twoRounds();
    expect(report.sections.map((x) => x.id).slice(0, 2)).toEqual(['round-1', 'round-2']);
    expect(section(report, 'round-1')?.title.nl).toBe('Ronde 1 — Anna (Inbrenger)');
    expect(section(report, 'round-2')?.round).toEqual({ number: 2, inbrengerId: 'u-chris' });
    expect(idsIn(report, 'round-1').sort()).toEqual(
      [ids.annaSeen, ids.toAnna, ids.chrisFeedback, ids.annaKeeps].sort(),
    );
    expect(idsIn(report, 'round-2').sort()).toEqual(
      [ids.chrisSeen, ids.toChris, ids.chrisAction].sort(),
    );
  });

  it('keeps the closing of the session out of the rounds', async () => {
    const { ids, report } = await twoRounds();
    const rounds = report.sections.filter((x) => x.id.startsWith('round-'));
    expect(rounds.flatMap((r) => r.groups.flatMap((g) => g.items.map((i) => i.id)))).not.toContain(
      ids.together,
    );
    expect(report.actions.map((a) => a.what)).toEqual(['trager praten']);
  });

  it('names the columns of a round’s regions in the Markdown', async () => {
    const { report } = await twoRounds();
    const md = toMarkdown(report, 'nl');
    const one = md.slice(md.indexOf('## Ronde 1'), md.indexOf('## Ronde 2'));
    expect(one).toContain('### Eerste reactie van de inbrenger — Wat goed gaat');
    expect(one).toContain('### Leerpunten — Vasthouden');
    expect(one).toContain('Stiltes laten vallen');
    expect(md.indexOf('## Ronde 2 — Chris (Inbrenger)')).toBeGreaterThan(md.indexOf('## Ronde 1'));
  });

  it('lists a round it cannot tell apart under its own heading', async () => {
    const s = await simSession(via);
    s.session.roles['u-chris'] = ['inbrenger'];
    const lost = s.note('u-dewi', 'feedback', '<p>Mooi fragment</p>');
    const report = await s.report();
    expect(section(report, 'round-unknown')?.title.nl).toBe('Ronde niet vast te stellen');
    expect(idsIn(report, 'round-unknown')).toEqual([lost]);
  });
});

describe('assignRounds', () => {
  const people = ['u-anna', 'u-bram', 'u-chris', 'u-dewi'].map((id) => ({
    id,
    name: id.slice(2),
    onMiro: true,
  }));
  const session = {
    ...createSession({
      sessionId: 's',
      methodId: 'via',
      participants: people,
      facilitatorId: 'u-bram',
    }),
    roles: { 'u-anna': ['inbrenger'], 'u-chris': ['inbrenger'], 'u-dewi': ['groepslid'] },
  };
  const at = (min: number) => new Date(Date.UTC(2025, 2, 12, 10, min)).toISOString();
  const note = (id: string, region: string, authorId: string, min: number) => ({
    id,
    region,
    authorId,
    createdAt: at(min),
  });

  it('takes the round regions from the phases the rounds repeat', () => {
    const r = roundRegions(via);
    expect([...(r?.all ?? [])].sort()).toEqual(
      ['eerste-reactie', 'feedback', 'fragment', 'leerpunten', 'samenvatting'].sort(),
    );
    expect(r?.presenter.has('feedback')).toBe(false);
    expect(r?.presenter.has('samenvatting')).toBe(true);
    expect(roundRegions(methods.byId('post-it')!)).toBeNull();
  });

  it('puts a member’s note in the round of the latest inbrenger note before it', () => {
    const rounds = assignRounds(via, session, [
      note('a1', 'eerste-reactie', 'u-anna', 0),
      note('f1', 'feedback', 'u-dewi', 5),
      note('c1', 'eerste-reactie', 'u-chris', 10),
      note('f2', 'feedback', 'u-dewi', 12),
    ]);
    expect(Object.fromEntries(rounds)).toEqual({ a1: 0, f1: 0, c1: 1, f2: 1 });
  });

  it('never puts an inbrenger’s feedback in their own round', () => {
    const rounds = assignRounds(via, session, [
      note('c1', 'eerste-reactie', 'u-chris', 0),
      note('fa', 'feedback', 'u-chris', 3),
    ]);
    expect(rounds.get('fa')).toBe(0);
  });

  it('uses the session’s reveal and consent times as marks too', () => {
    const marked = {
      ...session,
      consent: [{ phaseIndex: 2, round: 1, by: 'u-chris', at: Date.parse(at(20)) }],
    };
    expect(assignRounds(via, marked, [note('f', 'feedback', 'u-dewi', 25)]).get('f')).toBe(1);
  });

  it('leaves the round unknown when nothing on the board tells it', () => {
    expect(assignRounds(via, session, [note('f', 'feedback', 'u-dewi', 5)]).get('f')).toBeNull();
  });
});
