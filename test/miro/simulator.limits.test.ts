import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';

const setup = (options = {}) => createSimulatedMiro(options).board;

describe('simulated Miro: limits it enforces like Miro', () => {
  it('rejects a sticky note given both width and height', async () => {
    const board = setup();
    await expect(board.createStickyNote({ width: 200, height: 200 })).rejects.toThrow(
      /either width or height, not both/,
    );
  });

  it('rejects sticky content of 6,000 characters or more', async () => {
    const board = setup();
    await expect(board.createStickyNote({ content: 'x'.repeat(5999) })).resolves.toBeDefined();
    await expect(board.createStickyNote({ content: 'x'.repeat(6000) })).rejects.toThrow(
      /under 6000/,
    );
  });

  it('rejects content tags outside the allowed inline set', async () => {
    const board = setup();
    await expect(
      board.createStickyNote({ content: '<p><b>a</b><br/><span>b</span></p>' }),
    ).resolves.toBeDefined();
    await expect(board.createStickyNote({ content: '<div>a</div>' })).rejects.toThrow(
      /<div> is not allowed/,
    );
    await expect(board.createShape({ content: '<ul><li>a</li></ul>' })).rejects.toThrow(/<ul>/);
  });

  it('accepts list tags in text but not in a sticky', async () => {
    const board = setup();
    await expect(board.createText({ content: '<ul><li>a</li></ul>' })).resolves.toBeDefined();
    await expect(board.createText({ content: '<h1>a</h1>' })).rejects.toThrow(/<h1>/);
    await expect(board.createStickyNote({ content: '<ol><li>a</li></ol>' })).rejects.toThrow(
      /<ol>/,
    );
  });

  it('rejects a frame under 100x100 on create and on sync', async () => {
    const board = setup();
    await expect(board.createFrame({ width: 99, height: 400 })).rejects.toThrow(
      /minimum of 100x100/,
    );
    const frame = await board.createFrame({ width: 100, height: 100 });
    frame.height = 50;
    await expect(frame.sync()).rejects.toThrow(/minimum of 100x100/);
  });

  it('rejects moving a child outside its frame', async () => {
    const board = setup({ assume: { parentOnCreate: true } });
    await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const sticky = await board.createStickyNote({ x: 0, y: 0, width: 100 });
    sticky.x = 450;
    await expect(sticky.sync()).rejects.toThrow(/outside its parent frame/);
  });

  it('rejects adding an item to a frame that does not contain its centre', async () => {
    const board = setup();
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    const sticky = await board.createStickyNote({ x: 1000, y: 0, width: 100 });
    await expect(frame.add(sticky)).rejects.toThrow(/centre lies outside the frame/);
  });

  it('rejects resizing a frame so that a child falls outside', async () => {
    const board = setup({ assume: { parentOnCreate: true } });
    const frame = await board.createFrame({ x: 0, y: 0, width: 400, height: 400 });
    await board.createText({ x: 150, y: 0, content: 'edge' });
    frame.width = 200;
    await expect(frame.sync()).rejects.toThrow(/would fall outside/);
  });

  it('rejects item metadata over 256 bytes of JSON in total', async () => {
    const board = setup();
    const sticky = await board.createStickyNote({});
    await sticky.setMetadata('a', 'x'.repeat(200));
    await expect(sticky.setMetadata('b', 'y'.repeat(60))).rejects.toThrow(/limit is 256/);
  });

  it('rejects app data over 512 bytes of JSON in total', async () => {
    const board = setup();
    await board.setAppData('a', 'x'.repeat(400));
    await expect(board.setAppData('b', 'y'.repeat(120))).rejects.toThrow(/limit is 512/);
  });

  it('rejects a tag title over 120 characters', async () => {
    const board = setup();
    await expect(board.createTag({ title: 't'.repeat(121) })).rejects.toThrow(/maximum is 120/);
  });

  it('rejects a duplicate tag title', async () => {
    const board = setup();
    await board.createTag({ title: 'warm' });
    await expect(board.createTag({ title: 'warm', color: 'blue' })).rejects.toThrow(
      /already exists/,
    );
  });

  it('rejects more than 8 tags on a sticky note', async () => {
    const board = setup();
    const tags = [];
    for (let i = 0; i < 9; i++) tags.push(await board.createTag({ title: `t${i}` }));
    const ids = tags.map((t) => t.id);
    await expect(board.createStickyNote({ tagIds: ids })).rejects.toThrow(/at most 8 tags/);
  });

  it('rejects more than 100 tags on the board', async () => {
    const board = setup();
    for (let i = 0; i < 100; i++) await board.createTag({ title: `t${i}` });
    await expect(board.createTag({ title: 'one too many' })).rejects.toThrow(/at most 100 tags/);
  });

  it('rejects a notification over 80 characters', async () => {
    const board = setup();
    await expect(board.notifications.showInfo('n'.repeat(80))).resolves.toBeUndefined();
    await expect(board.notifications.showError('n'.repeat(81))).rejects.toThrow(/at most 80/);
  });

  it('rejects an unknown shape type', async () => {
    const board = setup();
    await expect(board.createShape({ shape: 'blob' as never })).rejects.toThrow(
      /Invalid shape type/,
    );
  });

  it('rejects colours Miro does not accept', async () => {
    const board = setup();
    await expect(
      board.createStickyNote({ style: { fillColor: '#ffff00' as never } }),
    ).rejects.toThrow(/sticky note style.fillColor/);
    await expect(board.createShape({ style: { fillColor: 'yellow' } })).rejects.toThrow(/#rrggbb/);
    await expect(board.createFrame({ style: { fillColor: '#fff' } })).rejects.toThrow(/#rrggbb/);
    await expect(board.createText({ style: { color: 'black' } })).rejects.toThrow(/#rrggbb/);
    await expect(board.createTag({ title: 'x', color: 'orange' as never })).rejects.toThrow(
      /tag color/,
    );
    await expect(board.createShape({ style: { fillColor: 'transparent' } })).resolves.toBeDefined();
  });

  it('rejects an unknown style property', async () => {
    const board = setup();
    await expect(board.createFrame({ style: { color: '#000000' } as never })).rejects.toThrow(
      /unknown property 'color'/,
    );
  });

  it('keeps a shape size fixed after creation', async () => {
    const board = setup();
    const shape = await board.createShape({ width: 200, height: 100 });
    (shape as { width: number }).width = 300;
    await expect(shape.sync()).rejects.toThrow(/cannot be changed after creation/);
  });

  it('forbids changing Frame.showContent unless the options allow it', async () => {
    const board = setup();
    await expect(board.createFrame({ showContent: false })).rejects.toThrow(/owners or co-owners/);
    const frame = await board.createFrame({});
    frame.showContent = false;
    await expect(frame.sync()).rejects.toThrow(/owners or co-owners/);
    const allowed = setup({ showContentAllowed: true });
    const hidden = await allowed.createFrame({});
    hidden.showContent = false;
    await hidden.sync();
    expect((await allowed.getById(hidden.id)) as { showContent: boolean }).toMatchObject({
      showContent: false,
    });
  });

  it('throws on timer calls when canUse("timer") is false', async () => {
    const board = setup();
    expect(await board.canUse('timer')).toBe(false);
    await expect(board.timer.start(60_000)).rejects.toThrow(/timer is not available/);
    await expect(board.timer.get()).rejects.toThrow(/timer is not available/);
  });

  it('refuses collaboration.zoomTo for a user who joined no session', async () => {
    const sim = createSimulatedMiro();
    const frame = await sim.board.createFrame({});
    const ann = { id: 'u-ann', name: 'Ann' };
    await expect(sim.board.collaboration.zoomTo(ann, frame)).rejects.toThrow(/has not joined/);
    const session = await sim.board.collaboration.startSession({ name: 'Intervisie' });
    await session.invite(ann);
    await expect(sim.board.collaboration.zoomTo(ann, frame)).rejects.toThrow(/has not joined/);
    sim.joinSession('u-ann');
    await sim.board.collaboration.zoomTo(ann, frame);
    expect(sim.inspect.client('u-ann').zoomedTo).toEqual([[frame.id]]);
  });

  it('rejects values that are not JSON', async () => {
    const sim = createSimulatedMiro();
    const sticky = await sim.board.createStickyNote({});
    await expect(sticky.setMetadata('f', { f: (() => 1) as never })).rejects.toThrow(/not JSON/);
    const collection = sim.board.storage.collection('state');
    await expect(collection.set('k', { a: undefined as never })).rejects.toThrow(/not JSON/);
    await expect(collection.set('k', { d: new Date() as never })).rejects.toThrow(/class instance/);
  });

  it('throws for an unknown item id', async () => {
    const board = setup();
    await expect(board.getById('404')).rejects.toThrow(/not found/);
    await expect(board.remove({ id: '404', type: 'sticky_note' })).rejects.toThrow(/not found/);
  });
});
