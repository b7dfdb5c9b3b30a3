// Checks a blueprint against Miro's limits and the layout's own promises: keys, frames,
// overlaps, children inside their frame, markup, colours and text that fits its item.
import type { Blueprint, BlueprintRecord, FrameRecord } from './blueprint';
import { STICKY_COLORS, isPlaced } from './blueprint';
import { boxOf, contains, overlaps, textArea } from './geometry';
import { META_LIMIT, metaBytes } from './meta';
import { fits } from './text';

export type BlueprintProblemCode =
  | 'key-missing'
  | 'duplicate-key'
  | 'not-template'
  | 'parent-missing'
  | 'parent-order'
  | 'frame-nested'
  | 'frame-small'
  | 'overlap'
  | 'outside-parent'
  | 'sticky-long'
  | 'sticky-height'
  | 'bad-color'
  | 'bad-shape'
  | 'bad-markup'
  | 'unescaped'
  | 'text-overflow'
  | 'tag-title'
  | 'meta-long';

export interface BlueprintProblem {
  code: BlueprintProblemCode;
  key: string;
  other?: string;
}

const TAGS = {
  sticky: ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'br'],
  shape: ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'span', 'br'],
  text: ['p', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'span', 'br', 'ol', 'ul', 'li'],
} as const;
const SHAPES = ['rectangle', 'round_rectangle', 'circle'];
const HEX = /^#[0-9a-f]{6}$/i;

function markup(
  r: BlueprintRecord & { content: string },
  allowed: readonly string[],
  out: BlueprintProblem[],
): void {
  for (const m of r.content.matchAll(/<\/?([a-z0-9]+)[^>]*>/gi))
    if (!allowed.includes((m[1] ?? '').toLowerCase())) out.push({ code: 'bad-markup', key: r.key });
  const bare = r.content.replace(/<\/?[a-z0-9]+[^>]*>/gi, '');
  if (/[<>]/.test(bare) || /&(?!(amp|lt|gt|quot|#39);)/.test(bare))
    out.push({ code: 'unescaped', key: r.key });
}

function colours(r: BlueprintRecord, out: BlueprintProblem[]): void {
  const hex: string[] = [];
  if (r.kind === 'frame') hex.push(r.style.fillColor);
  if (r.kind === 'shape') hex.push(r.style.fillColor, r.style.borderColor, r.style.color);
  if (r.kind === 'text') hex.push(r.style.color);
  if (r.kind === 'sticky' && !(STICKY_COLORS as readonly string[]).includes(r.style.fillColor))
    out.push({ code: 'bad-color', key: r.key });
  if (hex.some((c) => !HEX.test(c))) out.push({ code: 'bad-color', key: r.key });
}

function item(r: BlueprintRecord, sessionId: string, out: BlueprintProblem[]): void {
  if (r.template !== true) out.push({ code: 'not-template', key: r.key });
  colours(r, out);
  if (r.kind === 'frame' && (r.width < 100 || r.height < 100))
    out.push({ code: 'frame-small', key: r.key });
  if (r.kind === 'sticky') {
    if (r.content.length >= 6000) out.push({ code: 'sticky-long', key: r.key });
    if ('height' in r) out.push({ code: 'sticky-height', key: r.key });
  }
  if (r.kind === 'shape' && !SHAPES.includes(r.shape)) out.push({ code: 'bad-shape', key: r.key });
  if (r.kind === 'sticky' || r.kind === 'shape' || r.kind === 'text') markup(r, TAGS[r.kind], out);
  if (r.kind === 'tag' && (r.title.length < 1 || r.title.length > 120))
    out.push({ code: 'tag-title', key: r.key });
  const area = textArea(r);
  if (area && area.content && !fits(area.content, area.width, area.height, area.fontSize))
    out.push({ code: 'text-overflow', key: r.key });
  const role = 'role' in r ? r.role : undefined;
  const meta = { s: sessionId, r: r.region, k: r.key, ...(role ? { o: role } : {}) };
  if (metaBytes(meta) > META_LIMIT) out.push({ code: 'meta-long', key: r.key });
}

/** Returns every problem of the blueprint (empty when it holds); pure. */
export function checkBlueprint(bp: Blueprint): BlueprintProblem[] {
  const out: BlueprintProblem[] = [];
  const frames = new Map<string, FrameRecord>();
  const keys = new Set<string>();
  for (const r of bp.records) {
    if (!r.key) out.push({ code: 'key-missing', key: r.key });
    else if (keys.has(r.key)) out.push({ code: 'duplicate-key', key: r.key });
    keys.add(r.key);
    item(r, bp.sessionId, out);
    if (!isPlaced(r)) continue;
    if (r.parent !== undefined) {
      const parent = frames.get(r.parent);
      if (r.kind === 'frame') out.push({ code: 'frame-nested', key: r.key });
      else if (!parent)
        out.push({
          code: bp.records.some((p) => p.key === r.parent) ? 'parent-order' : 'parent-missing',
          key: r.key,
        });
      else if (!contains(boxOf(parent), boxOf(r)))
        out.push({ code: 'outside-parent', key: r.key, other: parent.key });
    }
    if (r.kind === 'frame') frames.set(r.key, r);
  }
  const top = bp.records.filter(isPlaced).filter((r) => r.parent === undefined);
  top.forEach((a, i) => {
    for (const b of top.slice(i + 1))
      if ((a.kind === 'frame' || b.kind === 'frame') && overlaps(boxOf(a), boxOf(b)))
        out.push({ code: 'overlap', key: a.key, other: b.key });
  });
  return out;
}
