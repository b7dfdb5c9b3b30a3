// The group's choice of a case (R5; Balint 1–2): a vote that `chooses: 'inbrenger'` picks whose
// case the method goes on with. When the facilitator moves on from that phase, the note marked
// 'gekozen' in the vote's region (a board tag the record reads as chosen, or the app's mark in
// `marks:<sid>`) names the new inbrenger: its writer (metadata `a`, else its creator, or the
// person the facilitator wrote it for, 'Bram: …'). The controller sends 'caseChosen' before
// 'next', so the engine stays pure, and the lead view says who brings the case now.
import type { Method, RegionId, Text } from '../catalog/schema';
import { frameKey } from '../board/render-visual';
import { KEYS, readTemplateMap } from '../guard/plan';
import { META_KEY } from '../layout/meta';
import type { BoardLike, Json, StickyItem } from '../miro/types';
import { authorOf } from '../record/author';
import { marksOf } from '../record/tags';
import { htmlToLines } from '../record/text';
import { inbrengerIds } from '../session/people';
import { nextPosition } from '../session/position';
import { eligibleInbrengers } from '../session/roles';
import type { SessionEvent, SessionState } from '../session/state';
import { COLLECTION } from '../session/store';
import type { Notice } from './hooks';

/** Returns the region whose chosen note sets the inbrenger when 'next' leaves the current phase, or null; pure. */
export function choiceRegion(method: Method, state: SessionState): RegionId | null {
  if (state.status !== 'running') return null;
  const to = nextPosition(method, state);
  if (!to || to.phaseIndex === state.phaseIndex) return null;
  for (const a of method.phases[state.phaseIndex]?.actions ?? [])
    if (a.kind === 'vote' && a.chooses === 'inbrenger') return a.region;
  return null;
}

/** What the board says about the choice: the chosen note's writer, several chosen, or none. */
export type Choice =
  { kind: 'chosen'; participantId: string | null } | { kind: 'several' } | { kind: 'none' };

const idsMarkedIn = (raw: unknown, region: string): string[] => {
  const items = (raw as { items?: Record<string, { m?: unknown; r?: unknown }> } | null)?.items;
  return Object.entries(items ?? {})
    .filter(([, e]) => e.r === region && Array.isArray(e.m) && e.m.includes('gekozen'))
    .map(([id]) => id);
};

/** Returns the note in `region` the group chose and who wrote it (reads the board and storage, writes nothing). */
export async function readChoice(
  board: BoardLike,
  method: Method,
  state: SessionState,
  region: RegionId,
): Promise<Choice> {
  const collection = board.storage.collection(COLLECTION);
  const sid = state.sessionId;
  const [rawMap, rawMarks] = await Promise.all([
    collection.get(KEYS.template(sid)),
    collection.get(`marks:${sid}`).catch(() => undefined),
  ]);
  const frameId = readTemplateMap(rawMap)[frameKey(method.id, region)];
  const frame = frameId ? ((await board.getById(frameId)) as { getChildren?: unknown }) : null;
  if (!frame || typeof frame.getChildren !== 'function') return { kind: 'none' };
  const children = (await (frame.getChildren as () => Promise<unknown[]>)()) as StickyItem[];
  const notes = children.filter((c) => c.type === 'sticky_note');
  const tagIds = [...new Set(notes.flatMap((n) => n.tagIds ?? []))];
  const titles = await Promise.all(
    tagIds.map((id) =>
      board.getById(id).then(
        (t) => (t as { title?: string }).title ?? '',
        () => '',
      ),
    ),
  );
  const chosenTags = new Set(tagIds.filter((_, i) => marksOf([titles[i]!]).chosen));
  const marked = new Set(idsMarkedIn(rawMarks, region));
  const chosen = notes.filter((n) => marked.has(n.id) || n.tagIds?.some((t) => chosenTags.has(t)));
  if (chosen.length === 0) return { kind: 'none' };
  if (chosen.length > 1) return { kind: 'several' };
  return { kind: 'chosen', participantId: await writerOf(chosen[0]!, state) };
}

/** Returns the participant who wrote a note: metadata `a`, else its creator or the person named in 'Naam: …'. */
async function writerOf(note: StickyItem, state: SessionState): Promise<string | null> {
  const meta = (await note.getMetadata(META_KEY).catch(() => undefined)) as
    { a?: Json } | undefined;
  const author = typeof meta?.a === 'string' ? meta.a : note.createdBy;
  return authorOf(state, author, htmlToLines(note.content)).authorId;
}

const nameOf = (state: SessionState, id: string) =>
  state.participants.find((p) => p.id === id)?.name ?? id;

/** Returns the lead view's line after the choice, naming the new inbrenger (and the one before); pure. */
export function chosenText(state: SessionState, id: string, before: string[]): Text {
  const who = nameOf(state, id);
  const was = before.filter((b) => b !== id).map((b) => nameOf(state, b));
  return {
    nl: `${who} is nu de inbrenger: de groep koos die casus.${was.length ? ` ${was.join(', ')} doet mee als groepslid.` : ''}`,
    en: `${who} is now the case presenter: the group chose that case.${was.length ? ` ${was.join(', ')} takes part as a member.` : ''}`,
  };
}

const UNCLEAR: Text = {
  nl: 'Meer dan één casus is gekozen; de inbrenger blijft dezelfde. Laat één gekozen notitie staan en ga dan verder.',
  en: 'More than one case is marked chosen; the case presenter stays the same. Keep one chosen note, then go on.',
};
const NOT_ELIGIBLE: Text = {
  nl: 'De gekozen casus is niet van een deelnemer die kan inbrengen; de inbrenger blijft dezelfde.',
  en: 'The chosen case is not by a participant who can bring one; the case presenter stays the same.',
};

type Outcome = { ok: boolean };

export interface ChoiceDeps<O extends Outcome> {
  board: BoardLike;
  method: Method;
  state: () => SessionState;
  dispatch: (event: SessionEvent) => Promise<O>;
  notify: (notice: Omit<Notice, 'at'>) => void;
}

/**
 * Moves on ('next'); leaving a phase whose vote chooses the inbrenger, first makes the chosen
 * case's writer the inbrenger ('caseChosen') and tells the lead view. A board that cannot be read
 * or shows no clear choice leaves the roles as they are; resolves to the outcome of the step.
 */
export async function nextWithChoice<O extends Outcome>(deps: ChoiceDeps<O>): Promise<O> {
  const state = deps.state();
  const region = choiceRegion(deps.method, state);
  const choice = region
    ? await readChoice(deps.board, deps.method, state, region).catch((): Choice => ({
        kind: 'none',
      }))
    : ({ kind: 'none' } as Choice);
  if (choice.kind === 'several') deps.notify({ code: 'case-unclear', message: UNCLEAR });
  if (choice.kind === 'chosen') {
    const id = choice.participantId;
    const before = inbrengerIds(deps.method, state);
    if (!id || !eligibleInbrengers(state).includes(id))
      deps.notify({ code: 'case-not-eligible', message: NOT_ELIGIBLE });
    else if (before.length !== 1 || before[0] !== id) {
      const r = await deps.dispatch({ type: 'caseChosen', participantId: id });
      if (!r.ok) return r;
      const message = chosenText(state, id, before);
      deps.notify({ code: 'inbrenger-chosen', message, data: { who: nameOf(state, id) } });
    }
  }
  return deps.dispatch({ type: 'next' });
}
