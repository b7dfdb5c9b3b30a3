// The single probes of the board check. Each tries one thing on the board and returns what
// happened as data; none throws. Errors are described from what they carry, never classified.
import type { BoardLike, FrameItem, ItemBase, StickyItem } from '../miro/types';

/** What a thrown value carried: its constructor, name, code, own keys and message. */
export interface ErrorDescription {
  constructor: string | null;
  name: string | null;
  code: string | null;
  keys: string[];
  message: string;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: ErrorDescription };

/** Returns a description of a thrown value as it is (no mutation). */
export function describeError(error: unknown): ErrorDescription {
  if (typeof error !== 'object' || error === null) {
    return { constructor: null, name: null, code: null, keys: [], message: String(error) };
  }
  const e = error as Record<string, unknown>;
  const proto = Object.getPrototypeOf(error) as { constructor?: { name?: unknown } } | null;
  const ctor = proto?.constructor?.name;
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return {
    constructor: typeof ctor === 'string' ? ctor : null,
    name: text(e.name),
    code: text(e.code),
    keys: Object.getOwnPropertyNames(error),
    message: typeof e.message === 'string' ? e.message : safeString(error),
  };
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '?';
  }
}

function preview(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? 'undefined').slice(0, 80);
  } catch {
    return safeString(value).slice(0, 80);
  }
}

/** Returns the outcome of `run`: its value, or a description of what it threw. */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export const FRAME_SIZE = { width: 400, height: 300 } as const;

/** What making the test frame and its sticky note gave; `failed` names the call that did not work. */
export interface TestItems {
  frame?: FrameItem;
  sticky?: StickyItem;
  failed?: { call: string; error: ErrorDescription };
}

/**
 * Makes a small frame in empty space near the viewport's centre and a sticky note at its centre;
 * every item made is pushed onto `created` at once, so it can be removed whatever happens next.
 */
export async function makeTestItems(
  board: BoardLike,
  title: string,
  created: ItemBase[],
): Promise<TestItems> {
  const view = await attempt(() => board.viewport.get());
  const centre = view.ok
    ? { x: view.value.x + view.value.width / 2, y: view.value.y + view.value.height / 2 }
    : { x: 0, y: 0 };
  const space = await attempt(() =>
    board.findEmptySpace({ ...centre, ...FRAME_SIZE, offset: 100 }),
  );
  if (!space.ok) return { failed: { call: 'findEmptySpace', error: space.error } };
  const { x, y } = space.value;
  const frame = await attempt(() => board.createFrame({ x, y, ...FRAME_SIZE, title }));
  if (!frame.ok) return { failed: { call: 'createFrame', error: frame.error } };
  created.push(frame.value);
  const sticky = await attempt(() => board.createStickyNote({ x, y, content: title }));
  if (!sticky.ok) {
    return { frame: frame.value, failed: { call: 'createStickyNote', error: sticky.error } };
  }
  created.push(sticky.value);
  return { frame: frame.value, sticky: sticky.value };
}

/** Hides the frame's content and shows it again; returns the outcome of hiding (mutates the frame). */
export async function probeShowContent(frame: FrameItem): Promise<Attempt<void>> {
  frame.showContent = false;
  const hidden = await attempt(() => frame.sync());
  if (hidden.ok) {
    frame.showContent = true;
    await attempt(() => frame.sync());
  }
  return hidden;
}

/** The sizes tried, in bytes of the JSON of the item's whole metadata object. */
export const METADATA_SIZES = [128, 256, 512, 1024] as const;
const META_KEY = 'check';

/** Sets metadata of growing size on `item`; returns the sizes accepted and the first refusal. */
export async function probeMetadata(
  item: ItemBase,
): Promise<{ accepted: number[]; refused: { bytes: number; error: ErrorDescription } | null }> {
  const accepted: number[] = [];
  const empty = JSON.stringify({ [META_KEY]: '' }).length;
  for (const bytes of METADATA_SIZES) {
    const r = await attempt(() => item.setMetadata(META_KEY, 'x'.repeat(bytes - empty)));
    if (!r.ok) return { accepted, refused: { bytes, error: r.error } };
    accepted.push(bytes);
  }
  return { accepted, refused: null };
}

/** One failed call and what it threw, or null when none of the harmless calls failed. */
export interface ProvokedError {
  call: string;
  error: ErrorDescription | null;
  /** What getById of a missing id resolved with, when it did not fail. */
  resolved?: string;
}

/** Makes harmless calls that should fail (they write nothing); returns the first error. */
export async function provokeError(board: BoardLike): Promise<ProvokedError> {
  const missing = await attempt(() => board.getById('does-not-exist'));
  if (!missing.ok) return { call: "getById('does-not-exist')", error: missing.error };
  const resolved = preview(missing.value);
  const bad = await attempt(() => board.findEmptySpace({ x: 0, y: 0, width: -1, height: -1 }));
  return bad.ok
    ? { call: 'findEmptySpace({ width: -1, height: -1 })', error: null, resolved }
    : { call: 'findEmptySpace({ width: -1, height: -1 })', error: bad.error, resolved };
}

/** Removes `items`, last made first, trying each twice; returns the ids still there. */
export async function removeAll(board: BoardLike, items: readonly ItemBase[]): Promise<string[]> {
  const left: string[] = [];
  for (const item of [...items].reverse()) {
    const once = await attempt(() => board.remove(item));
    if (once.ok) continue;
    const twice = await attempt(() => board.remove(item));
    if (!twice.ok) left.push(item.id);
  }
  return left;
}
