// Whose name a sticky's footer shows on the practice board. Miro shows a note's creator; a
// revealed private note (metadata k 'private/…') shows its writer (metadata a) instead, whoever
// posted it, and an anonymous one (no a) shows no one, never the facilitator who posted it.
import type { Json } from '../miro/types';
import { META_KEY } from '../layout/meta';

/** Returns the name for a sticky's footer: a revealed note's writer, '' when anonymous, else the creator's; pure. */
export function footerAuthor(
  createdBy: string,
  metadata: Record<string, Json> | undefined,
  nameOf: (id: string) => string,
): string {
  const meta = metadata?.[META_KEY] as { k?: unknown; a?: unknown } | undefined;
  if (typeof meta?.k !== 'string' || !meta.k.startsWith('private/')) return nameOf(createdBy);
  return typeof meta.a === 'string' && meta.a ? nameOf(meta.a) : '';
}

/** Returns the name of participant `id` in any session stored in `collection`, or undefined; pure. */
export function participantName(collection: Record<string, Json>, id: string): string | undefined {
  for (const [key, value] of Object.entries(collection)) {
    if (!key.startsWith('session:')) continue;
    const state = (value as { state?: { participants?: unknown } } | null)?.state;
    const people = Array.isArray(state?.participants) ? state.participants : [];
    const hit = people.find((p) => (p as { id?: unknown } | null)?.id === id) as
      { name?: unknown } | undefined;
    if (typeof hit?.name === 'string') return hit.name;
  }
  return undefined;
}
