// Errors a facilitator can meet while the app builds or removes a template: values with a code
// and a Dutch and English message, never thrown.
import { classifyError } from '../miro/retry';
import { userError, type UserError } from '../shared/errors';
import type { Text } from '../shared/text';

export type BoardErrorCode =
  | 'network'
  | 'rate-limit'
  | 'rejected'
  | 'template-changed'
  | 'no-template'
  | 'unknown-method'
  | 'layout';

const TEXT: Record<BoardErrorCode, Text> = {
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

/** Returns the error value for a code, with an optional detail (the SDK's own message); pure. */
export function boardError(code: BoardErrorCode, detail?: string): UserError {
  const error = userError(code, TEXT[code].nl, TEXT[code].en);
  return detail ? { ...error, detail } : error;
}

const CODE = { 'rate-limit': 'rate-limit', transient: 'network', permanent: 'rejected' } as const;

/** Returns the error value for something an SDK call threw, classified as retry.ts does (pure). */
export function errorFrom(error: unknown): UserError {
  const message = (error as { message?: unknown } | null)?.message;
  const detail = typeof message === 'string' ? message : String(error);
  return boardError(CODE[classifyError(error)], detail);
}
