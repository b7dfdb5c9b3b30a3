// Lays a method out as a blueprint: the app's frames in two header rows, then the method's
// regions in phase order, left to right and top to bottom, in rows with gaps between them.
import type { Method, Region } from '../catalog/schema';
import type { Blueprint, BlueprintRecord, LayoutOptions, Participant } from './blueprint';
import type { Block } from './build';
import { shifted } from './build';
import { parkingBlock, rolesBlock, stepBlock, titleBlock, trackBlock, trayBlock } from './chrome';
import { resolvePeople, withViskomGroups } from './people';
import { regionBlock } from './regions';

export const BLOCK_GAP = 100;
export const ROW_GAP = 160;
export const ROW_WIDTH = 3600;

const SESSION = /^[A-Za-z0-9_-]{1,24}$/;

/** Returns the index of the first phase that opens or reveals the region (then any mention; else last); pure. */
export function firstPhaseOf(method: Method, region: Region): number {
  const opens = method.phases.findIndex((p) => {
    const s = p.regions[region.id]?.state;
    return s === 'open' || s === 'revealed';
  });
  if (opens >= 0) return opens;
  const named = method.phases.findIndex((p) => region.id in p.regions);
  return named >= 0 ? named : method.phases.length;
}

/** Returns the method's regions in the order their phases use them (catalog order on ties); pure. */
export function regionsInPhaseOrder(method: Method): Region[] {
  return method.regions
    .map((r, i) => ({ r, i, p: firstPhaseOf(method, r) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((e) => e.r);
}

/** Returns the blocks placed in rows: each group starts a row; a group wraps at `rowWidth`; pure. */
export function packRows(groups: Block[][], rowWidth = ROW_WIDTH): BlueprintRecord[] {
  const out: BlueprintRecord[] = [];
  let top = 0;
  for (const group of groups) {
    let left = 0;
    let rowHeight = 0;
    for (const block of group) {
      if (left > 0 && left + block.width > rowWidth) {
        top += rowHeight + ROW_GAP;
        left = 0;
        rowHeight = 0;
      }
      out.push(...shifted(block.records, left, top));
      left += block.width + BLOCK_GAP;
      rowHeight = Math.max(rowHeight, block.height);
    }
    if (group.length > 0) top += rowHeight + ROW_GAP;
  }
  return out;
}

/**
 * Returns the blueprint of a method for these participants; pure. Throws on a bug in the input:
 * duplicate participant ids, or a session id that is not 1–24 characters of [A-Za-z0-9_-].
 */
export function layoutMethod(
  method: Method,
  participants: Participant[],
  options: LayoutOptions,
): Blueprint {
  if (!SESSION.test(options.sessionId))
    throw new Error(`layout: bad session id ${options.sessionId}`);
  const { lang } = options;
  const resolved = resolvePeople(participants);
  const viskom = method.regions.some((r) => r.kind === 'viskom');
  const people = viskom ? withViskomGroups(resolved, options.viskom) : resolved;
  const regions = regionsInPhaseOrder(method).map((r) => regionBlock(method, r, people, options));
  // The rating tray only where the method rates (the post-it method, for one, does not).
  const rates = method.phases.some((p) => p.actions.some((a) => a.kind === 'rate'));
  const tray = rates ? [trayBlock(method, lang)] : [];
  const records = packRows([
    [titleBlock(method, options), trackBlock(method, lang), stepBlock(method, lang)],
    [rolesBlock(method, people, lang), ...tray, parkingBlock(method, lang)],
    regions,
  ]);
  const keys = new Set<string>();
  for (const r of records) {
    if (keys.has(r.key)) throw new Error(`layout: duplicate key ${r.key}`);
    keys.add(r.key);
  }
  return { method: method.id, sessionId: options.sessionId, lang, records };
}
