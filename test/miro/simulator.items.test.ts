import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';
import type { FrameItem, StickyItem } from '../../src/miro/types';

describe('simulated Miro: items', () => {
  it('gives sequential Miro-like numeric ids, the same on every run', async () => {
    const ids = async () => {
      const { board } = createSimulatedMiro();
      const a = await board.createFrame({});
      const b = await board.createStickyNote({ x: 2000 });
      const t = await board.createTag({ title: 'warm' });
      return [a.id, b.id, t.id];
    };
    const first = await ids();
    expect(first).toEqual(['3458764500000000001', '3458764500000000002', '3458764500000000003']);
    expect(await ids()).toEqual(first);
  });

  it('stamps author and ISO timestamps from the clock', async () => {
    const sim = createSimulatedMiro();
    sim.clock.advance(1500);
    const sticky = await sim.as('u-ann').board.createStickyNote({ content: 'hoi' });
    expect(sticky).toMatchObject({
      createdBy: 'u-ann',
      modifiedBy: 'u-ann',
      createdAt: '2025-01-06T09:00:01.500Z',
      parentId: null,
      type: 'sticky_note',
    });
    sim.clock.advance(1000);
    const copy = (await sim.board.getById(sticky.id)) as StickyItem;
    copy.content = 'dag';
    await copy.sync();
    expect(copy).toMatchObject({ modifiedBy: 'u-fac', modifiedAt: '2025-01-06T09:00:02.500Z' });
  });

  it('keeps local edits local until sync, and getById returns the stored state', async () => {
    const { board } = createSimulatedMiro();
    const sticky = await board.createStickyNote({ content: 'een' });
    sticky.content = 'twee';
    expect(((await board.getById(sticky.id)) as StickyItem).content).toBe('een');
    await sticky.sync();
    const fresh = (await board.getById(sticky.id)) as StickyItem;
    expect(fresh.content).toBe('twee');
    expect(fresh).not.toBe(sticky);
  });

  it('applies defaults and keeps the sticky aspect ratio when one side is given', async () => {
    const { board } = createSimulatedMiro();
    const sticky = await board.createStickyNote({ width: 398 });
    expect(sticky.height).toBeCloseTo(456);
    expect(sticky.style.fillColor).toBe('light_yellow');
    sticky.height = 228;
    await sticky.sync();
    expect(sticky.width).toBeCloseTo(199);
  });

  it('lists items by type with get and includes tags without a filter', async () => {
    const { board } = createSimulatedMiro();
    await board.createFrame({});
    await board.createStickyNote({ x: 5000 });
    await board.createText({ x: 5000, y: 500 });
    await board.createTag({ title: 'koud', color: 'blue' });
    expect((await board.get({ type: 'sticky_note' })).length).toBe(1);
    expect((await board.get({ type: ['frame', 'text'] })).length).toBe(2);
    expect((await board.get()).map((i) => (i as { type: string }).type)).toEqual([
      'frame',
      'sticky_note',
      'text',
      'tag',
    ]);
  });

  it('stores metadata per item and returns the whole object from setMetadata', async () => {
    const sim = createSimulatedMiro();
    const sticky = await sim.board.createStickyNote({});
    await sticky.setMetadata('session', 's1');
    expect(await sticky.setMetadata('role', 'inbrenger')).toEqual({
      session: 's1',
      role: 'inbrenger',
    });
    expect(await sticky.getMetadata('session')).toBe('s1');
    expect(await sticky.getMetadata('missing')).toBeUndefined();
  });

  it('removes a tag from sticky notes when the tag is removed', async () => {
    const sim = createSimulatedMiro();
    const tag = await sim.board.createTag({ title: 'warm' });
    const sticky = await sim.board.createStickyNote({ tagIds: [tag.id] });
    await sim.board.remove(tag);
    expect(sim.inspect.itemById(sticky.id)?.tagIds).toEqual([]);
  });

  it('removes a frame together with its children (frameDelete: with-children, the default)', async () => {
    const sim = createSimulatedMiro();
    expect(sim.assumptions.frameDelete).toBe('with-children');
    const frame = await sim.board.createFrame({});
    const sticky = await sim.board.createStickyNote({ x: 10, y: 10 });
    await frame.add(sticky);
    await sim.board.remove(frame);
    expect(sim.inspect.items()).toEqual([]);
  });

  it('leaves a removed frame’s children on the board, in place, under keep-children', async () => {
    const sim = createSimulatedMiro({ assume: { frameDelete: 'keep-children' } });
    const frame = await sim.board.createFrame({ x: 500, y: 400, width: 400, height: 300 });
    const sticky = await sim.board.createStickyNote({ x: 450, y: 380, width: 100 });
    await frame.add(sticky);
    await sim.board.remove(frame);
    expect(sim.inspect.itemById(sticky.id)).toMatchObject({ parentId: null, x: 450, y: 380 });
  });
});

