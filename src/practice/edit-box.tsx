// In-place editing of a sticky note or text: a textarea over the item; Ctrl+Enter or leaving
// saves, Escape cancels.
import { useEffect, useRef } from 'preact/hooks';
import type { InspectedItem } from '../miro/simulator';
import { plainText } from './html';
import type { Camera } from './viewport';

export interface EditBoxProps {
  /** The textarea's accessible name, in the page's language. */
  label: string;
  item: InspectedItem;
  camera: Camera;
  /** The new text, or undefined when cancelled. */
  onDone(text: string | undefined): void;
}

/** A textarea laid over the item being edited. */
export function EditBox({ label, item, camera, onDone }: EditBoxProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const finish = (text: string | undefined) => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const a = item.absolute;
  const left = a.left * camera.scale + camera.x;
  const top = a.top * camera.scale + camera.y;
  const width = Math.max(140, a.width * camera.scale);
  const height = Math.max(90, a.height * camera.scale);
  return (
    <textarea
      ref={ref}
      class="pb-edit"
      aria-label={label}
      style={{ left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` }}
      defaultValue={plainText(item.content)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') finish(undefined);
        else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey))
          finish((e.currentTarget as HTMLTextAreaElement).value);
      }}
      onBlur={(e) => finish((e.currentTarget as HTMLTextAreaElement).value)}
    />
  );
}
