import { describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../src/guard/store';
import { setupBoard } from './fixtures';
import { COLLECTION, KEYS } from '../../src/storage/keys';

describe('guard errors', () => {
  it('tells the facilitator (a notice) and the console when a note cannot be parked', async () => {
    const b = await setupBoard('tien-stappen');
    await b.setPlace(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const board = b.guards.get('u-ann')!.guard.ctx.miro.board;
    const boom = () => Promise.reject(new Error('netwerk weg'));
    board.getById = boom;
    board.createText = boom;
    b.sim
      .as('u-ann')
      .act.create('sticky_note', { ...b.spot('vragen'), content: 'Hier niet', width: 150 });
    await b.settle();
    await new Promise((r) => setTimeout(r, 1500));
    await b.settle();
    const notices = (
      b.sim.inspect.collection(COLLECTION)[KEYS.notices('s1')] as unknown as { items: Notice[] }
    ).items;
    const error = notices.find((n) => n.t === 'error');
    expect(error?.message?.nl).toBe('De bewaking kon een notitie niet terugzetten: netwerk weg');
    expect(error?.message?.en).toBe('The guard could not put a note back: netwerk weg');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
