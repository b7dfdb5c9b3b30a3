// The verslag on the board: one frame 'Verslag — <method> — <date>' to the right of the
// template, one text item per part of the report. Running it again updates the same frame and
// texts (ids and a hash of what was written kept in storage under `verslag:<sessionId>`) while
// they still hold exactly what we wrote; once someone edited one of them, that frame stays as it
// is and the new version goes into a new frame 'Verslag — … (bijgewerkt)'. It removes only its
// own unedited old texts, never a participant's item or edit.
import { META_KEY } from '../layout/meta';
import { textHeight } from '../layout/text';
import type { BoardItem, FrameItem, Json, MiroLike, TextItem } from '../miro/types';
import { isBoardItem } from '../miro/types';
import { toBoardText } from '../record/board-text';
import type { Report } from '../record/report-types';
import type { Lang } from '../shared/text';
import { reportTitle } from '../record/words';
import { methods } from '../catalog/methods';
import { previousReportFor, type History } from '../record/history';
import { metadataRegions } from '../record/app-items';
import { buildReport } from '../record/report';
import type { MethodLookup } from '../session/repair';
import { loadSession } from '../session/store';
import { loadHistory } from './history';
import { fingerprint, stillOurs } from './fingerprint';
import { boardError, errorFrom } from './messages';
import type { UserError } from '../shared/errors';
import { readBoard } from './snapshot';
import { readMap, type TemplateMap } from './template-map';
import { COLLECTION } from '../storage/keys';
import { toBoard } from '../shared/coords';

export const REPORT_REGION = 'verslag';
const WIDTH = 1400;
const PAD = 60;
const GAP = 40;
const FONT = 20;
const INNER = WIDTH - 2 * PAD;

/** Storage key of the verslag frame's ids for a session. */
export const reportKey = (sessionId: string) => `verslag:${sessionId}`;

interface Stored {
  frameId: string;
  texts: Record<string, string>;
  /** Part key → fingerprint of the content written there. */
  hashes: Record<string, string>;
  /** The frame is a newer version beside an edited one. */
  updated?: boolean;
}

const UPDATED = { nl: ' (bijgewerkt)', en: ' (updated)' } as const;

export type ReportFrameResult = { ok: true; frameId: string } | { ok: false; error: UserError };

function readStored(raw: unknown): Stored | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Stored>;
  if (typeof r.frameId !== 'string' || !r.texts || typeof r.texts !== 'object') return null;
  const strings = (o: unknown) =>
    Object.fromEntries(
      Object.entries(o && typeof o === 'object' ? o : {}).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  return {
    frameId: r.frameId,
    texts: strings(r.texts),
    hashes: strings(r.hashes),
    ...(r.updated === true ? { updated: true } : {}),
  };
}

async function frameById(miro: MiroLike, id: string | undefined): Promise<FrameItem | undefined> {
  if (!id) return undefined;
  const item = await miro.board.getById(id).catch(() => undefined);
  return isBoardItem(item) && item.type === 'frame' ? item : undefined;
}

/** Returns a frame's children by id (one getChildren call). */
async function childrenById(frame: FrameItem): Promise<Map<string, BoardItem>> {
  return new Map((await frame.getChildren()).filter(isBoardItem).map((c) => [c.id, c] as const));
}

/** Places a new frame to the right of the template's frames (one get, one findEmptySpace). */
async function newFrame(miro: MiroLike, map: TemplateMap, title: string, height: number) {
  const ids = new Set(map.frames.map((k) => map.items[k]));
  const frames = (await miro.board.get({ type: 'frame' })).filter(
    (f): f is FrameItem => isBoardItem(f) && f.type === 'frame' && ids.has(f.id),
  );
  const right = Math.max(map.origin.x, ...frames.map((f) => f.x + f.width / 2));
  const top = Math.min(...frames.map((f) => f.y - f.height / 2), map.origin.y);
  const spot = await miro.board.findEmptySpace({
    x: right + 200 + WIDTH / 2,
    y: top + height / 2,
    width: WIDTH,
    height,
    offset: 100,
  });
  return miro.board.createFrame({
    title,
    x: spot.x,
    y: spot.y,
    width: WIDTH,
    height,
    style: { fillColor: '#ffffff' },
  });
}

