// The interactive board: pan by dragging empty space, zoom with the wheel or the buttons, 'passend'
// fits everything; click selects, dragging a sticky moves it, a double-click writes a new sticky
// or edits one in place. It only reports what the person did; practice-app.tsx acts on it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { InspectedItem } from '../miro/simulator';
import type { StoredTag } from '../miro/simulator/state';
import { BoardItems } from './draw';
import { EditBox } from './edit-box';
import type { Lang } from '../i18n/i18n';
import { practiceDict } from '../i18n/practice';
import { boundsOf, fitCamera, toBoard, zoomAt, type Camera } from './viewport';

export interface BoardProps {
  /** The page's language (labels); default nl. */
  lang?: Lang;
  items: readonly InspectedItem[];
  tags: readonly StoredTag[];
  nameOf: (id: string) => string;
  /** The author line of a sticky note when it is not its creator's (a revealed private note). */
  authorOf?: (item: InspectedItem) => string;
  selectedId: string | undefined;
  /** When set, the next click on the board writes a sticky there and calls onPlaced. */
  placing: boolean;
  camera: Camera | undefined;
  /** A new `n` fits the board to `ids` (all items when absent): a new template, a zoomTo. */
  focus: { n: number; ids?: readonly string[] | undefined };
  onCamera(camera: Camera): void;
  onSelect(id: string | undefined): void;
  onPlaced(): void;
  onMove(id: string, x: number, y: number): void;
  /** Writes a new sticky at board (x, y); returns its id to edit it at once. */
  onCreateAt(x: number, y: number): string | undefined;
  onEdit(id: string, text: string): void;
  onDelete(id: string): void;
}

type Gesture =
  | { kind: 'pan'; sx: number; sy: number; cam: Camera }
  | { kind: 'drag'; id: string; sx: number; sy: number; moved: boolean; dx: number; dy: number };

const DRAGGABLE = new Set(['sticky_note', 'text']);

function targetOf(e: Event): { id: string; type: string } | undefined {
  const el = (e.target as Element | null)?.closest?.('[data-id]');
  const id = el?.getAttribute('data-id');
  const type = el?.getAttribute('data-type');
  return id && type ? { id, type } : undefined;
}

