// The opening card of a meeting on the board (R41): 'Vorig verslag en open acties', placed in the
// template's title frame when there is room below its texts, else just left of it, top-aligned.
// Running it again updates the same card (its id kept in storage under `agenda:<sessionId>`).
import { META_KEY } from '../layout/meta';
import { textHeight } from '../layout/text';
import type { FrameItem, Json, MiroLike, ShapeItem } from '../miro/types';
import { isBoardItem } from '../miro/types';
import type { AgendaCard } from '../record/history';
import { errorFrom, type BoardError } from './messages';
import type { TemplateMap } from './template-map';

const COLLECTION = 'intervisie';
const WIDTH = 560;
const PAD = 24;
const GAP = 40;
const FONT = 14;
const FILL = '#fff6d6';

/** Storage key of the agenda card's id for a session. */
export const agendaKey = (sessionId: string) => `agenda:${sessionId}`;

export type AgendaCardResult =
  { ok: true; itemId: string; inside: boolean } | { ok: false; error: BoardError };

type Box = { x: number; y: number; width: number; height: number };

/** Returns the card's absolute centre: inside the title frame below its texts if it fits, else left of it; pure. */
export function agendaSpot(
  frame: Box,
  children: readonly Box[],
  size: { width: number; height: number },
): { x: number; y: number; inside: boolean } {
  const left = frame.x - frame.width / 2;
  const top = frame.y - frame.height / 2;
  const used = Math.max(0, ...children.map((c) => c.y + c.height / 2));
  const room = frame.height - used - PAD;
  if (room >= size.height + PAD && frame.width >= size.width + 2 * PAD)
    return { x: left + PAD + size.width / 2, y: top + used + PAD + size.height / 2, inside: true };
  return { x: left - GAP - size.width / 2, y: top + size.height / 2, inside: false };
}

/** Writes or updates the agenda card beside the template's title block (mutates board and storage); never throws. */
export async function writeAgendaCard(
  miro: MiroLike,
  map: TemplateMap,
  agenda: AgendaCard,
): Promise<AgendaCardResult> {
  const { board } = miro;
  const collection = board.storage.collection(COLLECTION);
  const key = agendaKey(map.sessionId);
  const height = Math.max(120, textHeight(agenda.content, WIDTH - 2 * PAD, FONT) + 2 * PAD);
  try {
    const stored = (await collection.get(key)) as { id?: unknown } | undefined;
    const oldId = typeof stored?.id === 'string' ? stored.id : undefined;
    const old = oldId ? await board.getById(oldId).catch(() => undefined) : undefined;
    if (isBoardItem(old) && old.type === 'shape') {
      const card = old as ShapeItem;
      if (card.height >= height) {
        card.content = agenda.content;
        await card.sync();
        return { ok: true, itemId: card.id, inside: card.parentId !== null };
      }
      // Shapes keep their size through sync here: a longer text gets a new, taller card.
      await board.remove(card);
    }
    const frameId = map.items[`${map.methodId}/title/frame`];
    const frame = frameId ? await board.getById(frameId).catch(() => undefined) : undefined;
    const title = isBoardItem(frame) && frame.type === 'frame' ? (frame as FrameItem) : undefined;
    const box: Box = title ?? { x: map.origin.x + WIDTH / 2, y: map.origin.y, width: 0, height: 0 };
    const children = title ? (await title.getChildren()).filter(isBoardItem) : [];
    const spot = agendaSpot(box, children, { width: WIDTH, height });
    const card = await board.createShape({
      content: agenda.content,
      shape: 'rectangle',
      x: spot.x,
      y: spot.y,
      width: WIDTH,
      height,
      style: { fillColor: FILL, fontSize: FONT, textAlign: 'left', textAlignVertical: 'top' },
    });
    const meta: Json = { s: map.sessionId, r: 'title', k: 'agenda/card' };
    await card.setMetadata(META_KEY, meta);
    await collection.set(key, { id: card.id });
    return { ok: true, itemId: card.id, inside: spot.inside };
  } catch (error) {
    return { ok: false, error: errorFrom(error) };
  }
}
