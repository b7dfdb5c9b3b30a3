import { describe, expect, it } from 'vitest';
import { createSimulatedMiro, type SimClient } from '../../src/miro/simulator';
import type { ItemsEvent, DropEvent } from '../../src/miro/types';
import { COLLECTION } from '../../src/storage/keys';

function listen(client: SimClient) {
  const seen: string[] = [];
  const record = (name: string) => (e: ItemsEvent) =>
    seen.push(`${name} ${e.items.map((i) => `${i.type}:${i.modifiedBy}`).join(',')}`);
  client.board.ui.on('items:create', record('create'));
  client.board.ui.on('experimental:items:update', record('update'));
  client.board.ui.on('items:delete', record('delete'));
  client.board.ui.on('selection:update', record('select'));
  return seen;
}

describe('simulated Miro: item events', () => {
  it("delivers UI actions' item events only to the acting user's client under itemEvents 'actor'", async () => {
    const sim = createSimulatedMiro({ assume: { itemEvents: 'actor' } });
    const fac = listen(sim);
    const ann = listen(sim.as('u-ann'));
    const sticky = sim.as('u-ann').act.create('sticky_note', { x: 0, y: 0 });
    sim.as('u-ann').act.move(sticky.id, 300, 0);
    sim.as('u-ann').act.remove(sticky.id);
    await sim.settle();
    // A person deletes what they selected: the selection reaches their client first.
    expect(ann).toEqual([
      'create sticky_note:u-ann',
      'update sticky_note:u-ann',
      'select sticky_note:u-ann',
      'delete sticky_note:u-ann',
    ]);
    expect(fac).toEqual([]);
  });

  it("delivers item events to every client by default (itemEvents 'all'), the selection to the actor only", async () => {
    const sim = createSimulatedMiro();
    expect(sim.assumptions.itemEvents).toBe('all');
    const fac = listen(sim);
    const ann = listen(sim.as('u-ann'));
    const sticky = sim.as('u-ann').act.create('sticky_note', { x: 0, y: 0 });
    sim.as('u-ann').act.remove(sticky.id);
    await sim.settle();
    expect(fac).toEqual(['create sticky_note:u-ann', 'delete sticky_note:u-ann']);
    expect(ann).toEqual([
      'create sticky_note:u-ann',
      'select sticky_note:u-ann',
      'delete sticky_note:u-ann',
    ]);
  });

  it('delivers events asynchronously, not during the action', async () => {
    const sim = createSimulatedMiro();
    const seen = listen(sim);
    sim.act.create('text', {});
    expect(seen).toEqual([]);
    await sim.settle();
    expect(seen).toHaveLength(1);
  });

  it("echoes SDK writes as events on the writing client only under itemEvents 'actor'", async () => {
    const sim = createSimulatedMiro({ assume: { itemEvents: 'actor' } });
    const fac = listen(sim);
    const bob = listen(sim.as('u-bob'));
    const sticky = await sim.board.createStickyNote({});
    sticky.content = 'edited';
    await sticky.sync();
    sticky.x = 500;
    await sticky.sync();
    await sim.board.remove(sticky);
    await sim.settle();
    expect(fac).toEqual([
      'create sticky_note:u-fac',
      'update sticky_note:u-fac',
      'delete sticky_note:u-fac',
    ]);
    expect(bob).toEqual([]);
  });

  it('raises no echo when echoSdkWrites is off', async () => {
    const sim = createSimulatedMiro({ echoSdkWrites: false });
    const seen = listen(sim);
    await sim.board.createStickyNote({});
    await sim.settle();
    expect(seen).toEqual([]);
  });

  it('raises no event for text edits, duplicates or pastes', async () => {
    const sim = createSimulatedMiro();
    const seen = listen(sim);
    const sticky = sim.act.create('sticky_note', {});
    await sim.settle();
    seen.length = 0;
    sim.act.edit(sticky.id, 'nieuw');
    const dup = sim.act.duplicate(sticky.id);
    sim.act.paste(sticky.id, 2000, 2000);
    await sim.settle();
    expect(seen).toEqual([]);
    expect(sim.inspect.items().map((i) => i.content)).toEqual(['nieuw', 'nieuw', 'nieuw']);
    expect(sim.inspect.absolute(dup.id).x).toBeGreaterThan(sim.inspect.absolute(sticky.id).x);
  });

  it('re-parents an item dragged into a frame in the UI', async () => {
    const sim = createSimulatedMiro();
    const frame = await sim.board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const sticky = sim.act.create('sticky_note', { x: 1000, y: 0 });
    const moved = sim.act.move(sticky.id, 100, 100);
    expect(moved).toMatchObject({ parentId: frame.id, x: 300, y: 300 });
  });

  it('carries SDK item objects in event payloads', async () => {
    const sim = createSimulatedMiro();
    const payloads: ItemsEvent[] = [];
    sim.board.ui.on('items:create', (e) => payloads.push(e));
    await sim.board.createFrame({});
    sim.act.create('sticky_note', { x: 10, y: 10 });
    await sim.settle();
    const child = payloads[1]?.items[0];
    expect(child).toMatchObject({
      type: 'sticky_note',
      createdBy: 'u-fac',
      parentId: payloads[0]?.items[0]?.id,
    });
    expect(typeof child?.sync).toBe('function');
  });

  it('reports the selection through selection:update and getSelection', async () => {
    const sim = createSimulatedMiro();
    const seen = listen(sim);
    const text = sim.act.create('text', {});
    await sim.settle();
    sim.act.select([text.id]);
    await sim.settle();
    expect(seen.at(-1)).toBe('select text:u-fac');
    expect(((await sim.board.getSelection()) as { id: string }[]).map((i) => i.id)).toEqual([
      text.id,
    ]);
  });

  it('stops delivering to a handler after off', async () => {
    const sim = createSimulatedMiro();
    const seen: number[] = [];
    const handler = () => seen.push(1);
    sim.board.ui.on('items:create', handler);
    sim.board.ui.off('items:create', handler);
    sim.act.create('text', {});
    await sim.settle();
    expect(seen).toEqual([]);
  });
});

