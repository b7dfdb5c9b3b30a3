// The board check against the simulator: its answers follow the simulator's assumptions, it
// leaves the board as it was, and a failure halfway is cleaned up and reported.
import { describe, expect, it } from 'vitest';
import {
  CHECK_STEPS,
  FACTS_COLLECTION,
  FACTS_KEY,
  formatBoardCheck,
  runBoardCheck,
  type BoardCheckResult,
} from '../../src/app/board-check';
import { answerBoardCheck } from '../../src/app/check-answer';
import type { Assumptions } from '../../src/miro/simulator/assumptions';
import { createSimulatedMiro, type SimOptions } from '../../src/miro/simulator/index';

const OTHERS = ['u-ann', 'u-bob'];

async function check(
  assume: Partial<Assumptions>,
  options: Omit<SimOptions, 'assume'> & { answerers?: string[] } = {},
) {
  const { answerers = OTHERS, ...simOptions } = options;
  const sim = createSimulatedMiro({
    ...simOptions,
    assume: { frameDelete: 'with-children', echoSdkWrites: true, ...assume },
  });
  const stops = answerers.map((id) => answerBoardCheck(sim.as(id)));
  const progress: [number, number][] = [];
  const result = await runBoardCheck(sim, {
    now: () => sim.clock.now(),
    wait: () => sim.settle(),
    onProgress: (done, total) => progress.push([done, total]),
  });
  stops.forEach((stop) => stop());
  await sim.settle();
  return { sim, result, progress };
}

const answerOf = (r: BoardCheckResult, id: string) => {
  const a = r.answers.find((x) => x.id === id);
  if (!a) throw new Error(`no answer ${id}`);
  return a;
};

