import { describe, expect, it } from 'vitest';
import { toBoard, toFrame } from '../../src/shared/coords';

// A frame centred at (1000, 500), 800 × 600: its top-left corner is at (600, 200).
const frame = { x: 1000, y: 500, width: 800, height: 600 };

describe('toBoard', () => {
  it('puts a child at the frame’s top-left plus its own x/y', () => {
    expect(toBoard(frame, { x: 0, y: 0 })).toEqual({ x: 600, y: 200 });
    expect(toBoard(frame, { x: 400, y: 300 })).toEqual({ x: 1000, y: 500 });
  });

  it('reads only x and y of the child', () => {
    expect(toBoard(frame, { x: 10, y: 20, width: 5 } as { x: number; y: number })).toEqual({
      x: 610,
      y: 220,
    });
  });
});

describe('toFrame', () => {
  it('gives a board point relative to the frame’s top-left, outside the frame too', () => {
    expect(toFrame(frame, { x: 610, y: 220 })).toEqual({ x: 10, y: 20 });
    expect(toFrame(frame, { x: 500, y: 100 })).toEqual({ x: -100, y: -100 });
  });

  it('undoes toBoard', () => {
    const child = { x: 123.5, y: 77 };
    expect(toFrame(frame, toBoard(frame, child))).toEqual(child);
  });
});
