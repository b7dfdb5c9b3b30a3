// The board as Miro shows it, drawn in SVG: frames with their titles, shapes, sticky notes with
// their tags, texts. Props in, nothing out: the interactive layer lives in board.tsx.
import type { JSX } from 'preact';
import type { InspectedItem } from '../miro/simulator';
import type { StoredTag } from '../miro/simulator/state';
import { SHAPE_INSET } from '../layout/geometry';
import { fitFont } from '../layout/text';
import { stickyFill, stickyInk, tagFill, withOpacity } from './colors';
import { safeHtml } from './html';

export interface DrawProps {
  items: readonly InspectedItem[];
  tags: readonly StoredTag[];
  /** Current zoom: frame titles keep a readable size on screen. */
  scale: number;
  selectedId?: string | undefined;
  /** Item being dragged and its offset in board units. */
  drag?: { id: string; dx: number; dy: number } | undefined;
  /** Name of a user id, for the author line on sticky notes. */
  nameOf?: (id: string) => string;
  /** The author line of a sticky note when it is not its creator's (a revealed private note). */
  authorOf?: ((item: InspectedItem) => string) | undefined;
}

const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const FLEX_V = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

function HtmlBox(p: {
  left: number;
  top: number;
  width: number;
  height: number;
  content: string;
  font: number;
  color: string;
  align: string;
  valign: string;
  overflow?: boolean;
  cls?: string;
}): JSX.Element {
  const v = FLEX_V[p.valign as keyof typeof FLEX_V] ?? 'center';
  return (
    <foreignObject
      x={p.left}
      y={p.top}
      width={Math.max(1, p.width)}
      height={Math.max(1, p.height)}
      overflow={p.overflow ? 'visible' : 'hidden'}
    >
      <div
        class={`pb-html ${p.cls ?? ''}`}
        style={{
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: v,
          fontSize: `${p.font}px`,
          color: p.color,
          textAlign: p.align as 'left',
        }}
      >
        <div dangerouslySetInnerHTML={{ __html: safeHtml(p.content) }} />
      </div>
    </foreignObject>
  );
}

function Frame({ item, scale }: { item: InspectedItem; scale: number }) {
  const a = item.absolute;
  const font = Math.min(64, Math.max(4, 14 / scale));
  return (
    <g data-id={item.id} data-type="frame" data-title={item.title}>
      <rect
        x={a.left}
        y={a.top}
        width={a.width}
        height={a.height}
        fill={str(item.style.fillColor, '#ffffff')}
        stroke="#d4d7de"
        stroke-width={1}
        vector-effect="non-scaling-stroke"
      />
      <foreignObject x={a.left} y={a.top - font * 1.7} width={a.width} height={font * 1.6}>
        <div class="pb-frame-title" style={{ fontSize: `${font}px` }}>
          {item.title}
        </div>
      </foreignObject>
      {!item.showContent && (
        <g>
          <rect x={a.left} y={a.top} width={a.width} height={a.height} fill="url(#pb-hidden)" />
          <text x={a.x} y={a.y} text-anchor="middle" font-size={font * 1.2} fill="#555">
            Inhoud verborgen
          </text>
        </g>
      )}
    </g>
  );
}

function Shape({ item }: { item: InspectedItem }) {
  const a = item.absolute;
  const s = item.style;
  const fill = str(s.fillColor, '#ffffff');
  const paint = fill === 'transparent' ? 'none' : withOpacity(fill, num(s.fillOpacity, 1));
  const bw = num(s.borderWidth, 2);
  const stroke =
    bw > 0 ? withOpacity(str(s.borderColor, '#1a1a1a'), num(s.borderOpacity, 1)) : 'none';
  const common = { fill: paint, stroke, 'stroke-width': bw };
  const body =
    item.shape === 'circle' ? (
      <ellipse cx={a.x} cy={a.y} rx={a.width / 2} ry={a.height / 2} {...common} />
    ) : (
      <rect
        x={a.left}
        y={a.top}
        width={a.width}
        height={a.height}
        rx={item.shape === 'round_rectangle' ? Math.min(a.width, a.height) * 0.12 : 0}
        {...common}
      />
    );
  const k = item.shape === 'circle' ? Math.SQRT1_2 : 1;
  const w = a.width * k - 2 * SHAPE_INSET;
  const h = a.height * k - 2 * SHAPE_INSET;
  return (
    <g data-id={item.id} data-type="shape" data-shape={item.shape}>
      {body}
      {item.content && (
        <HtmlBox
          left={a.x - w / 2}
          top={a.y - h / 2}
          width={w}
          height={h}
          content={item.content}
          font={num(s.fontSize, 14)}
          color={str(s.color, '#1a1a1a')}
          align={str(s.textAlign, 'center')}
          valign={str(s.textAlignVertical, 'middle')}
        />
      )}
    </g>
  );
}

