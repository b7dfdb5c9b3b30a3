import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Text as TextSchema } from '../../src/catalog/schema';
import type { Lang as I18nLang } from '../../src/i18n/i18n';
import type { Lang, Text } from '../../src/shared/text';

describe('Lang and Text', () => {
  it('is the type the catalog checks texts with', () => {
    expectTypeOf<z.infer<typeof TextSchema>>().toEqualTypeOf<Text>();
  });

  it('is the language the panel and the board speak', () => {
    expectTypeOf<I18nLang>().toEqualTypeOf<Lang>();
    expectTypeOf<keyof Text>().toEqualTypeOf<Lang>();
  });
});
