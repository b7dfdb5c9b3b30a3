import { describe, expect, it } from 'vitest';
import { boundsOf, fitCamera, toBoard, zoomAt } from '../../src/practice/viewport';

describe('camera', () => {
  it('fits a box in the view, centred, with padding', () => {
    const cam = fitCamera({ left: 0, top: 0, right: 1000, bottom: 500 }, 564, 400, 32);
    expect(cam.scale).toBeCloseTo(0.5);
    expect(toBoard(cam, 282, 200)).toEqual({ x: 500, y: 250 });
  });
  it('keeps the point under the cursor in place when zooming', () => {
    const cam = { x: 10, y: 20, scale: 0.5 };
    const before = toBoard(cam, 300, 200);
    const after = toBoard(zoomAt(cam, 2, 300, 200), 300, 200);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });
  it('bounds several boxes and none', () => {
    expect(boundsOf([])).toBeUndefined();
    expect(
      boundsOf([
        { left: 0, top: 5, right: 10, bottom: 10 },
        { left: -5, top: 0, right: 3, bottom: 20 },
      ]),
    ).toEqual({ left: -5, top: 0, right: 10, bottom: 20 });
  });
});
