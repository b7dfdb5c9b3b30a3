// Miro's documented limits (see /work/shared/MIRO-FACTS.md, sections 3-5) and the checks that
// enforce them. Every check throws a plain-message error where Miro throws.
import type { ShapeType, StickyNoteColor } from '@mirohq/websdk-types';
import type { Json, TagColorName } from '../types';
import { invalid } from './errors';

export const LIMITS = {
  stickyContentChars: 6000,
  tagTitleChars: 120,
  tagsPerSticky: 8,
  tagsPerBoard: 100,
  notificationChars: 80,
  metadataBytes: 256,
  appDataBytes: 512,
  frameMinSize: 100,
  creditsPerMinute: 100_000,
  creditsPerHour: 1_000_000,
} as const;

// The typings ship no runtime values, so the enums are copied here and checked for completeness.
// prettier-ignore
export const SHAPE_TYPES = [
  'rectangle', 'circle', 'triangle', 'wedge_round_rectangle_callout', 'round_rectangle', 'rhombus',
  'parallelogram', 'star', 'right_arrow', 'left_arrow', 'pentagon', 'hexagon', 'octagon', 'trapezoid',
  'flow_chart_predefined_process', 'left_right_arrow', 'cloud', 'left_brace', 'right_brace', 'cross', 'can',
] as const satisfies readonly `${ShapeType}`[];

// prettier-ignore
export const STICKY_COLORS = [
  'gray', 'light_yellow', 'yellow', 'orange', 'light_green', 'green', 'dark_green', 'cyan', 'light_pink',
  'pink', 'violet', 'red', 'light_blue', 'blue', 'dark_blue', 'black',
] as const satisfies readonly `${StickyNoteColor}`[];

// prettier-ignore
export const TAG_COLORS = [
  'red', 'magenta', 'violet', 'light_green', 'green', 'dark_green', 'cyan', 'blue', 'dark_blue', 'yellow',
  'gray', 'black', 'dark_gray',
] as const satisfies readonly TagColorName[];

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const listsComplete: [
  Complete<`${ShapeType}`, (typeof SHAPE_TYPES)[number]>,
  Complete<`${StickyNoteColor}`, (typeof STICKY_COLORS)[number]>,
  Complete<TagColorName, (typeof TAG_COLORS)[number]>,
] = [true, true, true];

const INLINE_TAGS = ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br', 'span'];
const TEXT_TAGS = [...INLINE_TAGS, 'ol', 'ul', 'li'];

/** Throws when `content` uses an HTML tag outside the allowed set for `itemType`; returns nothing. */
export function checkContentTags(itemType: string, content: string): void {
  const allowed = itemType === 'text' ? TEXT_TAGS : INLINE_TAGS;
  for (const match of content.matchAll(/<\/?\s*([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    if (!allowed.includes(tag)) {
      throw invalid(
        `Invalid content for ${itemType}: tag <${tag}> is not allowed (allowed: ${allowed.join(' ')})`,
      );
    }
  }
}

/** Throws unless `color` is a #rrggbb hex colour or 'transparent'; returns nothing. */
export function checkHexColor(field: string, color: unknown): void {
  if (color === 'transparent') return;
  if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) {
    throw invalid(`Invalid ${field}: '${String(color)}' is not a #rrggbb colour or 'transparent'`);
  }
}

/** Throws unless `value` is one of `allowed`; returns nothing. */
export function checkOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalid(`Invalid ${field}: '${String(value)}'; expected one of ${allowed.join(', ')}`);
  }
}

/** Throws unless `value` is a finite number (optionally > 0); returns nothing. */
export function checkNumber(field: string, value: unknown, positive = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || (positive && value <= 0)) {
    throw invalid(
      `Invalid ${field}: ${String(value)} (expected a ${positive ? 'positive ' : ''}number)`,
    );
  }
}

/** Throws unless `value` is JSON (no undefined, functions, NaN, cycles or class instances); returns nothing. */
export function checkJson(
  field: string,
  value: unknown,
  seen: unknown[] = [],
): asserts value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw invalid(`${field} is not JSON: ${value} is not a finite number`);
  }
  if (typeof value !== 'object')
    throw invalid(`${field} is not JSON: found a value of type ${typeof value}`);
  if (seen.includes(value)) throw invalid(`${field} is not JSON: it contains a cycle`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    throw invalid(`${field} is not JSON: it contains a class instance`);
  }
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value);
  for (const [key, inner] of entries) checkJson(`${field}.${key}`, inner, [...seen, value]);
}

/** Returns the UTF-8 byte length of `value` serialised as JSON (pure). */
export function jsonBytes(value: Json): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Returns a deep copy of a JSON value (pure). */
export function copyJson<T extends Json | undefined>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
