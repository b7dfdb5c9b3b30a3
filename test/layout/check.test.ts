import { describe, expect, it } from 'vitest';
import type {
  Blueprint,
  BlueprintRecord,
  FrameRecord,
  ShapeRecord,
} from '../../src/layout/blueprint';
import { checkBlueprint } from '../../src/layout/check';
import { layoutMethod } from '../../src/layout/layout';
import { methodById, options, people } from './fixtures';

const good = layoutMethod(methodById('post-it'), people(4), options);
const codes = (records: BlueprintRecord[]) =>
  checkBlueprint({ ...good, records }).map((p) => p.code);
const frameOf = (region: string) =>
  good.records.find((r) => r.region === region && r.kind === 'frame') as FrameRecord;
const slot = good.records.find((r) => r.kind === 'shape' && r.region === 'track') as ShapeRecord;
const swap = (from: BlueprintRecord, to: BlueprintRecord) =>
  good.records.map((r) => (r === from ? to : r));

describe('checkBlueprint', () => {
  it('finds nothing wrong in a laid-out method', () => {
    expect(checkBlueprint(good)).toEqual([]);
  });

  it('finds overlapping frames', () => {
    const title = frameOf('title');
    expect(
      codes(swap(frameOf('track'), { ...frameOf('track'), x: title.x, y: title.y })),
    ).toContain('overlap');
  });

  it('finds a child outside its frame, and a child before its frame', () => {
    expect(codes(swap(slot, { ...slot, x: slot.x + 5000 }))).toContain('outside-parent');
    const rest = good.records.filter((r) => r !== slot);
    expect(codes([slot, ...rest])).toContain('parent-order');
    expect(codes(swap(slot, { ...slot, parent: 'nope' }))).toContain('parent-missing');
  });

  it('finds a frame under 100×100, a duplicate key and a missing key', () => {
    const f = frameOf('parking');
    expect(codes(swap(f, { ...f, width: 99 }))).toContain('frame-small');
    expect(codes([...good.records, good.records[0]!])).toContain('duplicate-key');
    expect(codes(swap(slot, { ...slot, key: '' }))).toContain('key-missing');
  });

  it('finds stickies with a height, too much text or an unknown colour', () => {
    const sticky: BlueprintRecord = {
      kind: 'sticky',
      key: 'x/parking/s',
      region: 'parking',
      parent: frameOf('parking').key,
      x: frameOf('parking').x,
      y: frameOf('parking').y,
      width: 200,
      shape: 'square',
      content: '<p>a</p>',
      style: { fillColor: 'light_yellow', textAlign: 'left', textAlignVertical: 'top' },
      template: true,
    };
    expect(codes([...good.records, sticky])).toEqual([]);
    expect(codes([...good.records, { ...sticky, height: 10 } as BlueprintRecord])).toContain(
      'sticky-height',
    );
    expect(codes([...good.records, { ...sticky, content: 'a'.repeat(6000) }])).toContain(
      'sticky-long',
    );
    const pink = {
      ...sticky,
      style: { ...sticky.style, fillColor: 'hotpink' },
    } as unknown as BlueprintRecord;
    expect(codes([...good.records, pink])).toContain('bad-color');
  });

  it('finds tags Miro does not allow and unescaped text', () => {
    expect(codes(swap(slot, { ...slot, content: '<div>a</div>' }))).toContain('bad-markup');
    expect(codes(swap(slot, { ...slot, content: '<p>Tom & Jerry</p>' }))).toContain('unescaped');
    expect(codes(swap(slot, { ...slot, content: '<p>a < b</p>' }))).toContain('unescaped');
  });

  it('finds text that does not fit its item', () => {
    expect(codes(swap(slot, { ...slot, content: `<p>${'woord '.repeat(200)}</p>` }))).toContain(
      'text-overflow',
    );
  });

  it('finds metadata over 256 bytes', () => {
    const bp: Blueprint = { ...good, sessionId: 's'.repeat(200) };
    expect(checkBlueprint(bp).map((p) => p.code)).toContain('meta-long');
  });
});
