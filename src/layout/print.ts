// A text form of a blueprint for snapshot tests. Frames show their top-left in blueprint
// coordinates; children, indented below their frame, show their top-left relative to it.
import type { Blueprint, BlueprintRecord, PlacedRecord } from './blueprint';
import { isPlaced } from './blueprint';
import { boxOf, sizeOf } from './geometry';
import { plainLines, truncate } from './text';

function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

function shortKey(bp: Blueprint, r: BlueprintRecord): string {
  const prefix = `${bp.method}/${r.region}/`;
  return r.key.startsWith(prefix) ? `${r.region}:${r.key.slice(prefix.length)}` : r.key;
}

function label(content: string): string {
  const plain = plainLines(content).filter(Boolean).join(' / ');
  return plain ? ` "${truncate(plain, 48)}"` : '';
}

function line(bp: Blueprint, r: PlacedRecord, origin: { left: number; top: number }): string {
  const b = boxOf(r);
  const { width, height } = sizeOf(r);
  const at = `@ (${n(b.left - origin.left)},${n(b.top - origin.top)})`;
  const size = `${n(width)}×${n(height)}`;
  const who = r.role ? ` (${r.role})` : '';
  const key = ` #${shortKey(bp, r)}${who}`;
  switch (r.kind) {
    case 'frame':
      return `frame "${r.title}" ${size} ${at}${key}`;
    case 'shape':
      return `shape ${r.shape} ${size} ${at}${label(r.content)}${key}`;
    case 'sticky':
      return `sticky ${r.style.fillColor} ${size} ${at}${label(r.content)}${key}`;
    case 'text':
      return `text ${r.style.fontSize}px ${size} ${at}${label(r.content)}${key}`;
  }
}

/** Returns the blueprint as lines of text, children indented under their frame; pure. */
export function printBlueprint(bp: Blueprint): string {
  const lines: string[] = [];
  const placed = bp.records.filter(isPlaced);
  for (const r of placed) {
    if (r.parent) continue;
    lines.push(line(bp, r, { left: 0, top: 0 }));
    if (r.kind !== 'frame') continue;
    const origin = boxOf(r);
    for (const c of placed) if (c.parent === r.key) lines.push('  ' + line(bp, c, origin));
  }
  for (const r of bp.records)
    if (r.kind === 'tag') lines.push(`tag "${r.title}" ${r.color} #${shortKey(bp, r)}`);
  return lines.join('\n');
}
