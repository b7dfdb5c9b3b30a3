// Record builders. A block is a frame and its items in coordinates relative to the block's
// top-left corner; `place` moves a block to its spot in the blueprint.
import type {
  BlueprintRecord,
  FrameRecord,
  ShapeRecord,
  ShapeStyle,
  StickyRecord,
  TextRecord,
} from './blueprint';
import { isPlaced } from './blueprint';
import type { Lang } from '../shared/text';
import { SHAPE_INSET, stickyHeight } from './geometry';
import { fitFont, paragraphs, strong, textHeight } from './text';
import { escapeHtml } from '../shared/html';

export interface Block {
  width: number;
  height: number;
  records: BlueprintRecord[];
}

export interface Ctx {
  method: string;
  region: string;
  lang: Lang;
}

export const PAD = 40;
export const GAP = 24;
const INK = '#1a1a1a';

/** Returns the deterministic key method/region/parts…; pure. */
export function keyOf(ctx: Ctx, ...parts: (string | number)[]): string {
  return [ctx.method, ctx.region, ...parts].join('/');
}

type Owner = { role?: string; owner?: string };

function owned(o: Owner): Owner {
  return { ...(o.role ? { role: o.role } : {}), ...(o.owner ? { owner: o.owner } : {}) };
}

/** Returns key, region, owner and the centre and width of an item at a top-left position; pure. */
function placedAt(
  key: string,
  region: string,
  o: Owner,
  left: number,
  top: number,
  width: number,
  height: number,
) {
  return { key, region, ...owned(o), x: left + width / 2, y: top + height / 2, width };
}

export interface ShapeOpts extends Owner {
  shape?: ShapeRecord['shape'];
  fill?: string;
  color?: string;
  border?: string;
  font?: { max: number; min: number };
  align?: ShapeStyle['textAlign'];
  valign?: ShapeStyle['textAlignVertical'];
}

/** Returns the height a shape of `width` needs for the content at `font`; pure. */
export function shapeHeight(content: string, width: number, font: number, circle = false): number {
  const k = circle ? Math.SQRT2 : 1;
  return Math.ceil(textHeight(content, width / k - 2 * SHAPE_INSET, font) * k + 2 * SHAPE_INSET);
}

/** Returns a shape at a top-left position with the largest font that fits (the minimum otherwise); pure. */
export function shape(
  key: string,
  region: string,
  left: number,
  top: number,
  width: number,
  height: number,
  content: string,
  o: ShapeOpts = {},
): ShapeRecord {
  const font = o.font ?? { max: 20, min: 12 };
  const k = o.shape === 'circle' ? Math.SQRT1_2 : 1;
  const w = width * k - 2 * SHAPE_INSET;
  const h = height * k - 2 * SHAPE_INSET;
  const fontSize = content ? (fitFont(content, w, h, font.max, font.min) ?? font.min) : font.min;
  return {
    kind: 'shape',
    ...placedAt(key, region, o, left, top, width, height),
    height,
    shape: o.shape ?? 'round_rectangle',
    content,
    style: {
      color: o.color ?? INK,
      fillColor: o.fill ?? '#ffffff',
      fillOpacity: 1,
      fontSize,
      textAlign: o.align ?? 'center',
      textAlignVertical: o.valign ?? 'middle',
      borderColor: o.border ?? '#c3c6d4',
      borderWidth: 2,
    },
    template: true,
  };
}

/** Returns a text item at a top-left position, its height estimated from the content; pure. */
export function text(
  key: string,
  region: string,
  left: number,
  top: number,
  width: number,
  content: string,
  fontSize: number,
  o: Owner & { align?: TextRecord['style']['textAlign']; color?: string } = {},
): TextRecord {
  const height = textHeight(content, width, fontSize);
  return {
    kind: 'text',
    ...placedAt(key, region, o, left, top, width, height),
    height,
    content,
    style: { color: o.color ?? INK, fontSize, textAlign: o.align ?? 'left' },
    template: true,
  };
}

/** Returns a sticky at a top-left position (its height follows from width and shape); pure. */
export function sticky(
  key: string,
  region: string,
  left: number,
  top: number,
  width: number,
  content: string,
  fill: StickyRecord['style']['fillColor'],
  o: Owner = {},
): StickyRecord {
  const height = stickyHeight(width, 'rectangle');
  return {
    kind: 'sticky',
    ...placedAt(key, region, o, left, top, width, height),
    shape: 'rectangle',
    content,
    style: { fillColor: fill, textAlign: 'left', textAlignVertical: 'top' },
    template: true,
  };
}

/** Returns copies of the records moved by (dx, dy); pure. */
export function shifted(records: BlueprintRecord[], dx: number, dy: number): BlueprintRecord[] {
  return records.map((r) => (isPlaced(r) ? { ...r, x: r.x + dx, y: r.y + dy } : r));
}

export interface FrameSpec {
  title: string;
  /** Header text when it differs from the frame's title. */
  header?: string;
  hint?: string;
  fill?: string;
  minWidth?: number;
  role?: string;
}

/** Returns a frame with a header (title and hint texts) above the body, the body as its children; pure. */
export function frameBlock(ctx: Ctx, spec: FrameSpec, body: Block): Block {
  const width = Math.max(spec.minWidth ?? 600, body.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const head = text(
    keyOf(ctx, 'header'),
    ctx.region,
    PAD,
    PAD,
    inner,
    paragraphs(strong(spec.header ?? spec.title)),
    28,
  );
  const hint = spec.hint
    ? text(
        keyOf(ctx, 'hint'),
        ctx.region,
        PAD,
        PAD + head.height + 8,
        inner,
        paragraphs(escapeHtml(spec.hint)),
        18,
      )
    : undefined;
  const bodyTop = PAD + head.height + (hint ? 8 + hint.height : 0) + GAP;
  const height = Math.max(100, bodyTop + body.height + PAD);
  const frameKey = keyOf(ctx, 'frame');
  const frame: FrameRecord = {
    kind: 'frame',
    key: frameKey,
    region: ctx.region,
    ...owned({ role: spec.role }),
    x: width / 2,
    y: height / 2,
    width,
    height,
    title: spec.title,
    style: { fillColor: spec.fill ?? '#ffffff' },
    template: true,
  };
  const children = [head, ...(hint ? [hint] : []), ...shifted(body.records, PAD, bodyTop)];
  return {
    width,
    height,
    records: [frame, ...children.map((r) => (isPlaced(r) ? { ...r, parent: frameKey } : r))],
  };
}
