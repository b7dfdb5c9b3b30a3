// Tags, item metadata and board app data, with Miro's size and count limits.
import type { Json, TagItem } from '../types';
import { invalid } from './errors';
import { LIMITS, TAG_COLORS, checkJson, checkOneOf, copyJson, jsonBytes } from './limits';
import { mustGet, nextId, type BoardState, type StoredTag } from './state';

function checkTag(state: BoardState, tag: StoredTag): void {
  if (typeof tag.title !== 'string' || tag.title.length === 0) throw invalid('A tag needs a title');
  if (tag.title.length > LIMITS.tagTitleChars) {
    throw invalid(
      `Tag title has ${tag.title.length} characters; the maximum is ${LIMITS.tagTitleChars}`,
    );
  }
  for (const other of state.tags.values()) {
    if (other.id !== tag.id && other.title === tag.title) {
      throw invalid(`A tag titled '${tag.title}' already exists on this board`);
    }
  }
  checkOneOf('tag color', tag.color, TAG_COLORS);
}

/** Creates a tag after checking title, uniqueness, colour and the board's tag count (mutates state). */
export function createTag(
  state: BoardState,
  props: { title?: unknown; color?: unknown },
): StoredTag {
  if (state.tags.size >= LIMITS.tagsPerBoard) {
    throw invalid(`A board holds at most ${LIMITS.tagsPerBoard} tags`);
  }
  const tag = { id: '', title: props?.title, color: props?.color ?? 'red' } as StoredTag;
  checkTag(state, tag);
  tag.id = nextId(state);
  state.tags.set(tag.id, tag);
  return { ...tag };
}

/** Writes a tag object's title and colour to the store (mutates state). */
export function updateTag(state: BoardState, local: TagItem): StoredTag {
  if (!state.tags.has(local.id)) throw invalid(`Tag ${local.id} was not found on the board`);
  const tag: StoredTag = { id: local.id, title: local.title, color: local.color };
  checkTag(state, tag);
  state.tags.set(tag.id, tag);
  return { ...tag };
}

/** Removes a tag and takes it off every sticky note (mutates state). */
export function removeTag(state: BoardState, id: string): StoredTag {
  const tag = state.tags.get(id);
  if (!tag) throw invalid(`Tag ${id} was not found on the board`);
  state.tags.delete(id);
  for (const item of state.items.values()) item.tagIds = item.tagIds.filter((t) => t !== id);
  return tag;
}

/** Returns a copy of one metadata value of an item, undefined when unset [unverified] (no mutation). */
export function getMetadata(state: BoardState, id: string, key: string): Json {
  mustGet(state, id);
  return copyJson(state.metadata.get(id)?.[key]) as Json;
}

/** Sets one metadata key after checking the whole object stays within 256 bytes; returns it (mutates state). */
export function setMetadata(state: BoardState, id: string, key: string, value: Json): Json {
  mustGet(state, id);
  checkJson(`metadata '${key}'`, value);
  const next = { ...(state.metadata.get(id) ?? {}), [key]: copyJson(value) };
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.metadataBytes) {
    throw invalid(
      `Item metadata would be ${bytes} bytes of JSON; the limit is ${LIMITS.metadataBytes}`,
    );
  }
  state.metadata.set(id, next);
  return copyJson(next);
}

/** Returns a copy of one app data value, undefined when unset [unverified] (no mutation). */
export function getAppData(state: BoardState, key: string): Json {
  return copyJson(state.appData[key]) as Json;
}

/** Sets one app data key after checking the whole object stays within 512 bytes; returns it (mutates state). */
export function setAppData(state: BoardState, key: string, value: Json): Json {
  checkJson(`app data '${key}'`, value);
  const next = { ...state.appData, [key]: copyJson(value) };
  const bytes = jsonBytes(next);
  if (bytes > LIMITS.appDataBytes) {
    throw invalid(`App data would be ${bytes} bytes of JSON; the limit is ${LIMITS.appDataBytes}`);
  }
  state.appData = next;
  return copyJson(next);
}
