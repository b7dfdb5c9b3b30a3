// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';
import { BoardItems, drawOrder } from '../../src/practice/draw';

async function board() {
  const sim = createSimulatedMiro();
  const frame = await sim.board.createFrame({
    x: 500,
    y: 400,
    width: 600,
    height: 400,
    title: 'Vragen · bewaakt',
    style: { fillColor: '#eef4ff' },
  });
  const tag = await sim.board.createTag({ title: 'warm', color: 'red' });
  const sticky = await sim.board.createStickyNote({
    x: 300,
    y: 300,
    content: '<p>Wat wil je <strong>bereiken</strong>?</p>',
    style: { fillColor: 'light_blue' },
    tagIds: [tag.id],
  });
  await frame.add(sticky); // the app adds what it creates in a frame (Miro may not parent it)
  const circle = await sim.board.createShape({
    x: 1200,
    y: 300,
    width: 200,
    height: 200,
    shape: 'circle',
    content: '<p>Binnen</p>',
    style: { fillColor: '#fde2e2' },
  });
  const text = await sim.board.createText({ x: 1200, y: 700, content: '<p>Titel</p>' });
  return { sim, frame, sticky, circle, text, tag };
}

const host = () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  return svg;
};

describe('BoardItems', () => {
  afterEach(() => document.body.replaceChildren());

  it('draws a frame with its title and a child at its absolute position', async () => {
    const { sim, frame, sticky } = await board();
    const svg = host();
    render(<BoardItems items={sim.inspect.items()} tags={sim.inspect.tags()} scale={1} />, svg);
    const f = svg.querySelector(`[data-id="${frame.id}"]`)!;
    expect(f.getAttribute('data-title')).toBe('Vragen · bewaakt');
    expect(f.textContent).toContain('Vragen · bewaakt');
    expect(f.querySelector('rect')!.getAttribute('fill')).toBe('#eef4ff');
    // The sticky is the frame's child at (100, 100) relative: drawn at board (300, 300).
    expect(sim.inspect.itemById(sticky.id)!.parentId).toBe(frame.id);
    const rects = svg.querySelectorAll(`[data-id="${sticky.id}"] rect`);
    const paper = rects[1]!;
    expect(Number(paper.getAttribute('x')) + sticky.width / 2).toBeCloseTo(300);
    expect(Number(paper.getAttribute('y')) + sticky.height / 2).toBeCloseTo(300);
  });

  it('paints a sticky in its colour with its text, tag and author', async () => {
    const { sim, sticky } = await board();
    const svg = host();
    render(
      <BoardItems
        items={sim.inspect.items()}
        tags={sim.inspect.tags()}
        scale={1}
        nameOf={(id) => (id === 'u-fac' ? 'Anna' : id)}
      />,
      svg,
    );
    const g = svg.querySelector(`[data-id="${sticky.id}"]`)!;
    expect(g.querySelectorAll('rect')[1]!.getAttribute('fill')).toBe('#a6ccf5');
    expect(g.querySelector('strong')?.textContent).toBe('bereiken');
    expect(g.querySelector('.pb-tag')?.textContent).toBe('warm');
    expect(g.textContent).toContain('Anna');
  });

  it('draws a circle shape as an ellipse and a text with its content', async () => {
    const { sim, circle, text } = await board();
    const svg = host();
    render(<BoardItems items={sim.inspect.items()} tags={[]} scale={1} />, svg);
    const ellipse = svg.querySelector(`[data-id="${circle.id}"] ellipse`)!;
    expect(ellipse.getAttribute('rx')).toBe('100');
    expect(ellipse.getAttribute('fill')).toBe('#fde2e2');
    expect(svg.querySelector(`[data-id="${text.id}"]`)!.textContent).toBe('Titel');
  });

  it('escapes markup that Miro does not allow', async () => {
    const sim = createSimulatedMiro();
    const item = sim.act.create('text', { content: '<p>a &lt;b&gt; c</p>' });
    const svg = host();
    const items = sim.inspect
      .items()
      .map((i) =>
        i.id === item.id ? { ...i, content: '<img src=x onerror=alert(1)><p>ok</p>' } : i,
      );
    render(<BoardItems items={items} tags={[]} scale={1} />, svg);
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.textContent).toContain('<img src=x onerror=alert(1)>ok');
  });

  it('draws frames below every other item, the rest in creation order', async () => {
    const { sim, frame } = await board();
    const cover = await sim.board.createShape({ x: 500, y: 400, width: 580, height: 380 });
    const order = drawOrder(sim.inspect.items()).map((i) => i.id);
    expect(order[0]).toBe(frame.id);
    expect(order.at(-1)).toBe(cover.id);
  });

  it('marks the selected item and offsets the dragged one', async () => {
    const { sim, sticky } = await board();
    const svg = host();
    render(
      <BoardItems
        items={sim.inspect.items()}
        tags={[]}
        scale={1}
        selectedId={sticky.id}
        drag={{ id: sticky.id, dx: 10, dy: -5 }}
      />,
      svg,
    );
    const wrapper = svg.querySelector(`[data-id="${sticky.id}"]`)!.parentElement!;
    expect(wrapper.getAttribute('transform')).toBe('translate(10 -5)');
    expect(wrapper.querySelector('.pb-selection')).not.toBeNull();
  });
});
