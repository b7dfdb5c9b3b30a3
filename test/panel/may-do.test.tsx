// @vitest-environment happy-dom
// "Jij mag" for every method, phase, stage and role: the sentence names each thing the phase lets
// that role do (write, rate, mark, vote, agree) and says "nothing to do" only when there is none.
import { afterEach, describe, expect, it } from 'vitest';
import { allMethods, methods } from '../../src/catalog/methods';
import { regionStatesAt, stagesOf } from '../../src/catalog/resolve';
import type { Method } from '../../src/catalog/schema';
import { dictFor } from '../../src/i18n/i18n';
import type { Lang } from '../../src/i18n/i18n';
import { mayActs, mayDoText } from '../../src/panel/may-do';
import { participantView } from '../../src/session/describe';
import { createSession } from '../../src/session/state';
import type { SessionState } from '../../src/session/state';
import { transition } from '../../src/session/transition';
import { fakeController, team } from './fake-controller';
import { ANNA, mountJoin } from './join';
import { mount } from './helpers';
import type { Harness } from './helpers';

let h: Harness | null = null;
afterEach(() => h?.unmount());

/** A running session with one person per role seat (roles' minimum, at least one), the facilitator first. */
function running(method: Method): { state: SessionState; holder: Record<string, string> } {
  const seats = method.roles.flatMap((r) =>
    Array.from({ length: Math.max(1, r.min) }, (_, i) => ({ id: `${r.id}-${i}`, role: r.id })),
  );
  const roomFor = (r: Method['roles'][number]) =>
    r.max === null || seats.filter((x) => x.role === r.id).length < r.max;
  while (seats.length < method.group.min) {
    const more =
      method.roles.find((r) => r.id === 'groepslid' && roomFor(r)) ?? method.roles.find(roomFor)!;
    seats.push({ id: `${more.id}-${seats.length}`, role: more.id });
  }
  const lead = seats.find((s) => s.role === 'gespreksleider') ?? seats[0]!;
  const people = [lead, ...seats.filter((s) => s !== lead)];
  const base = createSession({
    sessionId: 's1',
    methodId: method.id,
    participants: people.map((s) => ({ id: s.id, name: s.id, onMiro: true })),
    facilitatorId: lead.id,
  });
  const roles = Object.fromEntries(people.map((s) => [s.id, [s.role]]));
  const started = transition(
    method,
    { ...base, roles },
    { type: 'start' },
    {
      now: 1,
      random: () => 0.5,
    },
  );
  if ('error' in started) throw new Error(`${method.id}: ${started.error.message.en}`);
  const holder = Object.fromEntries(method.roles.map((r) => [r.id, `${r.id}-0`]));
  return { state: started.state, holder };
}

/** What the catalogue gives `role` to do at phase `i`, stage `s`, read from the method itself. */
function expected(method: Method, i: number, s: number, role: string) {
  const states = regionStatesAt(method, i, s);
  const write = method.regions.some((r) => {
    const st = states[r.id];
    return r.writable !== false && st?.state === 'open' && st.roles.includes(role);
  });
  const offered = method.phases[i]!.actions.filter((a) => !('stage' in a) || (a.stage ?? 0) <= s);
  const by = (a: (typeof offered)[number]) =>
    'by' in a && (Array.isArray(a.by) ? a.by.includes(role) : a.by === role);
  const has = (kind: string) => offered.some((a) => a.kind === kind && by(a));
  const consent = !!method.phases[i + 1]?.actions.some((a) => a.kind === 'consent' && by(a));
  return {
    write,
    rate: has('rate'),
    choose: has('choose-one'),
    mark: has('mark-answered'),
    vote: has('vote'),
    consent,
    speaks: method.phases[i]!.speaks.includes(role),
  };
}

const PHRASES: Record<Lang, Record<string, RegExp>> = {
  nl: {
    write: /schrijven in |voor jezelf schrijven/,
    rate: /waarderen: warm, (neutraal|lauw) of koud/,
    choose: /er één kiezen in /,
    mark: /markeren wat beantwoord is/,
    vote: /stemmen in /,
    consent: /instemmen met stap \d+/,
  },
  en: {
    write: /write in |write for yourself/,
    rate: /rate the notes in .*: warm, (neutral|lukewarm) or cold/,
    choose: /choose one in /,
    mark: /mark what is answered/,
    vote: /vote in /,
    consent: /agree to step \d+/,
  },
};

