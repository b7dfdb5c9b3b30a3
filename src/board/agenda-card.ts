// The opening card of a meeting on the board (R41): 'Vorig verslag en open acties', placed in the
// template's title frame when there is room below its texts, else just left of it, top-aligned.
// Running it again updates the same card (its id and a hash of its text kept in storage under
// `agenda:<sessionId>`) while it still holds exactly what we wrote; a card someone edited stays
// untouched and the new card goes beside it.
import { META_KEY } from '../layout/meta';
import { textHeight } from '../layout/text';
import type { FrameItem, Json, MiroLike, ShapeItem } from '../miro/types';
import { isBoardItem } from '../miro/types';
import type { AgendaCard } from '../record/history';
import { fingerprint, stillOurs } from './fingerprint';
import { errorFrom } from './messages';
import type { UserError } from '../shared/errors';
import type { TemplateMap } from './template-map';
import { COLLECTION, KEYS } from '../storage/keys';
import { toBoard } from '../shared/coords';

const WIDTH = 560;
const PAD = 24;
const GAP = 40;
const FONT = 14;
const FILL = '#fff6d6';

/** Storage key of the agenda card's id for a session. */
export const agendaKey = KEYS.agenda;

export type AgendaCardResult =
  { ok: true; itemId: string; inside: boolean } | { ok: false; error: UserError };

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

/** Returns a card's absolute left edge, its x being relative to the title frame when inside it (pure). */
function absoluteLeft(card: ShapeItem, title: FrameItem | undefined): number {
  const inside = title !== undefined && card.parentId === title.id;
  const x = inside ? toBoard(title, card).x : card.x;
  return x - card.width / 2;
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
    const stored = (await collection.get(key)) as { id?: unknown; hash?: unknown } | undefined;
    const oldId = typeof stored?.id === 'string' ? stored.id : undefined;
    const hash = typeof stored?.hash === 'string' ? stored.hash : undefined;
    const old = oldId ? await board.getById(oldId).catch(() => undefined) : undefined;
    const card = isBoardItem(old) && old.type === 'shape' ? (old as ShapeItem) : undefined;
    const ours = card !== undefined && stillOurs(card.content, hash);
    if (card && ours && card.height >= height) {
      card.content = agenda.content;
      await card.sync();
      await collection.set(key, { id: card.id, hash: fingerprint(card.content) });
      return { ok: true, itemId: card.id, inside: card.parentId !== null };
    }
    // Shapes keep their size through sync here: a longer text gets a new, taller card.
    if (card && ours) await board.remove(card);
    const frameId = map.items[`${map.methodId}/title/frame`];
    const frame = frameId ? await board.getById(frameId).catch(() => undefined) : undefined;
    const title = isBoardItem(frame) && frame.type === 'frame' ? (frame as FrameItem) : undefined;
    const box: Box = title ?? { x: map.origin.x + WIDTH / 2, y: map.origin.y, width: 0, height: 0 };
    const children = title ? (await title.getChildren()).filter(isBoardItem) : [];
    const spot = agendaSpot(box, children, { width: WIDTH, height });
    // An edited card stays where it is: the new one goes left of it.
    if (card && !ours) spot.x = Math.min(spot.x, absoluteLeft(card, title) - GAP - WIDTH / 2);
    const made = await board.createShape({
      content: agenda.content,
      shape: 'rectangle',
      x: spot.x,
      y: spot.y,
      width: WIDTH,
      height,
      style: { fillColor: FILL, fontSize: FONT, textAlign: 'left', textAlignVertical: 'top' },
    });
    const meta: Json = { s: map.sessionId, r: 'title', k: 'agenda/card' };
    if (title && spot.inside && made.parentId !== title.id) await title.add(made);
    await made.setMetadata(META_KEY, meta);
    await collection.set(key, { id: made.id, hash: fingerprint(made.content) });
    return { ok: true, itemId: made.id, inside: spot.inside };
  } catch (error) {
    return { ok: false, error: errorFrom(error) };
  }
}
