// Error values the controller returns: a code and a message in Dutch and English. SDK errors and
// rate limits become values here; the handle never throws them at the panel.
import { MissingTemplateItem } from '../board/render';
import { classifyError } from '../miro/retry';
import { userError, type UserError } from '../shared/errors';

/** Returns the error value for an SDK error thrown while updating the board; pure. */
export function boardUpdateError(error: unknown): UserError {
  if (error instanceof MissingTemplateItem)
    return userError(
      'template-incomplete',
      `Een onderdeel van het sjabloon ontbreekt op het bord (${error.key}). Herstel het sjabloon en probeer opnieuw.`,
      `A part of the template is missing from the board (${error.key}). Repair the template and try again.`,
    );
  const kind = classifyError(error);
  if (kind === 'rate-limit')
    return userError(
      'rate-limit',
      'Miro neemt even geen wijzigingen aan (te veel verzoeken). De sessie is opgeslagen; wacht een minuut en kies "Bord bijwerken".',
      'Miro is not taking changes for a moment (too many requests). The session is saved; wait a minute and choose "Update board".',
    );
  if (kind === 'transient')
    return userError(
      'board-unreachable',
      'Het bord kon niet bijgewerkt worden (verbinding). De sessie is opgeslagen; kies "Bord bijwerken".',
      'The board could not be updated (connection). The session is saved; choose "Update board".',
    );
  return userError(
    'board-failed',
    'Miro weigerde een wijziging op het bord. De sessie is opgeslagen; kies "Bord bijwerken" om het opnieuw te proberen.',
    'Miro refused a change on the board. The session is saved; choose "Update board" to try again.',
  );
}

/** Returns the error value for a failed storage or app-data call; pure. */
export function storageError(): UserError {
  return userError(
    'storage-failed',
    'De sessie kon niet opgeslagen of gelezen worden; probeer het opnieuw.',
    'The session could not be saved or read; try again.',
  );
}
