// The board check's words: each probe's outcome as an answer in Dutch and English, and the
// plain text of a whole check to paste into an issue.
import type { Lang } from '../i18n/i18n';
import type { BoardCheckAnswer, BoardCheckId, BoardCheckResult } from './board-check';
import type { Attempt, ErrorDescription, ProvokedError, TestItems } from './board-check-steps';
import type { Text } from '../shared/text';

/** The question each answer answers. */
export const QUESTIONS: Readonly<Record<BoardCheckId, Text>> = {
  parentOnCreate: {
    nl: 'Wordt een item dat de app boven een frame maakt meteen een kind van dat frame?',
    en: 'Does an item the app creates over a frame become that frame’s child?',
  },
  showContent: {
    nl: 'Mag deze gebruiker de inhoud van een frame verbergen (showContent)?',
    en: 'May this user hide a frame’s content (showContent)?',
  },
  timer: { nl: 'Is de timer van Miro beschikbaar?', en: 'Is Miro’s timer available?' },
  errorShape: {
    nl: 'Hoe ziet de fout van een mislukte aanroep eruit?',
    en: 'What does the error of a failed call look like?',
  },
  metadataLimit: {
    nl: 'Hoeveel metadata past bij één item?',
    en: 'How much metadata fits on one item?',
  },
  itemEvents: {
    nl: 'Krijgen de anderen op het bord een items:create als de app iets maakt?',
    en: 'Do the others on the board get an items:create when the app makes something?',
  },
  echo: {
    nl: 'Krijgt de app zelf een items:create voor wat ze zelf maakte?',
    en: 'Does the app itself get an items:create for what it made?',
  },
};

const YES: Text = { nl: 'ja', en: 'yes' };
const NO: Text = { nl: 'nee', en: 'no' };
const UNKNOWN: Text = { nl: 'onbekend', en: 'unknown' };
const NOT_DETERMINED: Text = { nl: 'niet bepaald', en: 'not determined' };

const answer = (
  id: BoardCheckId,
  status: BoardCheckAnswer['status'],
  value: Text,
  detail: Text,
): BoardCheckAnswer => ({ id, status, question: QUESTIONS[id], answer: value, detail });

/** Returns the error as one line: constructor, name, code, own keys and message; pure. */
export function errorText(e: ErrorDescription, lang: Lang): string {
  const keys = lang === 'nl' ? 'eigen velden' : 'own keys';
  const list = e.keys.length > 0 ? e.keys.join(', ') : '—';
  return `${e.constructor ?? typeof e} (name: ${e.name ?? '—'}; code: ${e.code ?? '—'}; ${keys}: ${list}): "${e.message}"`;
}

/** Returns the answer for a question that a failed call left open; pure. */
export function failedAnswer(id: BoardCheckId, call: string, error: ErrorDescription) {
  return answer(id, 'failed', NOT_DETERMINED, {
    nl: `${call} mislukte: ${errorText(error, 'nl')}`,
    en: `${call} failed: ${errorText(error, 'en')}`,
  });
}

/** Returns whether the sticky note made over the test frame became its child; pure. */
export function parentAnswer(made: TestItems): BoardCheckAnswer {
  if (!made.frame || !made.sticky)
    return failedAnswer('parentOnCreate', made.failed!.call, made.failed!.error);
  const child = made.sticky.parentId === made.frame.id;
  const got = String(made.sticky.parentId);
  return child
    ? answer('parentOnCreate', 'answered', YES, {
        nl: `De notitie midden in het testframe kreeg parentId ${got}. Het plaatsen van een sjabloon gebruikt dat al: het slaat frame.add over voor een item dat al in zijn frame zit.`,
        en: `The sticky note in the middle of the test frame got parentId ${got}. Template placement already uses this: it skips frame.add for an item already in its frame.`,
      })
    : answer('parentOnCreate', 'answered', NO, {
        nl: `De notitie midden in het testframe kreeg parentId ${got}. Het plaatsen van een sjabloon zet elk item dus zelf in zijn frame (frame.add).`,
        en: `The sticky note in the middle of the test frame got parentId ${got}. Template placement therefore puts each item in its frame itself (frame.add).`,
      });
}

/** Returns whether hiding the test frame's content worked; pure. */
export function showContentAnswer(hidden: Attempt<void>): BoardCheckAnswer {
  return hidden.ok
    ? answer('showContent', 'answered', YES, {
        nl: 'showContent = false en sync() op het testframe lukten; daarna is de inhoud weer getoond.',
        en: 'showContent = false and sync() on the test frame worked; the content was shown again after.',
      })
    : answer('showContent', 'answered', NO, {
        nl: `showContent = false en sync() gaven een fout: ${errorText(hidden.error, 'nl')}`,
        en: `showContent = false and sync() gave an error: ${errorText(hidden.error, 'en')}`,
      });
}

/** Returns the outcome of canUse('timer'); pure. */
export function timerAnswer(can: Attempt<boolean>): BoardCheckAnswer {
  if (!can.ok) return failedAnswer('timer', "canUse('timer')", can.error);
  return answer('timer', 'answered', can.value ? YES : NO, {
    nl: `canUse('timer') gaf ${String(can.value)}.`,
    en: `canUse('timer') returned ${String(can.value)}.`,
  });
}

