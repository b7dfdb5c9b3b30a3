// The one way the three entrances (the panel, the public API, the practice board) hand their
// people to the layout.
import type { Participant } from '../layout/blueprint';

/** Returns a person as the layout takes them: id, name, and the role only when there is one; pure. */
export function layoutParticipant(p: { id: string; name: string; role?: string }): Participant {
  return p.role === undefined
    ? { id: p.id, name: p.name }
    : { id: p.id, name: p.name, role: p.role };
}
