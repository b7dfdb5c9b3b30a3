import { describe, expect, it } from 'vitest';
import { userError } from '../../src/shared/errors';

describe('userError', () => {
  it('makes a code and a message in Dutch and English, nothing else', () => {
    expect(userError('closed', 'Dit paneel is gesloten.', 'This panel is closed.')).toStrictEqual({
      code: 'closed',
      message: { nl: 'Dit paneel is gesloten.', en: 'This panel is closed.' },
    });
  });

  it('makes a new message each time', () => {
    const a = userError('x', 'nl', 'en');
    expect(userError('x', 'nl', 'en').message).not.toBe(a.message);
  });
});
