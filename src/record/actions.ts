// Actions out of notes, by two conventions (the panel should show them on action regions):
//   'wie: Ann / wat: teamleider bellen / wanneer: 1 maart' (also who/what/when/deadline; parts
//   on separate lines or split by '/' or ';'; 'wat' is required), and
//   'Ann — teamleider bellen — 1 maart' (an em or en dash, or ' - ', between who, what and when;
//   two parts 'Ann — bellen' when Ann is a participant or 'iedereen'). In agreement regions the
//   first part must be such a name. In an action region, a note following neither convention
//   is an action of its author. A leading '[x]' or '✓', or a tag 'gedaan', marks it done.
import type { Participant } from '../session/state';

export interface ParsedAction {
  who: string;
  what: string;
  when: string | null;
}

const KEY = /(?:^|[\/;\n]\s*)(wie|wat|wanneer|who|what|when|deadline)\s*:\s*/gi;
const FIELD: Readonly<Record<string, keyof ParsedAction>> = {
  wie: 'who',
  who: 'who',
  wat: 'what',
  what: 'what',
  wanneer: 'when',
  when: 'when',
  deadline: 'when',
};

function keyed(text: string): ParsedAction | null {
  const hits = [...text.matchAll(KEY)];
  if (hits.length === 0) return null;
  const out: Partial<Record<keyof ParsedAction, string>> = {};
  hits.forEach((h, i) => {
    const start = (h.index ?? 0) + h[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    const field = FIELD[(h[1] ?? '').toLowerCase()];
    const value = text.slice(start, end).trim();
    if (field && value && !out[field]) out[field] = value;
  });
  if (!out.what) return null;
  return { who: out.who ?? '', what: out.what, when: out.when ?? null };
}

const DASH = /\s+[—–-]\s+|\s*[—–]\s*/;

const GROUP = /^(iedereen|allen|wij|we|everyone|all|us)$/i;

function dashed(
  text: string,
  participants: readonly Participant[],
  strict: boolean,
): ParsedAction | null {
  const parts = text.split(DASH).map((p) => p.trim());
  if (parts.some((p) => p === '')) return null;
  const name = parts[0]?.toLocaleLowerCase('nl') ?? '';
  const known =
    participants.some((p) => p.name.toLocaleLowerCase('nl') === name) || GROUP.test(name);
  if (parts.length === 3 && (known || !strict))
    return { who: parts[0]!, what: parts[1]!, when: parts[2]! };
  if (parts.length === 2 && known) return { who: parts[0]!, what: parts[1]!, when: null };
  return null;
}

/** Returns the action a note's text states by either convention, or null; `strict` (agreement regions) wants a known name before the dashes; pure. */
export function parseAction(
  text: string,
  participants: readonly Participant[],
  strict = false,
): ParsedAction | null {
  const flat = text.trim();
  if (!flat) return null;
  return keyed(flat) ?? (flat.includes('\n') ? null : dashed(flat, participants, strict));
}

const DONE = /^\s*(\[x\]|✓|✔)\s*/i;

/** Returns the text without a leading done mark ('[x]', '✓') and whether it had one; pure. */
export function doneMark(text: string): { text: string; done: boolean } {
  return DONE.test(text) ? { text: text.replace(DONE, ''), done: true } : { text, done: false };
}
