// Errors a facilitator can meet while the app builds or removes a template: values with a code
// and a Dutch and English message, never thrown.
import { classifyError } from '../miro/retry';

export type BoardErrorCode =
  | 'network'
  | 'rate-limit'
  | 'rejected'
  | 'template-changed'
  | 'no-template'
  | 'unknown-method'
  | 'layout';

export interface BoardError {
  code: BoardErrorCode;
  message: { nl: string; en: string };
  /** The SDK's own message, for the activity list and bug reports. */
  detail?: string;
}

const TEXT: Record<BoardErrorCode, { nl: string; en: string }> = {
  network: {
    nl: 'De verbinding met Miro viel weg of Miro gaf een tijdelijke fout. Probeer opnieuw: wat al op het bord staat, blijft staan.',
    en: 'The connection to Miro dropped or Miro gave a passing error. Try again: what is on the board already stays.',
  },
  'rate-limit': {
    nl: 'Miro vraagt even te wachten (te veel acties per minuut). Probeer het over een minuut opnieuw.',
    en: 'Miro asks to wait (too many actions per minute). Try again in a minute.',
  },
  rejected: {
    nl: 'Miro weigerde een onderdeel van het sjabloon. Meld dit aan de makers van de app.',
    en: 'Miro refused part of the template. Please report this to the app makers.',
  },
  'template-changed': {
    nl: 'Voor deze sessie staat al een ander sjabloon op het bord. Verwijder dat eerst.',
    en: 'This session already has a different template on the board. Remove that one first.',
  },
  'no-template': {
    nl: 'Voor deze sessie staat geen sjabloon op het bord.',
    en: 'This session has no template on the board.',
  },
  'unknown-method': {
    nl: 'Deze werkvorm bestaat niet (meer).',
    en: 'This method does not exist (any more).',
  },
  layout: {
    nl: 'Het sjabloon kon niet worden opgebouwd uit deze gegevens.',
    en: 'The template could not be built from this input.',
  },
};

/** Returns the error value for a code, with an optional detail (pure). */
export function boardError(code: BoardErrorCode, detail?: string): BoardError {
  return { code, message: TEXT[code], ...(detail ? { detail } : {}) };
}

const CODE = { 'rate-limit': 'rate-limit', transient: 'network', permanent: 'rejected' } as const;

/** Returns the error value for something an SDK call threw, classified as retry.ts does (pure). */
export function errorFrom(error: unknown): BoardError {
  const message = (error as { message?: unknown } | null)?.message;
  const detail = typeof message === 'string' ? message : String(error);
  return boardError(CODE[classifyError(error)], detail);
}
