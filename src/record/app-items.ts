// What the app itself put among the notes, and where a note in the parking frame came from. The
// guard writes a text under each note it parks ('Geparkeerd uit Open vragen (stap 2: Verkenning):
// Ann', metadata k 'parked/<noteId>'), and a reveal with no room left writes a text ('Geen plaats
// meer in …'); neither is anyone's words. A revealed private note carries k 'private/<id>', its
// region r and, revealed with names, its author a.
import type { Method } from '../catalog/schema';
import type { SnapshotItem } from './snapshot';
import { htmlToText } from './text';

const PARKED = /^(?:Geparkeerd uit|Parked from)\s+(.+?)\s+\((?:stap|step|fase|phase)\s+\d+\b/i;
const OVERFLOW = /^(?:Geen plaats meer in|No room left in)\s/i;
/** Where the guard puts a label: right under the parked note, about 80 to 140 below its centre. */
const BELOW = { min: 40, max: 260, side: 150 };

/** Returns the regions whose notes may carry the app's metadata: the parking frame and every region written privately; pure. */
export function metadataRegions(method: Method): string[] {
  const written = method.phases.flatMap((p) =>
    Object.entries(p.regions).flatMap(([id, st]) =>
      st.state === 'open' && st.private ? [id] : [],
    ),
  );
  return ['parking', ...new Set(written)];
}

/** Returns true for the plain text of a parking label ('Geparkeerd uit …'); pure. */
export const isParkingLabel = (text: string): boolean => PARKED.test(text);

/** Returns true for a text the app wrote as a label (parking, a reveal's overflow), never a participant's words; pure. */
export function isAppLabel(item: SnapshotItem): boolean {
  if (item.app?.key.startsWith('parked/')) return true;
  if (item.type !== 'text') return false;
  const text = htmlToText(item.content);
  return PARKED.test(text) || OVERFLOW.test(text);
}

/** Returns the method region a parking label names (by id or title), or null; pure. */
function labelRegion(method: Method, label: SnapshotItem): string | null {
  const named = PARKED.exec(htmlToText(label.content))?.[1]?.trim().toLocaleLowerCase('nl');
  if (!named) return null;
  const hit = method.regions.find(
    (r) =>
      r.id.toLocaleLowerCase('nl') === named ||
      r.title.nl.toLocaleLowerCase('nl') === named ||
      r.title.en.toLocaleLowerCase('nl') === named,
  );
  return hit?.id ?? null;
}

export interface Origin {
  region: string;
  /** True when the guard parked it; false for a revealed note that found no room in its region. */
  parked: boolean;
}

/** Returns the note a label without metadata belongs to: the nearest one just above it; pure. */
function noteAbove(label: SnapshotItem, notes: readonly SnapshotItem[], taken: Set<string>) {
  return notes
    .filter((n) => !taken.has(n.id))
    .filter((n) => {
      const dy = label.y - n.y;
      return dy >= BELOW.min && dy <= BELOW.max && Math.abs(label.x - n.x) <= BELOW.side;
    })
    .sort(
      (a, b) => Math.hypot(label.x - a.x, label.y - a.y) - Math.hypot(label.x - b.x, label.y - b.y),
    )[0];
}

/** Returns, per note id in the parking frame, the region it came from where a label or its metadata tells; pure. */
export function parkedOrigins(method: Method, items: readonly SnapshotItem[]): Map<string, Origin> {
  const out = new Map<string, Origin>();
  const notes = items.filter((i) => !isAppLabel(i));
  const labels = items.filter((i) => isAppLabel(i) && !OVERFLOW.test(htmlToText(i.content)));
  const taken = new Set<string>();
  for (const label of labels) {
    const key = label.app?.key.startsWith('parked/') ? label.app.key.slice(7) : null;
    const note = key ? notes.find((n) => n.id === key) : noteAbove(label, notes, taken);
    if (!note) continue;
    taken.add(note.id);
    const region = labelRegion(method, label);
    if (region) out.set(note.id, { region, parked: true });
  }
  for (const n of notes) {
    const region = n.app?.key.startsWith('private/') ? n.app.region : undefined;
    if (region && !out.has(n.id) && method.regions.some((r) => r.id === region))
      out.set(n.id, { region, parked: false });
  }
  return out;
}
