// Building stored items from create props (with Miro's defaults) and checking a candidate
// item against Miro's rules. Every rule throws an error with a clear message, like Miro.
import type { Json } from '../types';
import { invalid } from './errors';
import {
  LIMITS,
  SHAPE_TYPES,
  STICKY_COLORS,
  checkContentTags,
  checkHexColor,
  checkNumber,
  checkOneOf,
} from './limits';
import type { BoardState, StoredItem, StoredType } from './state';

// Sticky default sizes (dp): width 199 (square) or 350 (rectangle), height 228; ratio is kept.
const STICKY_SIZE = { square: [199, 228], rectangle: [350, 228] } as const;

const DEFAULTS: Record<StoredType, Partial<StoredItem>> = {
  frame: { width: 800, height: 600, style: { fillColor: '#ffffff' } },
  shape: {
    width: 100,
    height: 100,
    shape: 'rectangle',
    style: {
      color: '#1a1a1a',
      fillColor: '#ffffff',
      fillOpacity: 1,
      fontFamily: 'arial',
      fontSize: 14,
      textAlign: 'center',
      textAlignVertical: 'middle',
      borderStyle: 'normal',
      borderOpacity: 1,
      borderColor: '#1a1a1a',
      borderWidth: 2,
    },
  },
  sticky_note: {
    shape: 'square',
    style: { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' },
  },
  text: {
    width: 200,
    style: {
      color: '#1a1a1a',
      fillColor: 'transparent',
      fillOpacity: 1,
      fontFamily: 'arial',
      fontSize: 14,
      textAlign: 'left',
    },
  },
};

/** Returns a stored item built from create props and Miro-like defaults; throws on bad props. */
export function buildItem(
  type: StoredType,
  props: Record<string, unknown>,
  base: Pick<StoredItem, 'id' | 'createdBy' | 'createdAt'>,
): StoredItem {
  if (typeof props !== 'object' || props === null) throw invalid(`Invalid ${type} props`);
  const defaults = DEFAULTS[type];
  const style = { ...(defaults.style ?? {}) };
  const given = props.style;
  if (given !== undefined) {
    if (typeof given !== 'object' || given === null) throw invalid(`Invalid ${type} style`);
    for (const [key, value] of Object.entries(given)) {
      if (!(key in style)) throw invalid(`Invalid ${type} style: unknown property '${key}'`);
      if (value !== undefined) style[key] = value as Json;
    }
  }
  const item: StoredItem = {
    ...base,
    type,
    parentId: null,
    modifiedBy: base.createdBy,
    modifiedAt: base.createdAt,
    x: pick(props.x, 0),
    y: pick(props.y, 0),
    width: pick(props.width, defaults.width ?? 0),
    height: pick(props.height, defaults.height ?? 0),
    title: pick(props.title, ''),
    showContent: pick(props.showContent, true),
    content: pick(props.content, ''),
    shape: pick(props.shape, defaults.shape ?? ''),
    style,
    tagIds: Array.isArray(props.tagIds) ? [...(props.tagIds as string[])] : [],
  };
  if (type === 'sticky_note') sizeSticky(item, props.width, props.height);
  if (type === 'text') item.height = textHeight(item);
  return item;
}

function pick<T>(value: unknown, fallback: T): T {
  return value === undefined ? fallback : (value as T);
}

/** Sets a sticky's size from at most one of width/height, keeping its ratio (mutates `item`). */
export function sizeSticky(item: StoredItem, width: unknown, height: unknown): void {
  if (width !== undefined && height !== undefined) {
    throw invalid('Sticky note: set either width or height, not both (the aspect ratio is fixed)');
  }
  const [w0, h0] = item.shape === 'rectangle' ? STICKY_SIZE.rectangle : STICKY_SIZE.square;
  if (width !== undefined) checkNumber('sticky note width', width, true);
  if (height !== undefined) checkNumber('sticky note height', height, true);
  if (typeof width === 'number') [item.width, item.height] = [width, (width * h0) / w0];
  else if (typeof height === 'number') [item.width, item.height] = [(height * w0) / h0, height];
  else [item.width, item.height] = [w0, h0];
}

/** Returns a text item's automatic height from its font size and line count (pure). */
export function textHeight(item: StoredItem): number {
  const fontSize = typeof item.style.fontSize === 'number' ? item.style.fontSize : 14;
  const breaks = item.content.match(/<br\s*\/?>|<\/p>\s*<p|<li/gi)?.length ?? 0;
  return Math.round(fontSize * 1.4 * (1 + breaks));
}

/** Throws when `item` breaks one of Miro's rules for its type; returns nothing. */
export function checkItem(state: BoardState, item: StoredItem): void {
  checkNumber(`${item.type} x`, item.x);
  checkNumber(`${item.type} y`, item.y);
  checkNumber(`${item.type} width`, item.width, true);
  checkNumber(`${item.type} height`, item.height, true);
  const s = item.style;
  if (item.type !== 'frame') {
    if (typeof item.content !== 'string') throw invalid(`Invalid ${item.type} content`);
    checkContentTags(item.type, item.content);
  }
  switch (item.type) {
    case 'frame':
      if (item.width < LIMITS.frameMinSize || item.height < LIMITS.frameMinSize) {
        throw invalid(
          `Frame size ${item.width}x${item.height} is below the minimum of ${LIMITS.frameMinSize}x${LIMITS.frameMinSize}`,
        );
      }
      if (typeof item.title !== 'string') throw invalid('Invalid frame title');
      if (typeof item.showContent !== 'boolean') throw invalid('Invalid frame showContent');
      checkHexColor('frame style.fillColor', s.fillColor);
      return;
    case 'shape':
      checkOneOf('shape type', item.shape, SHAPE_TYPES);
      for (const key of ['color', 'fillColor', 'borderColor'])
        checkHexColor(`shape style.${key}`, s[key]);
      checkNumber('shape style.fontSize', s.fontSize, true);
      return;
    case 'sticky_note':
      if (item.content.length >= LIMITS.stickyContentChars) {
        throw invalid(
          `Sticky note content has ${item.content.length} characters; it must be under ${LIMITS.stickyContentChars}`,
        );
      }
      checkOneOf('sticky note style.fillColor', s.fillColor, STICKY_COLORS);
      checkOneOf('sticky note shape', item.shape, ['square', 'rectangle']);
      if (!Array.isArray(item.tagIds)) throw invalid('Invalid sticky note tagIds');
      if (item.tagIds.length > LIMITS.tagsPerSticky) {
        throw invalid(
          `A sticky note takes at most ${LIMITS.tagsPerSticky} tags, got ${item.tagIds.length}`,
        );
      }
      for (const tagId of item.tagIds) {
        if (!state.tags.has(tagId)) throw invalid(`Unknown tag id '${String(tagId)}'`);
      }
      return;
    case 'text':
      checkHexColor('text style.color', s.color);
      checkHexColor('text style.fillColor', s.fillColor);
      checkNumber('text style.fontSize', s.fontSize, true);
      return;
  }
}