describe('simulated Miro: panel events', () => {
  it('fires icon:click on the clicked client and records opened panels', async () => {
    const sim = createSimulatedMiro();
    sim.board.ui.on(
      'icon:click',
      () => void sim.board.ui.openPanel({ url: 'index.html?view=panel' }),
    );
    sim.clickIcon();
    await sim.settle();
    expect(sim.inspect.client().openedPanels).toEqual(['index.html?view=panel']);
    expect(sim.inspect.client('u-ann').openedPanels).toEqual([]);
  });

  it('delivers drop only while that client has its panel open', async () => {
    const sim = createSimulatedMiro();
    const drops: DropEvent[] = [];
    sim.board.ui.on('drop', (e) => drops.push(e));
    expect(() => sim.act.drop(10, 20)).toThrow(/open app panel/);
    await sim.board.ui.openPanel({ url: 'panel.html' });
    sim.act.drop(10, 20);
    await sim.settle();
    expect(drops).toMatchObject([{ x: 10, y: 20 }]);
  });

  it('hands handler errors to onHandlerError and keeps delivering', async () => {
    const errors: unknown[] = [];
    const sim = createSimulatedMiro({ onHandlerError: (e) => errors.push(e) });
    const seen: number[] = [];
    sim.board.ui.on('items:create', () => {
      throw new Error('boom');
    });
    sim.board.ui.on('items:create', () => seen.push(1));
    sim.act.create('text', {});
    await sim.settle();
    expect(seen).toEqual([1]);
    expect(errors).toHaveLength(1);
    expect(sim.inspect.handlerErrors()).toHaveLength(1);
  });
});

describe('simulated Miro: storage and broadcast', () => {
  it('pushes collection writes to every subscribed client, the writer included', async () => {
    const sim = createSimulatedMiro();
    const got: string[] = [];
    for (const id of ['u-fac', 'u-ann', 'u-bob']) {
      await sim
        .as(id)
        .board.storage.collection(COLLECTION)
        .onValue('state', (value, version) =>
          got.push(`${id}=${JSON.stringify(value)}@${version}`),
        );
    }
    const collection = sim.board.storage.collection(COLLECTION);
    await collection.set('state', { phase: 2 });
    await collection.remove('state');
    await sim.settle();
    expect(got).toEqual([
      'u-fac={"phase":2}@0000000001',
      'u-ann={"phase":2}@0000000001',
      'u-bob={"phase":2}@0000000001',
      'u-fac=undefined@0000000002',
      'u-ann=undefined@0000000002',
      'u-bob=undefined@0000000002',
    ]);
  });

  it('shares stored values between clients and returns copies', async () => {
    const sim = createSimulatedMiro();
    const value = { phase: 1 };
    await sim.board.storage.collection('c').set('k', value);
    value.phase = 9;
    const read = await sim.as('u-bob').board.storage.collection('c').get<{ phase: number }>('k');
    expect(read).toEqual({ phase: 1 });
    expect(await sim.board.storage.collection('c').get('other')).toBeUndefined();
  });

  it('broadcasts to every other client but not the sender', async () => {
    const sim = createSimulatedMiro();
    const got: string[] = [];
    for (const id of ['u-fac', 'u-ann', 'u-bob']) {
      await sim.as(id).board.events.on<{ to: string }>('zoom', (p) => got.push(`${id}:${p.to}`));
    }
    await sim.board.events.broadcast('zoom', { to: 'frame-1' });
    await sim.settle();
    expect(got).toEqual(['u-ann:frame-1', 'u-bob:frame-1']);
    expect(sim.inspect.collection('zoom')).toEqual({});
  });
});