describe('simulated Miro: parenting on create', () => {
  it('does not make an SDK item created over a frame its child by default (the costly answer)', async () => {
    const sim = createSimulatedMiro();
    expect(sim.assumptions.parentOnCreate).toBe(false);
    const frame = await sim.board.createFrame({ x: 1000, y: 500, width: 800, height: 600 });
    const sticky = await sim.board.createStickyNote({ x: 700, y: 300, width: 100 });
    expect(sticky).toMatchObject({ parentId: null, x: 700, y: 300 });
    expect(((await sim.board.getById(frame.id)) as FrameItem).childrenIds).toEqual([]);
  });

  it('makes an item a person creates over a frame in Miro’s own UI its child', async () => {
    const sim = createSimulatedMiro();
    const frame = await sim.board.createFrame({ x: 1000, y: 500, width: 800, height: 600 });
    const sticky = sim.as('u-ann').act.create('sticky_note', { x: 700, y: 300, width: 100 });
    expect(sticky.parentId).toBe(frame.id);
  });
});

describe('simulated Miro: frame coordinates (parentOnCreate)', () => {
  const frameAt = async (board: ReturnType<typeof createSimulatedMiro>['board']) =>
    board.createFrame({ x: 1000, y: 500, width: 800, height: 600 });

  it('attaches an item created inside a frame with coordinates relative to its top-left', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const frame = await frameAt(sim.board);
    const sticky = await sim.board.createStickyNote({ x: 700, y: 300, width: 100 });
    expect(sticky).toMatchObject({ parentId: frame.id, x: 100, y: 100 });
    expect(sim.inspect.absolute(sticky.id)).toMatchObject({ x: 700, y: 300 });
    expect(((await sim.board.getById(frame.id)) as FrameItem).childrenIds).toEqual([sticky.id]);
  });

  it('attaches to the smallest frame containing the centre', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    await sim.board.createFrame({ x: 0, y: 0, width: 2000, height: 2000 });
    const small = await sim.board.createFrame({ x: 100, y: 100, width: 200, height: 200 });
    const text = await sim.board.createText({ x: 100, y: 100 });
    expect(text.parentId).toBe(small.id);
  });

  it('converts coordinates when frame.add attaches an item and frame.remove detaches it', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const sticky = await sim.board.createStickyNote({ x: 700, y: 300, width: 100 });
    const frame = await frameAt(sim.board);
    expect(sticky.parentId).toBeNull();
    await frame.add(sticky);
    expect(sticky).toMatchObject({ parentId: frame.id, x: 100, y: 100 });
    expect(frame.childrenIds).toEqual([sticky.id]);
    expect((await frame.getChildren()).length).toBe(1);
    await frame.remove(sticky);
    expect(sticky).toMatchObject({ parentId: null, x: 700, y: 300 });
  });

  it('moves children with their frame', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const frame = await frameAt(sim.board);
    const sticky = await sim.board.createStickyNote({ x: 700, y: 300, width: 100 });
    frame.x += 500;
    await frame.sync();
    expect(sim.inspect.itemById(sticky.id)).toMatchObject({ x: 100, y: 100 });
    expect(sim.inspect.absolute(sticky.id)).toMatchObject({ x: 1200, y: 300 });
  });

  it('lets a child move within its frame through sync', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    await frameAt(sim.board);
    const sticky = await sim.board.createStickyNote({ x: 700, y: 300, width: 100 });
    sticky.x = 790;
    await sticky.sync();
    expect(sim.inspect.absolute(sticky.id).x).toBe(1390);
  });

  it('keeps children in place on the board when their frame is resized', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const frame = await frameAt(sim.board);
    const sticky = await sim.board.createStickyNote({ x: 1000, y: 500, width: 100 });
    frame.width = 1000;
    await frame.sync();
    expect(sim.inspect.absolute(sticky.id)).toMatchObject({ x: 1000, y: 500 });
  });

  it('does not nest frames', async () => {
    const sim = createSimulatedMiro({ assume: { parentOnCreate: true } });
    const outer = await frameAt(sim.board);
    const inner = await sim.board.createFrame({ x: 1000, y: 500, width: 100, height: 100 });
    expect(inner.parentId).toBeNull();
    await expect(outer.add(inner)).rejects.toThrow(/cannot be added to another frame/);
  });
});
