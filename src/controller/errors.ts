// Error values the controller returns: a code and a message in Dutch and English. SDK errors and
// rate limits become values here; the handle never throws them at the panel.
import type { Text } from '../catalog/schema';
import { MissingTemplateItem } from '../board/render';
import { classifyError } from '../miro/retry';

export interface ControllerError {
  code: string;
  message: Text;
  /** needs-confirmation: the phases a jump would pass over. */
  skipped?: number[];
}

/** Returns a new error value. */
export function err(code: string, nl: string, en: string): ControllerError {
  return { code, message: { nl, en } };
}

/** Returns the error value for an SDK error thrown while updating the board; pure. */
export function boardError(error: unknown): ControllerError {
  if (error instanceof MissingTemplateItem)
    return err(
      'template-incomplete',
      `Een onderdeel van het sjabloon ontbreekt op het bord (${error.key}). Herstel het sjabloon en probeer opnieuw.`,
      `A part of the template is missing from the board (${error.key}). Repair the template and try again.`,
    );
  const kind = classifyError(error);
  if (kind === 'rate-limit')
    return err(
      'rate-limit',
      'Miro neemt even geen wijzigingen aan (te veel verzoeken). De sessie is opgeslagen; wacht een minuut en kies "Bord bijwerken".',
      'Miro is not taking changes for a moment (too many requests). The session is saved; wait a minute and choose "Update board".',
    );
  if (kind === 'transient')
    return err(
      'board-unreachable',
      'Het bord kon niet bijgewerkt worden (verbinding). De sessie is opgeslagen; kies "Bord bijwerken".',
      'The board could not be updated (connection). The session is saved; choose "Update board".',
    );
  return err(
    'board-failed',
    'Miro weigerde een wijziging op het bord. De sessie is opgeslagen; kies "Bord bijwerken" om het opnieuw te proberen.',
    'Miro refused a change on the board. The session is saved; choose "Update board" to try again.',
  );
}

/** Returns the error value for a failed storage or app-data call; pure. */
export function storageError(): ControllerError {
  return err(
    'storage-failed',
    'De sessie kon niet opgeslagen of gelezen worden; probeer het opnieuw.',
    'The session could not be saved or read; try again.',
  );
}