/** Draws the board and turns pointer, wheel and keys into the callbacks of BoardProps. */
export function Board(props: BoardProps) {
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [gesture, setGesture] = useState<Gesture | undefined>();
  const [editing, setEditing] = useState<string | undefined>();
  const t = practiceDict(props.lang ?? 'nl');
  const cam = props.camera ?? fitCamera(bounds(props.items), size.width, size.height);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
    measure();
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);
  const fitTo = (ids?: readonly string[]) => {
    const chosen = ids?.length ? props.items.filter((i) => ids.includes(i.id)) : props.items;
    props.onCamera(fitCamera(bounds(chosen), size.width, size.height));
  };
  const fit = () => fitTo();
  useEffect(() => {
    if (props.focus.n > 0) fitTo(props.focus.ids);
  }, [props.focus.n, size.width, size.height]);

  const local = (e: { clientX: number; clientY: number }) => {
    const r = host.current?.getBoundingClientRect();
    return { sx: e.clientX - (r?.left ?? 0), sy: e.clientY - (r?.top ?? 0) };
  };
  const zoomBy = (factor: number) =>
    props.onCamera(zoomAt(cam, factor, size.width / 2, size.height / 2));

  const down = (e: PointerEvent) => {
    if (e.button !== 0 || editing) return;
    host.current?.focus();
    const { sx, sy } = local(e);
    if (props.placing) {
      const p = toBoard(cam, sx, sy);
      props.onPlaced();
      const id = props.onCreateAt(p.x, p.y);
      if (id) {
        props.onSelect(id);
        setEditing(id);
      }
      e.preventDefault();
      return;
    }
    const t = targetOf(e);
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    if (t && t.type !== 'frame') {
      props.onSelect(t.id);
      if (DRAGGABLE.has(t.type))
        setGesture({ kind: 'drag', id: t.id, sx, sy, moved: false, dx: 0, dy: 0 });
      return;
    }
    props.onSelect(undefined);
    setGesture({ kind: 'pan', sx, sy, cam });
  };
  const move = (e: PointerEvent) => {
    if (!gesture) return;
    const { sx, sy } = local(e);
    if (gesture.kind === 'pan') {
      props.onCamera({
        ...gesture.cam,
        x: gesture.cam.x + sx - gesture.sx,
        y: gesture.cam.y + sy - gesture.sy,
      });
      return;
    }
    const moved = gesture.moved || Math.hypot(sx - gesture.sx, sy - gesture.sy) > 3;
    setGesture({
      ...gesture,
      moved,
      dx: (sx - gesture.sx) / cam.scale,
      dy: (sy - gesture.sy) / cam.scale,
    });
  };
  const up = () => {
    if (gesture?.kind === 'drag' && gesture.moved) {
      const item = props.items.find((i) => i.id === gesture.id);
      if (item) props.onMove(item.id, item.absolute.x + gesture.dx, item.absolute.y + gesture.dy);
    }
    setGesture(undefined);
  };
  const dbl = (e: MouseEvent) => {
    const t = targetOf(e);
    if (t?.type === 'sticky_note' || t?.type === 'text') {
      setEditing(t.id);
      return;
    }
    const { sx, sy } = local(e);
    const p = toBoard(cam, sx, sy);
    const id = props.onCreateAt(p.x, p.y);
    if (id) setEditing(id);
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const { sx, sy } = local(e);
    props.onCamera(zoomAt(cam, Math.exp(-e.deltaY * 0.0015), sx, sy));
  };
  const key = (e: KeyboardEvent) => {
    if (editing || (e.target as Element | null)?.tagName === 'TEXTAREA') return;
    if ((e.key === 'Delete' || e.key === 'Backspace') && props.selectedId) {
      e.preventDefault();
      props.onDelete(props.selectedId);
    } else if (e.key === 'Enter' && props.selectedId) {
      e.preventDefault();
      setEditing(props.selectedId);
    } else if (e.key === 'Escape') props.onSelect(undefined);
    else if (e.key === '+' || e.key === '=') zoomBy(1.25);
    else if (e.key === '-') zoomBy(0.8);
  };

  const editItem = editing ? props.items.find((i) => i.id === editing) : undefined;
  const drag = gesture?.kind === 'drag' && gesture.moved ? gesture : undefined;
  return (
    <div
      ref={host}
      class={`pb-board${props.placing ? ' pb-placing' : ''}${gesture?.kind === 'pan' ? ' pb-panning' : ''}`}
      tabIndex={0}
      role="application"
      aria-label={t.boardLabel}
      onKeyDown={key}
    >
      <svg
        class="pb-svg"
        width={size.width}
        height={size.height}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onDblClick={dbl}
        onWheel={wheel}
      >
        <defs>
          <pattern id="pb-dots" width={24} height={24} patternUnits="userSpaceOnUse">
            <circle cx={1} cy={1} r={1} fill="#d7d9de" />
          </pattern>
          <pattern
            id="pb-hidden"
            width={16}
            height={16}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={16} height={16} fill="#eceef2" />
            <rect width={6} height={16} fill="#dcdfe5" />
          </pattern>
        </defs>
        <rect width="100%" height="100%" fill="url(#pb-dots)" />
        <g class="pb-world" transform={`translate(${cam.x} ${cam.y}) scale(${cam.scale})`}>
          <BoardItems
            items={props.items}
            tags={props.tags}
            scale={cam.scale}
            selectedId={props.selectedId}
            drag={drag}
            nameOf={props.nameOf}
            authorOf={props.authorOf}
          />
        </g>
      </svg>
      {editItem && (
        <EditBox
          label={t.noteText}
          item={editItem}
          camera={cam}
          onDone={(text) => {
            setEditing(undefined);
            if (text !== undefined) props.onEdit(editItem.id, text);
            host.current?.focus();
          }}
        />
      )}
      <div class="pb-zoom" role="group" aria-label={t.zoom}>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label={t.zoomOut}>
          −
        </button>
        <span class="pb-zoom-level">{Math.round(cam.scale * 100)}%</span>
        <button type="button" onClick={() => zoomBy(1.25)} aria-label={t.zoomIn}>
          +
        </button>
        <button type="button" onClick={fit} data-testid="fit">
          {t.fit}
        </button>
      </div>
    </div>
  );
}

function bounds(items: readonly InspectedItem[]) {
  return boundsOf(items.filter((i) => i.absolute.left > -5e5).map((i) => i.absolute));
}
