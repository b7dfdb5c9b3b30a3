// The participant's panel (JoinView) as the tests mount it: one participant of a fake session.
import type { Method } from '../../src/catalog/schema';
import { JoinView } from '../../src/panel/views/JoinView';
import type { fakeController } from './fake-controller';
import { mount } from './helpers';

type Notes = Parameters<typeof JoinView>[0]['notes'];

/** Mounts `who`'s panel (id p1 = Anna, p2 = Bram, …) in `method` on controller `c`; returns the harness. */
export function mountJoin(
  method: Method,
  c: ReturnType<typeof fakeController>,
  who: { id: string; name: string },
  notes?: Notes,
) {
  return mount(
    <JoinView
      lang="nl"
      method={method}
      controller={c}
      participantId={who.id}
      participantName={who.name}
      {...(notes ? { notes } : {})}
      onRate={async () => ({ ok: true })}
    />,
  );
}

export const ANNA = { id: 'p1', name: 'Anna' };
export const BRAM = { id: 'p2', name: 'Bram' };