const rows = allMethods.flatMap((method) =>
  method.phases.flatMap((phase, i) =>
    Array.from({ length: stagesOf(phase) }, (_, s) =>
      method.roles.map((r) => ({ method, i, s, role: r.id })),
    ).flat(),
  ),
);

describe('Jij mag, for every method, phase, stage and role', () => {
  it.each(['nl', 'en'] as const)(
    'names every action the phase gives the role, and nothing-to-do only without one (%s)',
    (lang) => {
      const t = dictFor(lang);
      const wrong: string[] = [];
      const seen = new Set<string>();
      for (const { method, i, s, role } of rows) {
        const { state: start, holder } = running(method);
        const state = { ...start, phaseIndex: i, stage: s };
        const id = holder[role]!;
        const view = participantView(method, state, id, lang);
        const text = mayDoText(mayActs(method, state, id, view, lang), view.speaking, lang);
        const want = expected(method, i, s, role);
        const where = `${method.id} stap ${i + 1}.${s} ${role}: "${text}"`;
        const acts = Object.entries(want).filter(([k, v]) => k !== 'speaks' && v);
        acts.forEach(([kind]) => seen.add(kind));
        for (const [kind] of acts)
          if (!PHRASES[lang][kind]!.test(text)) wrong.push(`${where} ${kind}`);
        const idle = text === t.mayListen || text === t.maySpeak;
        if (acts.length > 0 && idle) wrong.push(`${where} says nothing to do`);
        if (acts.length === 0 && text !== (want.speaks ? t.maySpeak : t.mayListen))
          wrong.push(`${where} should say ${want.speaks ? 'speak' : 'listen'}`);
      }
      expect(wrong).toEqual([]);
      expect([...seen].sort()).toEqual(['choose', 'consent', 'mark', 'rate', 'vote', 'write']);
    },
  );

  it('R17: tells the inbrenger in 10 stappen step 3 to rate the questions, not that writing is not needed', () => {
    const tien = methods.byId('tien-stappen')!;
    const at = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'rate'));
    const c = fakeController(tien, team(5), at);
    h = mountJoin(tien, c, ANNA);
    const may = h.$('[data-fact="may"]').textContent!;
    expect(may).toBe(
      'de notities in Drie vragen per groepslid waarderen: warm, neutraal of koud. Jij bent aan het woord.',
    );
    expect(may).not.toContain('hoeft nu niet');
  });

  it('R22: asks the inbrenger to agree, with the button in the footer, before step 10', () => {
    const tien = methods.byId('tien-stappen')!;
    const at = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'consent'));
    const c = fakeController(tien, team(5), at - 1);
    h = mountJoin(tien, c, ANNA);
    expect(h.$('[data-fact="may"]').textContent).toContain(
      `instemmen met stap ${at + 1} (de knop onderaan)`,
    );
    expect(h.has('.ip-footer [data-action="consent"]')).toBe(true);
  });
});

describe('post-it step 3', () => {
  const postIt = methods.byId('post-it')!;
  const at = postIt.phases.findIndex((p) => p.actions.some((a) => a.kind === 'mark-answered'));

  it.each(['nl', 'en'] as const)(
    'says in its instruction what the inbrenger’s mark button says (%s)',
    (lang) => {
      const word = dictFor(lang).markAnswered.toLowerCase();
      expect(postIt.phases[at]!.instruction[lang].toLowerCase()).toContain(word);
      expect(postIt.phases[at]!.instruction[lang]).not.toMatch(/gelezen heeft|has been read/);
    },
  );

  it('tells the inbrenger to mark what is answered, and a member to listen', () => {
    const { state: start, holder } = running(postIt);
    const state = { ...start, phaseIndex: at };
    const say = (id: string) => {
      const view = participantView(postIt, state, id, 'nl');
      return mayDoText(mayActs(postIt, state, id, view, 'nl'), view.speaking, 'nl');
    };
    expect(say(holder.inbrenger!)).toBe(
      'in Tips en aanbevelingen markeren wat beantwoord is (✓ Beantwoord). Jij bent aan het woord.',
    );
    expect(say(holder.groepslid!)).toBe(dictFor('nl').maySpeak);
  });
});