describe('runBoardCheck', () => {
  it('finds parenting on create, hiding, the timer and events reaching others when Miro allows them', async () => {
    const { sim, result } = await check({
      parentOnCreate: true,
      itemEvents: 'all',
      showContentAllowed: true,
      timer: true,
    });
    expect(result.facts).toEqual({
      parentOnCreate: true,
      showContent: true,
      timer: true,
      metadataLimit: 256,
      itemEventsReachOthers: true,
      checkedAt: new Date(sim.clock.now()).toISOString(),
    });
    expect(result.answers.map((a) => a.status)).not.toContain('failed');
    expect(answerOf(result, 'parentOnCreate').detail.en).toContain('skips frame.add');
    expect(answerOf(result, 'itemEvents').detail.nl).toContain('Ann: zag het; Bob: zag het');
    expect(answerOf(result, 'echo').answer.en).toBe('yes');
  });

  it('finds none of them under the costly answers', async () => {
    const { result } = await check({
      parentOnCreate: false,
      itemEvents: 'actor',
      showContentAllowed: false,
      timer: false,
    });
    expect(result.facts).toMatchObject({
      parentOnCreate: false,
      showContent: false,
      timer: false,
      itemEventsReachOthers: false,
    });
    expect(answerOf(result, 'showContent').detail.en).toContain('gave an error');
    expect(answerOf(result, 'itemEvents').detail.en).toContain('Ann: did not; Bob: did not');
    expect(answerOf(result, 'echo').answer.en).toBe('yes');
  });

  it('counts no echo of its own writes when the simulator sends none', async () => {
    const { result } = await check({ itemEvents: 'all', echoSdkWrites: false });
    expect(answerOf(result, 'echo').detail.en).toContain('got 0 items:create');
    expect(result.facts.itemEventsReachOthers).toBe(false);
  });

  it('says it does not know whether events reach others when nobody replies', async () => {
    const { result } = await check({ itemEvents: 'all' }, { answerers: [] });
    expect(answerOf(result, 'itemEvents').status).toBe('unknown');
    expect(result.facts.itemEventsReachOthers).toBeNull();
  });

  it('reports the largest metadata size the board accepts and the refusal above it', async () => {
    const { result } = await check({});
    const meta = answerOf(result, 'metadataLimit');
    expect(meta.answer.en).toBe('256 bytes');
    expect(meta.detail.en).toContain('Accepted: 128, 256. Refused at 512');
  });

  it('describes the error of a missing item from what it carries', async () => {
    const { result } = await check({});
    const thrown = await createSimulatedMiro()
      .board.getById('does-not-exist')
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    const shape = answerOf(result, 'errorShape');
    expect(shape.status).toBe('answered');
    expect(shape.answer.en).toBe(thrown!.constructor.name);
    expect(shape.detail.en).toContain("getById('does-not-exist') threw");
    expect(shape.detail.en).toContain(thrown!.message);
  });

  it('leaves the board as it was and keeps the facts in the storage collection', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const ann = sim.as('u-ann');
    const frame = await ann.board.createFrame({ x: 0, y: 0, width: 800, height: 600 });
    const note = await ann.board.createStickyNote({ x: 0, y: 0, content: 'van Ann' });
    await note.setMetadata('k', 'v');
    const before = sim.inspect.items();
    const result = await runBoardCheck(sim, { wait: () => sim.settle() });
    expect(sim.inspect.items()).toEqual(before);
    expect(sim.inspect.metadataOf(note.id)).toEqual({ k: 'v' });
    expect(sim.inspect.itemById(frame.id)?.childrenIds).toEqual([note.id]);
    expect(result.cleanup).toMatchObject({ removed: 2, left: [] });
    expect(sim.inspect.collection(FACTS_COLLECTION)).toEqual({ [FACTS_KEY]: result.facts });
  });

  it('removes what it made when a call fails halfway and says what failed', async () => {
    const sim = createSimulatedMiro({
      fail: (c) => (c.kind === 'createStickyNote' ? new Error('verbinding weg') : undefined),
    });
    const stop = answerBoardCheck(sim.as('u-ann'));
    const result = await runBoardCheck(sim, { wait: () => sim.settle() });
    stop();
    expect(sim.inspect.items()).toEqual([]);
    expect(result.cleanup).toMatchObject({ removed: 1, left: [] });
    const parent = answerOf(result, 'parentOnCreate');
    expect(parent.status).toBe('failed');
    expect(parent.detail.nl).toContain('createStickyNote mislukte');
    expect(parent.detail.nl).toContain('verbinding weg');
    for (const id of ['metadataLimit', 'itemEvents', 'echo'])
      expect(answerOf(result, id).status).toBe('failed');
    expect(answerOf(result, 'showContent').status).toBe('answered');
    expect(result.facts).toMatchObject({ parentOnCreate: null, metadataLimit: null });
  });

  it('tries a removal again and names what it could not remove', async () => {
    let removes = 0;
    const sim = createSimulatedMiro({
      assume: { parentOnCreate: false },
      fail: (c) => (c.kind === 'remove' && ++removes <= 3 ? new Error('later') : undefined),
    });
    const result = await runBoardCheck(sim, { wait: () => sim.settle() });
    const left = sim.inspect.items().map((i) => i.id);
    expect(result.cleanup.left).toEqual(left);
    expect(left).toHaveLength(1);
    expect(result.cleanup.text.en).toContain(`Not removed: ${left[0]}`);
  });

  it('reports each step and formats the result for an issue', async () => {
    const { result, progress } = await check({ timer: true });
    expect(progress.map(([d]) => d)).toEqual(Array.from({ length: CHECK_STEPS }, (_, i) => i + 1));
    expect(progress.every(([, t]) => t === CHECK_STEPS)).toBe(true);
    const nl = formatBoardCheck(result, 'nl');
    expect(nl.split('\n')[0]).toBe('Intervisie voor Miro: bordcontrole');
    expect(nl).toContain(`Datum: ${result.checkedAt}`);
    for (const a of result.answers) expect(nl).toContain(`[${a.id}]`);
    expect(formatBoardCheck(result, 'en')).toContain('Is Miro’s timer available? [timer]\n  yes');
  });
});
