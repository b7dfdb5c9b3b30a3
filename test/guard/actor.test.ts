import { describe, expect, it } from 'vitest';
import { actsHere, createSelectionMemory, eventAuthor } from '../../src/guard/actor';
import type { EventItem } from '../../src/guard/model';

const item = (over: Partial<EventItem> = {}): EventItem => ({
  id: 'n1',
  type: 'sticky_note',
  parentId: null,
  x: 0,
  y: 0,
  createdBy: 'u-ann',
  modifiedBy: 'u-bob',
  ...over,
});
const ctx = (userId: string, selected: string[] = [], owner = false) => ({
  userId,
  selected: (id: string) => selected.includes(id),
  owner: () => owner,
});

describe('which client acts on an item event', () => {
  it('takes a create’s author from createdBy and a move’s from modifiedBy', () => {
    expect(eventAuthor('create', item())).toBe('u-ann');
    expect(eventAuthor('update', item())).toBe('u-bob');
    expect(eventAuthor('delete', item())).toBeUndefined();
  });

  it('acts on a create or a move only on its author’s client', () => {
    expect(actsHere('create', item(), ctx('u-ann'))).toBe(true);
    expect(actsHere('create', item(), ctx('u-bob'))).toBe(false);
    expect(actsHere('update', item(), ctx('u-bob'))).toBe(true);
    expect(actsHere('update', item(), ctx('u-ann'))).toBe(false);
  });

  it('acts on a delete on the client whose user had the item selected, whoever wrote it', () => {
    expect(actsHere('delete', item(), ctx('u-cas', ['n1']))).toBe(true);
    expect(actsHere('delete', item(), ctx('u-ann'))).toBe(false);
  });

  it('leaves an event that names no author to the reconciler’s owner alone', () => {
    const none = item({ createdBy: '', modifiedBy: undefined as unknown as string });
    expect(actsHere('create', none, ctx('u-ann', [], false))).toBe(false);
    expect(actsHere('create', none, ctx('u-fac', [], true))).toBe(true);
    expect(actsHere('update', none, ctx('u-fac', [], true))).toBe(true);
  });

  it('remembers a selection for a minute', () => {
    let t = 0;
    const memory = createSelectionMemory(() => t);
    memory.note(['a']);
    t = 59_000;
    expect(memory.has('a')).toBe(true);
    t = 61_000;
    expect(memory.has('a')).toBe(false);
  });
});
