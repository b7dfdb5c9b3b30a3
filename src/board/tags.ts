// Tags (the rating scale) are board-wide and their titles unique: createTag throws on a title
// the board already has. So each tag is created, and when Miro refuses, the board's tags are
// read once (one `get`) and a tag with the same title is reused.
import type { TagRecord } from '../layout/blueprint';
import type { BoardLike, TagItem } from '../miro/types';
import { classifyError } from '../miro/retry';
import type { Runner } from './runner';

const isTag = (v: unknown): v is TagItem =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'tag';

/**
 * Returns a function giving a tag record's tag id, creating the tag or reusing one with its
 * title; `known` is the board's tags when the caller has read them already.
 */
export function tagMaker(
  board: BoardLike,
  runner: Runner,
  known?: TagItem[],
): (r: TagRecord) => Promise<string> {
  let existing: Promise<TagItem[]> | undefined = known && Promise.resolve(known);
  const board_tags = () =>
    (existing ??= runner.call('get', () => board.get()).then((all) => all.filter(isTag)));
  return async (r) => {
    if (existing) {
      const found = (await board_tags()).find((t) => t.title === r.title);
      if (found) return found.id;
    }
    try {
      const tag = await runner.call('createTag', () =>
        board.createTag({ title: r.title, color: r.color }),
      );
      return tag.id;
    } catch (error) {
      if (classifyError(error) !== 'permanent' || (error as Error)?.name === 'AbortedError')
        throw error;
      const found = (await board_tags()).find((t) => t.title === r.title);
      if (found) return found.id;
      throw error;
    }
  };
}
