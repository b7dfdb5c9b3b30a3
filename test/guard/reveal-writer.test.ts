// Revealed private notes carry their writer, never the facilitator who posted them (R7, R8, R34):
// a writer's own client posts their notes when the host has it; else the facilitator's client
// posts them signed, with the writer in metadata `a` and no 'Naam:' prefix. The practice board's
// footer and the verslag show that writer; an anonymous note shows no one.
import { describe, expect, it } from 'vitest';
import { readBoard } from '../../src/board/snapshot';
import { writtenFor } from '../../src/guard/decide';
import { revealPrivate, type PrivateNote } from '../../src/reveal/private';
import { footerAuthor } from '../../src/practice/author';
import { metadataRegions } from '../../src/record/app-items';
import { toItem } from '../../src/record/items';
import { setupBoard, SID } from './fixtures';

const note = (authorId: string, authorName: string, text: string): PrivateNote => ({
  region: 'vragen',
  text,
  authorId,
  authorName,
});
const NAMES: Record<string, string> = { 'u-fac': 'Fee', 'u-bob': 'Bob', 'u-dan': 'Dan' };

/** Incident-inzicht at its information round, the facilitator holding Bob's and Dan's questions. */
async function revealed(names: 'with' | 'without', clientOf: (id: string) => boolean) {
  const b = await setupBoard('incident-inzicht');
  await b.setPlace(2);
  await b.setPlace(3, 0, {
    revealed: [{ region: 'vragen', phaseIndex: 3, round: 0, names, at: b.sim.clock.now() }],
  });
  // As on the practice board, where every user's notes sit in one browser's storage.
  const held = [note('u-bob', 'Bob', 'Wie was erbij?'), note('u-dan', 'Dan', 'Wat zei je toen?')];
  const posted = await revealPrivate(
    b.sim.as('u-fac'),
    SID,
    b.frame('vragen'),
    { region: 'vragen', names, order: ['u-bob', 'u-cas', 'u-dan'] },
    held,
    () => 0,
    {
      selfId: 'u-fac',
      authorIds: [],
      clientOf: (id) => (clientOf(id) ? b.sim.as(id) : undefined),
    },
  );
  await b.settle();
  const view = b.guards.get('u-fac')!.guard.ctx.view;
  const meta = (id: string) => b.sim.inspect.metadataOf(id);
  const footer = (id: string) =>
    footerAuthor(b.sim.inspect.itemById(id)!.createdBy, meta(id), (u) => NAMES[u] ?? u);
  const snapshot = await readBoard(
    b.sim,
    { sessionId: SID, methodId: b.method.id, items: b.map },
    { metadataIn: metadataRegions(b.method) },
  );
  const inRegion = snapshot.regions.find((r) => r.region === 'vragen')!.items;
  const verslag = (id: string) =>
    toItem(
      b.method,
      b.state(),
      'vragen',
      inRegion.find((i) => i.id === id)!,
    );
  const byText = (text: string) => posted.find((p) => p.content.includes(text))!;
  return { b, posted, view, footer, verslag, byText };
}

describe('the writer of a revealed note', () => {
  it('R7: with names, a writer’s own client posts their note: Miro shows them as its creator', async () => {
    const { b, byText, footer, verslag } = await revealed('with', (id) => id === 'u-bob');
    const bob = byText('Wie was erbij?');
    expect(bob.createdBy).toBe('u-bob');
    expect(bob.content).toBe('<p><strong>Bob:</strong> Wie was erbij?</p>');
    expect(b.sim.inspect.metadataOf(bob.id)?.iv).toMatchObject({ a: 'u-bob' });
    expect(footer(bob.id)).toBe('Bob');
    expect(verslag(bob.id)).toMatchObject({
      author: 'Bob',
      authorId: 'u-bob',
      lines: ['Wie was erbij?'],
      writtenFor: false,
      anonymous: false,
    });
  });

  it('R7: with names, a note the facilitator’s client must post names its writer in metadata and a signature, never as written for them', async () => {
    const { b, byText, view, footer, verslag } = await revealed('with', () => false);
    const dan = byText('Wat zei je toen?');
    expect(dan.createdBy).toBe('u-fac');
    expect(dan.content).toBe('<p>Wat zei je toen?</p><p>— Dan</p>');
    expect(b.sim.inspect.metadataOf(dan.id)?.iv).toMatchObject({
      k: `private/${dan.id}`,
      a: 'u-dan',
    });
    // The guard does not take it for a note the facilitator wrote for Dan.
    expect(writtenFor(view, dan.content)).toBeUndefined();
    // The practice board's footer and the verslag name Dan, not Fee.
    expect(footer(dan.id)).toBe('Dan');
    expect(verslag(dan.id)).toMatchObject({
      author: 'Dan',
      authorId: 'u-dan',
      lines: ['Wat zei je toen?'],
      writtenFor: false,
    });
  });

  it('R7: without names, a revealed note names no one: no metadata author, an empty footer, anonymous in the verslag', async () => {
    const { b, posted, footer, verslag } = await revealed('without', () => true);
    expect(posted).toHaveLength(2);
    for (const p of posted) {
      expect(p.createdBy).toBe('u-fac');
      expect(p.content).not.toMatch(/Bob|Dan|Fee|—/);
      expect(b.sim.inspect.metadataOf(p.id)?.iv).not.toHaveProperty('a');
      expect(footer(p.id)).toBe('');
      expect(verslag(p.id)).toMatchObject({ author: '', authorId: null, anonymous: true });
    }
  });
});
