// The app's two languages and a text in both: the one home of these types. Catalog data is
// checked by the zod `Text` in catalog/schema.ts, whose type is this one.

/** A language the app speaks: Dutch (the default) or English. */
export type Lang = 'nl' | 'en';

/** A text in Dutch (first) and English. */
export type Text = { nl: string; en: string };
