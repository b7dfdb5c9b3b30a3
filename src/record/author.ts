// Who wrote a note. Normally its creator (createdBy → participant). When the facilitator writes
// for someone (a person in the room without Miro, DESIGN "the facilitator's hand"), the note
// starts with that person's name and a colon: 'Bram: wat maakte dat je twijfelde?'. The prefix
// counts only when the name is a participant's (case-insensitive) and the creator is the
// facilitator, someone not in the session, or the named person is not on Miro; it is then
// taken off the text in the record.
import type { Participant, SessionState } from '../session/state';

export interface Authored {
  /** Participant id, or null when the creator is not in the session. */
  authorId: string | null;
  /** Participant name; the creator's raw id when unknown. */
  author: string;
  /** The note's lines without the name prefix. */
  lines: string[];
  /** True when the name prefix decided the author. */
  writtenFor: boolean;
}

const PREFIX = /^\s*([^:]{1,80}?)\s*:\s*(.*)$/s;

function byName(participants: readonly Participant[], name: string): Participant | undefined {
  const want = name.trim().toLocaleLowerCase('nl');
  return participants.find((p) => p.name.trim().toLocaleLowerCase('nl') === want);
}

/** Returns the author of a note from its creator and its first line's name prefix; pure. */
export function authorOf(
  session: Pick<SessionState, 'participants' | 'facilitatorId'>,
  createdBy: string,
  lines: readonly string[],
): Authored {
  const creator = session.participants.find((p) => p.id === createdBy);
  const [first = '', ...rest] = lines;
  const m = PREFIX.exec(first);
  const named = m ? byName(session.participants, m[1] ?? '') : undefined;
  const mayWriteFor =
    named !== undefined &&
    (!creator || createdBy === session.facilitatorId || !named.onMiro || named.id === createdBy);
  if (named && mayWriteFor) {
    const head = (m?.[2] ?? '').trim();
    return {
      authorId: named.id,
      author: named.name,
      lines: head ? [head, ...rest] : rest,
      writtenFor: named.id !== createdBy,
    };
  }
  return {
    authorId: creator?.id ?? null,
    author: creator?.name ?? createdBy,
    lines: [...lines],
    writtenFor: false,
  };
}