/** Writes or updates the verslag frame and its texts (mutates board and storage); returns its id or an error value. */
export async function writeReportFrame(
  miro: MiroLike,
  report: Report,
  map: TemplateMap,
  lang: Lang,
): Promise<ReportFrameResult> {
  const board = miro.board;
  const collection = board.storage.collection(COLLECTION);
  const meta = (k: string): Json => ({ s: report.sessionId, r: REPORT_REGION, k });
  try {
    const parts = toBoardText(report, lang).map((p) => ({
      ...p,
      height: textHeight(p.content, INNER, FONT),
    }));
    const height = Math.max(400, PAD + parts.reduce((sum, p) => sum + p.height + GAP, 0) + PAD);
    const stored = readStored(await collection.get(reportKey(report.sessionId)));
    let frame = await frameById(miro, stored?.frameId);
    let children = frame ? await childrenById(frame) : new Map<string, BoardItem>();
    // Someone edited one of our texts: leave that frame alone, write a new version beside it.
    const edited = Object.entries(stored?.texts ?? {}).some(([key, id]) => {
      const c = children.get(id);
      return c?.type === 'text' && !stillOurs(c.content, stored?.hashes[key]);
    });
    const updated = edited || (frame !== undefined && stored?.updated === true);
    const title = reportTitle(report, lang) + (updated ? UPDATED[lang] : '');
    if (edited) [frame, children] = [undefined, new Map()];
    const known = frame ? (stored?.texts ?? {}) : {};
    if (frame) {
      frame.title = title;
      frame.height = Math.max(frame.height, height);
      await frame.sync();
    } else {
      frame = await newFrame(miro, map, title, height);
      await frame.setMetadata(META_KEY, meta('verslag/frame'));
    }
    const into = frame;
    const texts: Record<string, string> = {};
    const hashes: Record<string, string> = {};
    let y = PAD;
    for (const part of parts) {
      const old = children.get(known[part.key] ?? '');
      const centre = y + part.height / 2;
      if (old?.type === 'text') {
        const t = old as TextItem;
        Object.assign(t, { content: part.content, x: PAD + INNER / 2, y: centre, width: INNER });
        await t.sync();
        texts[part.key] = t.id;
        hashes[part.key] = fingerprint(t.content);
      } else {
        const at = toBoard(into, { x: PAD + INNER / 2, y: centre });
        const t = await board.createText({
          content: part.content,
          x: at.x,
          y: at.y,
          width: INNER,
          style: { fontSize: FONT, color: '#1a1a1a', textAlign: 'left' },
        });
        // Miro attaches a new item to the frame under it: re-attach when another frame took it.
        if (t.parentId !== into.id) await into.add(t);
        await t.setMetadata(META_KEY, meta(`verslag/${part.key}`));
        texts[part.key] = t.id;
        hashes[part.key] = fingerprint(t.content);
      }
      y += part.height + GAP;
    }
    const mine = new Set(Object.values(texts));
    for (const [key, id] of Object.entries(known)) {
      const old = children.get(id);
      if (old?.type === 'text' && !mine.has(id) && stillOurs(old.content, stored?.hashes[key]))
        await board.remove(old);
    }
    const value = { frameId: frame.id, texts, hashes, ...(updated ? { updated: true } : {}) };
    await collection.set(reportKey(report.sessionId), value);
    return { ok: true, frameId: frame.id };
  } catch (error) {
    return { ok: false, error: errorFrom(error) };
  }
}

export type FromBoard =
  | { ok: true; report: Report; map: TemplateMap; history: History }
  | { ok: false; error: UserError };

/**
 * Returns the verslag of a session straight from the board: loads the session, its template
 * map, the board's content and the history (previous verslag, R41); reads only, never throws.
 */
export async function buildReportFromBoard(
  miro: MiroLike,
  sessionId: string,
  opts: { date: string; lang: Lang; lookup?: MethodLookup },
): Promise<FromBoard> {
  const collection = miro.board.storage.collection(COLLECTION);
  const lookup = opts.lookup ?? ((id: string) => methods.byId(id));
  const loaded = await loadSession(collection, sessionId, lookup);
  if (!loaded.ok) return { ok: false, error: loaded.error };
  const map = await readMap(miro.board, sessionId).catch(() => undefined);
  if (!map) return { ok: false, error: boardError('no-template') };
  try {
    const metadataIn = metadataRegions(loaded.method);
    const snapshot = await readBoard(miro, map, { metadataIn });
    const { history } = await loadHistory(collection);
    const previous = previousReportFor(history, sessionId) ?? undefined;
    const report = buildReport({
      method: loaded.method,
      session: loaded.state,
      snapshot,
      date: opts.date,
      lang: opts.lang,
      ...(previous ? { previous } : {}),
    });
    return { ok: true, report, map, history };
  } catch (error) {
    return { ok: false, error: errorFrom(error) };
  }
}