function Sticky(p: { item: InspectedItem; tags: Map<string, StoredTag>; author: string }) {
  const { item } = p;
  const a = item.absolute;
  const color = str(item.style.fillColor, 'light_yellow');
  const pad = a.width * 0.08;
  const tags = item.tagIds.map((id) => p.tags.get(id)).filter((t): t is StoredTag => !!t);
  const tagH = tags.length ? a.height * 0.13 : 0;
  const w = a.width - 2 * pad;
  const h = a.height - 2 * pad - tagH;
  const font = item.content
    ? (fitFont(item.content, w, h, Math.round(a.width / 6), 4) ?? 4)
    : a.width / 8;
  return (
    <g data-id={item.id} data-type="sticky_note" class="pb-sticky">
      <rect
        x={a.left + 2}
        y={a.top + 4}
        width={a.width}
        height={a.height}
        fill="rgba(0,0,0,0.12)"
      />
      <rect x={a.left} y={a.top} width={a.width} height={a.height} fill={stickyFill(color)} />
      <HtmlBox
        left={a.left + pad}
        top={a.top + pad}
        width={w}
        height={h}
        content={item.content}
        font={font}
        color={stickyInk(color)}
        align={str(item.style.textAlign, 'center')}
        valign={str(item.style.textAlignVertical, 'middle')}
      />
      {tags.length > 0 && (
        <foreignObject x={a.left + pad} y={a.bottom - pad - tagH} width={w} height={tagH}>
          <div class="pb-tags" style={{ fontSize: `${tagH * 0.55}px` }}>
            {tags.map((t) => (
              <span key={t.id} class="pb-tag" style={{ background: tagFill(t.color) }}>
                {t.title}
              </span>
            ))}
          </div>
        </foreignObject>
      )}
      <text
        x={a.right - pad / 2}
        y={a.bottom - pad / 4}
        text-anchor="end"
        font-size={a.width * 0.055}
        fill="rgba(0,0,0,0.45)"
      >
        {p.author}
      </text>
    </g>
  );
}

function Text({ item }: { item: InspectedItem }) {
  const a = item.absolute;
  const s = item.style;
  return (
    <g data-id={item.id} data-type="text">
      <HtmlBox
        left={a.left}
        top={a.top}
        width={a.width}
        height={a.height}
        content={item.content}
        font={num(s.fontSize, 14)}
        color={str(s.color, '#1a1a1a')}
        align={str(s.textAlign, 'left')}
        valign="top"
        overflow
      />
    </g>
  );
}

/** Returns the items in Miro's drawing order: frames below, the rest in the order given (the board's stacking order); pure. */
export function drawOrder(items: readonly InspectedItem[]): InspectedItem[] {
  return [...items.filter((i) => i.type === 'frame'), ...items.filter((i) => i.type !== 'frame')];
}

/** Draws every item of the board; hidden frames hide their children, as in Miro. */
export function BoardItems(props: DrawProps): JSX.Element {
  const tags = new Map(props.tags.map((t) => [t.id, t]));
  const hidden = new Set(
    props.items.filter((i) => i.type === 'frame' && !i.showContent).map((i) => i.id),
  );
  const name = props.nameOf ?? ((id: string) => id);
  return (
    <g class="pb-items">
      {drawOrder(props.items)
        .filter((i) => !(i.parentId && hidden.has(i.parentId)))
        .map((item) => {
          const moved = props.drag?.id === item.id ? props.drag : undefined;
          const el =
            item.type === 'frame' ? (
              <Frame item={item} scale={props.scale} />
            ) : item.type === 'shape' ? (
              <Shape item={item} />
            ) : item.type === 'sticky_note' ? (
              <Sticky
                item={item}
                tags={tags}
                author={props.authorOf?.(item) ?? name(item.createdBy)}
              />
            ) : (
              <Text item={item} />
            );
          return (
            <g key={item.id} transform={moved ? `translate(${moved.dx} ${moved.dy})` : undefined}>
              {el}
              {props.selectedId === item.id && (
                <rect
                  class="pb-selection"
                  x={item.absolute.left - 4}
                  y={item.absolute.top - 4}
                  width={item.absolute.width + 8}
                  height={item.absolute.height + 8}
                  fill="none"
                  stroke="#4262ff"
                  stroke-width={2}
                  vector-effect="non-scaling-stroke"
                />
              )}
            </g>
          );
        })}
    </g>
  );
}
