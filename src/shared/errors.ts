// Errors a user can cause: values with a code and a message in both languages, never thrown.
import type { Text } from './text';

/** A user-caused error: a code and a message in Dutch and English. */
export interface UserError {
  code: string;
  message: Text;
  /** needs-confirmation: the phases a jump would pass over. */
  skipped?: number[];
  /** The SDK's own message, for the activity list and bug reports. */
  detail?: string;
}

/** Returns a new error value; pure. */
export function userError(code: string, nl: string, en: string): UserError {
  return { code, message: { nl, en } };
}
