// VIA (R14): the round each note belongs to. The session keeps its current round but not when
// each round began, so the board tells: a note the round's inbrenger wrote in a region only the
// inbrenger writes in marks that round at its createdAt; any other note belongs to the round of
// the latest mark before it, else of the first mark after it. The reveals and consents the
// session keeps carry a round and a time and mark it too, as does the current phase's start.
// An inbrenger's own note in a members' region never goes to their own round.
import type { Method, Text } from '../catalog/schema';
import { inbrengerIds } from '../session/people';
import { roundRange } from '../session/position';
import type { SessionState } from '../session/state';
import type { ReportRound, SectionKey } from './report-types';
import type { Lang } from '../shared/text';

export interface RoundRegions {
  /** Regions open in the round's phases. */
  all: Set<string>;
  /** Of those, the regions open to the round's inbrenger alone. */
  presenter: Set<string>;
}

/** Returns the regions the method's rounds write in, or null for a method without rounds; pure. */
export function roundRegions(method: Method): RoundRegions | null {
  const range = roundRange(method);
  const per = method.rounds?.per;
  if (!range || !per) return null;
  const all = new Set<string>();
  const shared = new Set<string>();
  for (const phase of method.phases.slice(range.from, range.to + 1))
    for (const [id, st] of Object.entries(phase.regions)) {
      if (st.state !== 'open') continue;
      all.add(id);
      if (st.roles.some((r) => r !== per)) shared.add(id);
    }
  return { all, presenter: new Set([...all].filter((id) => !shared.has(id))) };
}

export interface RoundNote {
  id: string;
  region: string;
  /** The participant who wrote it, as the record resolved the author. */
  authorId: string | null;
  createdAt: string;
}

interface Mark {
  at: number;
  round: number;
}

const time = (iso: string): number | null => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

function marksOf(method: Method, session: SessionState, notes: readonly RoundNote[]): Mark[] {
  const regions = roundRegions(method)!;
  const ids = inbrengerIds(method, session);
  const marks: Mark[] = [];
  for (const n of notes) {
    const round = n.authorId === null ? -1 : ids.indexOf(n.authorId);
    const at = time(n.createdAt);
    if (regions.presenter.has(n.region) && round >= 0 && at !== null) marks.push({ at, round });
  }
  for (const r of [...session.revealed, ...session.consent])
    if (r.round < ids.length) marks.push({ at: r.at, round: r.round });
  const range = roundRange(method)!;
  const inRound = session.phaseIndex >= range.from && session.phaseIndex <= range.to;
  if (session.phaseStartedAt !== null && inRound)
    marks.push({ at: session.phaseStartedAt, round: session.round });
  return marks.sort((a, b) => a.at - b.at);
}

/** Returns the 0-based round of each note in a round region, null when the board cannot tell; pure. */
export function assignRounds(
  method: Method,
  session: SessionState,
  notes: readonly RoundNote[],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const regions = roundRegions(method);
  if (!regions) return out;
  const ids = inbrengerIds(method, session);
  const count = Math.max(1, ids.length);
  const mine = notes.filter((n) => regions.all.has(n.region));
  const marks = marksOf(method, session, mine);
  for (const n of mine) {
    const own = n.authorId === null ? -1 : ids.indexOf(n.authorId);
    const at = time(n.createdAt);
    let round: number | null = null;
    if (regions.presenter.has(n.region) && own >= 0) round = own;
    else if (count === 1) round = 0;
    else if (at !== null) {
      const fits = marks.filter((m) => m.round !== own);
      round =
        fits.filter((m) => m.at <= at).at(-1)?.round ?? fits.find((m) => m.at > at)?.round ?? null;
    }
    if (round === null && own >= 0 && count === 2) round = 1 - own;
    out.set(n.id, round);
  }
  return out;
}

/** Returns the section key of a round (0-based, null: unknown); pure. */
export const roundKey = (round: number | null): SectionKey =>
  round === null ? 'round-unknown' : `round-${round + 1}`;

/** Returns a round section's title, 'Ronde 2 — Bram (Inbrenger)', and its round; pure. */
export function roundSection(
  method: Method,
  session: SessionState,
  round: number | null,
): { title: Text; round: ReportRound } {
  if (round === null)
    return {
      title: { nl: 'Ronde niet vast te stellen', en: 'Round not known' },
      round: { number: null, inbrengerId: null },
    };
  const id = inbrengerIds(method, session)[round] ?? null;
  const name = session.participants.find((p) => p.id === id)?.name;
  const role = method.roles.find((r) => r.id === method.rounds?.per)?.name;
  const who = (lang: Lang) => (name ? ` — ${name}${role ? ` (${role[lang]})` : ''}` : '');
  return {
    title: { nl: `Ronde ${round + 1}${who('nl')}`, en: `Round ${round + 1}${who('en')}` },
    round: { number: round + 1, inbrengerId: id },
  };
}
