// 'Passend': this user's view fits the session's template, its frames from the TemplateMap, not
// the whole board (earlier sessions' templates and verslagen may lie beside it).
import { readMap } from '../board/template-map';
import { isBoardItem } from '../miro/types';
import type { BoardItem, MiroLike } from '../miro/types';
import type { Outcome } from './controller-port';
import { userError } from '../shared/errors';

const failed = (nl: string, en: string): Outcome => ({
  ok: false,
  error: userError('fit-failed', nl, en),
});

/** Returns whether the view moved to the session's template frames; moves only this user's viewport. */
export async function fitTemplate(miro: MiroLike, sessionId: string): Promise<Outcome> {
  try {
    const map = await readMap(miro.board, sessionId);
    const ids = new Set(map ? map.frames.flatMap((k) => map.items[k] ?? []) : []);
    // One call for every frame on the board, not one a frame.
    const frames = (await miro.board.get({ type: 'frame' })).filter(
      (f): f is BoardItem => isBoardItem(f) && ids.has(f.id),
    );
    if (!frames.length)
      return failed(
        'Het sjabloon van deze sessie staat niet meer op het bord.',
        'This session’s template is no longer on the board.',
      );
    await miro.board.viewport.zoomTo(frames);
    return { ok: true };
  } catch {
    return failed(
      'Het bord kon niet in beeld worden gebracht. Probeer het opnieuw.',
      'The board could not be brought into view. Please try again.',
    );
  }
}
