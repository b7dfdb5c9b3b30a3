// @vitest-environment happy-dom
// A reveal that partly fails (R34): the facilitator's panel keeps only the notes that did not reach
// the board, and revealing again posts those alone, so every note is on the board exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { frameKey } from '../../src/board/render-visual';
import { methods } from '../../src/catalog/methods';
import { attachPrivateWriting } from '../../src/reveal/writing';
import { networkError } from '../../src/miro/simulator/errors';
import { writePrivate } from '../panel/helpers';
import { FIVE, FIVE_ROLES, liveBoard, memoryStorage, stickyTexts } from '../panel/live';
import type { Live } from '../panel/live';

const balint = methods.byId('balint')!;
const AT = balint.phases.findIndex((p) => p.actions.some((a) => a.kind === 'reveal'));

let live: Live | null = null;
let debug = () => '';
afterEach(() => live?.cleanup());

/** Balint at its private-writing phase; the facilitator's createStickyNote fails while `failing`. */
async function session() {
  const box = { failing: 0 };
  const l = (live = await liveBoard(balint, FIVE, FIVE_ROLES, {
    fail: (call) =>
      call.kind === 'createStickyNote' && call.userId === 'u-fee' && box.failing-- > 0
        ? networkError(call.kind, call.n)
        : undefined,
  }));
  await l.handle.goto(AT, { confirmed: true });
  await l.settle();
  const frameId = l.map[frameKey(balint.id, 'associaties')]!;
  const notesIn = () => stickyTexts(l.sim, frameId);
  const writing = attachPrivateWriting(l.sim.as('u-fee'), l.handle, {
    storage: memoryStorage(),
    selfId: 'u-fee',
  });
  const bob = await l.panel('u-bob', 'join');
  const cas = await l.panel('u-cas', 'join');
  await writePrivate(bob, 'Bob denkt aan een storm');
  await writePrivate(cas, 'Cas ziet een muur');
  // The facilitator writes for Eva, who is in the room without Miro.
  writing.notes.add({
    region: 'associaties',
    text: 'Eva hoort een echo',
    authorId: 'p-eva',
    authorName: 'Eva',
  });
  await l.settle();
  debug = () => JSON.stringify([notesIn(), writing.notes.list(), l.handle.notices()]);
  return { l, box, writing, notesIn, written: 3 };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!check()) throw new Error(`timed out waiting for ${what}: ${debug()}`);
};

describe('a reveal that partly fails', () => {
  it('R34: keeps only the failed note with names, and a second reveal posts that note alone', async () => {
    const { l, box, writing, notesIn, written } = await session();
    // Every attempt (with its retries) of the sticky the facilitator posts for Eva fails.
    box.failing = Infinity;
    expect((await l.handle.reveal('associaties', 'with')).ok).toBe(true);
    await l.settle();
    await until(() => writing.notes.list().length === 1, 'the failed note kept');
    box.failing = 0;
    await until(
      () => notesIn().length >= written - 1 && writing.notes.list().length === 1,
      'first reveal',
    );
    expect(notesIn()).toHaveLength(written - 1);
    const kept = writing.notes.list('associaties');
    expect(kept).toHaveLength(1);
    expect(l.handle.notices().map((n) => n.code)).toContain('reveal-failed');

    const again = await writing.revealAgain('associaties');
    await l.settle();
    expect(again).toEqual({ ok: true });
    expect(writing.notes.list('associaties')).toEqual([]);
    const contents = notesIn();
    expect(contents).toHaveLength(written);
    expect(new Set(contents).size).toBe(written);
    expect(contents).toContain(`<p>${kept[0]!.text}</p><p>— ${kept[0]!.authorName}</p>`);
  });

  it('R34: without names a failed note is kept too and posted once by the second reveal', async () => {
    const { l, box, writing, notesIn, written } = await session();
    // The facilitator's client posts every note anonymously: all its stickies fail this time.
    box.failing = Infinity;
    expect((await l.handle.reveal('associaties', 'without')).ok).toBe(true);
    await until(() => writing.notes.list().length === written, 'the failed notes kept');
    box.failing = 0;
    expect(notesIn()).toEqual([]);
    const again = await writing.revealAgain('associaties');
    await l.settle();
    expect(again).toEqual({ ok: true });
    const contents = notesIn();
    expect(contents).toHaveLength(written);
    expect(new Set(contents).size).toBe(written);
    expect(writing.notes.list('associaties')).toEqual([]);
  });
});
