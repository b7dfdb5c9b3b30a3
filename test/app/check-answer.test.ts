// The headless side of the board check: it notes items:create between a check's start and its
// question, answers once per check with its user id, and stays small.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { answerBoardCheck, CHECK_ASK, CHECK_SEEN, CHECK_START } from '../../src/app/check-answer';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import type { Json } from '../../src/miro/types';

function setup(itemEvents: 'all' | 'actor' = 'all') {
  const sim = createSimulatedMiro({ assume: { itemEvents, echoSdkWrites: true } });
  const replies: Json[] = [];
  void sim.board.events.on(CHECK_SEEN, (p: Json) => void replies.push(p));
  const stop = answerBoardCheck(sim.as('u-ann'));
  const say = async (event: string, payload: Json) => {
    await sim.board.events.broadcast(event, payload);
    await sim.settle();
  };
  return { sim, replies, stop, say };
}

describe('answerBoardCheck', () => {
  it('says it saw an item created between the start and the question, with its user id', async () => {
    const { sim, replies, say } = setup('all');
    await say(CHECK_START, { nonce: 'n1' });
    const note = await sim.board.createStickyNote({});
    await sim.settle();
    await say(CHECK_ASK, { nonce: 'n1', itemId: note.id });
    expect(replies).toEqual([{ nonce: 'n1', userId: 'u-ann', saw: true }]);
  });

  it('says it did not see an item whose event never reached it', async () => {
    const { sim, replies, say } = setup('actor');
    await say(CHECK_START, { nonce: 'n1' });
    const note = await sim.board.createStickyNote({});
    await sim.settle();
    await say(CHECK_ASK, { nonce: 'n1', itemId: note.id });
    expect(replies).toEqual([{ nonce: 'n1', userId: 'u-ann', saw: false }]);
  });

  it('does not count an item made before the start', async () => {
    const { sim, replies, say } = setup('all');
    const note = await sim.board.createStickyNote({});
    await sim.settle();
    await say(CHECK_START, { nonce: 'n1' });
    await say(CHECK_ASK, { nonce: 'n1', itemId: note.id });
    expect(replies).toEqual([{ nonce: 'n1', userId: 'u-ann', saw: false }]);
  });

  it('answers each check once and ignores questions of checks it did not see start', async () => {
    const { replies, say } = setup();
    await say(CHECK_ASK, { nonce: 'unknown', itemId: 'x' });
    await say(CHECK_START, { nonce: 'n1' });
    await say(CHECK_ASK, { nonce: 'n1', itemId: 'x' });
    await say(CHECK_ASK, { nonce: 'n1', itemId: 'x' });
    expect(replies).toHaveLength(1);
  });

  it('stops answering once unsubscribed', async () => {
    const { replies, stop, say } = setup();
    await say(CHECK_START, { nonce: 'n1' });
    stop();
    await say(CHECK_ASK, { nonce: 'n1', itemId: 'x' });
    expect(replies).toEqual([]);
  });

  it('stays under 1 KB gzipped once its types are stripped', () => {
    const source = readFileSync(new URL('../../src/app/check-answer.ts', import.meta.url), 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true },
    }).outputText;
    expect(gzipSync(js).length).toBeLessThan(1024);
  });
});