/** Returns what the provoked error looked like; pure. */
export function errorAnswer(p: ProvokedError): BoardCheckAnswer {
  const before = p.resolved
    ? {
        nl: `getById('does-not-exist') gaf geen fout maar ${p.resolved}. `,
        en: `getById('does-not-exist') did not fail but gave ${p.resolved}. `,
      }
    : { nl: '', en: '' };
  if (!p.error) {
    return answer('errorShape', 'unknown', UNKNOWN, {
      nl: `${before.nl}${p.call} gaf ook geen fout.`,
      en: `${before.en}${p.call} did not fail either.`,
    });
  }
  return answer('errorShape', 'answered', fixed(p.error.constructor ?? typeof p.error), {
    nl: `${before.nl}${p.call} wierp ${errorText(p.error, 'nl')}`,
    en: `${before.en}${p.call} threw ${errorText(p.error, 'en')}`,
  });
}

const fixed = (s: string): Text => ({ nl: s, en: s });

/** Returns the largest metadata size accepted; pure. */
export function metadataAnswer(r: {
  accepted: number[];
  refused: { bytes: number; error: ErrorDescription } | null;
}): BoardCheckAnswer {
  const largest = r.accepted[r.accepted.length - 1];
  const value: Text = !r.refused
    ? { nl: `minstens ${largest} bytes`, en: `at least ${largest} bytes` }
    : largest === undefined
      ? { nl: `minder dan ${r.refused.bytes} bytes`, en: `less than ${r.refused.bytes} bytes` }
      : fixed(`${largest} bytes`);
  const tried = r.accepted.length > 0 ? r.accepted.join(', ') : '—';
  const refused = r.refused
    ? {
        nl: ` Geweigerd bij ${r.refused.bytes}: ${errorText(r.refused.error, 'nl')}`,
        en: ` Refused at ${r.refused.bytes}: ${errorText(r.refused.error, 'en')}`,
      }
    : { nl: '', en: '' };
  return answer('metadataLimit', 'answered', value, {
    nl: `Gemeten als JSON van het hele metadata-object van de testnotitie. Geaccepteerd: ${tried}.${refused.nl}`,
    en: `Measured as the JSON of the test note’s whole metadata object. Accepted: ${tried}.${refused.en}`,
  });
}

/** Returns how many items:create events this client got for its own test note; pure. */
export function echoAnswer(count: number): BoardCheckAnswer {
  return answer('echo', 'answered', count > 0 ? YES : NO, {
    nl: `Dit paneel kreeg ${count} items:create voor de eigen testnotitie.`,
    en: `This panel got ${count} items:create for its own test note.`,
  });
}

/** Returns what the other clients replied about the test note; `names` maps user ids; pure. */
export function eventsAnswer(
  replies: readonly { userId: string; saw: boolean }[],
  selfReplies: number,
  names: ReadonlyMap<string, string>,
): BoardCheckAnswer {
  const self = selfReplies
    ? {
        nl: ` Ook ${selfReplies} ander app-venster van jezelf antwoordde.`,
        en: ` Also ${selfReplies} other app window of your own replied.`,
      }
    : { nl: '', en: '' };
  if (replies.length === 0) {
    return answer('itemEvents', 'unknown', UNKNOWN, {
      nl: `Niemand anders antwoordde. Misschien heeft niemand anders het bord met de app open; vraag iemand het bord te openen en probeer opnieuw.${self.nl}`,
      en: `Nobody else replied. Perhaps nobody else has the board open with the app; ask someone to open the board and try again.${self.en}`,
    });
  }
  const line = (lang: Lang) =>
    replies
      .map((r) => {
        const who = names.get(r.userId) ?? (r.userId || '?');
        const saw =
          lang === 'nl' ? (r.saw ? 'zag het' : 'zag het niet') : r.saw ? 'saw it' : 'did not';
        return `${who}: ${saw}`;
      })
      .join('; ');
  return answer('itemEvents', 'answered', replies.some((r) => r.saw) ? YES : NO, {
    nl: `Antwoorden van de andere clients: ${line('nl')}.${self.nl}`,
    en: `Replies of the other clients: ${line('en')}.${self.en}`,
  });
}

/** Returns what was cleaned up: all removed, or which ids are left; pure. */
export function cleanupText(removed: number, left: readonly string[]): Text {
  return left.length === 0
    ? {
        nl: `Opgeruimd: de ${removed} testitems zijn verwijderd.`,
        en: `Cleaned up: the ${removed} test items were removed.`,
      }
    : {
        nl: `Niet verwijderd: ${left.join(', ')}. Verwijder ze zelf (frame "Bordcontrole").`,
        en: `Not removed: ${left.join(', ')}. Please remove them yourself (frame "Board check").`,
      };
}

/** Returns whether the answers were stored for the app; pure. */
export function savedText(saved: Attempt<void>): Text {
  return saved.ok
    ? {
        nl: 'De app onthoudt deze antwoorden voor dit bord (board-facts).',
        en: 'The app keeps these answers for this board (board-facts).',
      }
    : {
        nl: `Bewaren mislukte: ${errorText(saved.error, 'nl')}`,
        en: `Storing failed: ${errorText(saved.error, 'en')}`,
      };
}

/** Returns the whole check as plain text for an issue, in `lang`; pure. */
export function formatBoardCheck(result: BoardCheckResult, lang: Lang = result.lang): string {
  const nl = lang === 'nl';
  const lines = [
    nl ? 'Intervisie voor Miro: bordcontrole' : 'Intervisie voor Miro: board check',
    `${nl ? 'Datum' : 'Date'}: ${result.checkedAt}`,
  ];
  if (result.userAgent) lines.push(`${nl ? 'Browser' : 'User agent'}: ${result.userAgent}`);
  if (result.userId) lines.push(`${nl ? 'Gebruiker' : 'User'}: ${result.userId}`);
  for (const a of result.answers) {
    lines.push('', `${a.question[lang]} [${a.id}]`, `  ${a.answer[lang]}`, `  ${a.detail[lang]}`);
  }
  lines.push('', result.cleanup.text[lang], result.saved.text[lang]);
  return lines.join('\n');
}
