import { describe, expect, it } from 'vitest';
import { isPlaced } from '../../src/layout/blueprint';
import { blueprintBounds, boxOf } from '../../src/layout/geometry';
import { layoutMethod } from '../../src/layout/layout';
import { META_KEY, META_LIMIT, itemMeta, itemsByRegion, metaBytes } from '../../src/layout/meta';
import { participantToken } from '../../src/layout/people';
import { longIds, longPeople, methodById, options, people } from './fixtures';

describe('itemMeta', () => {
  it('names session, region, key and role with one-letter fields', () => {
    const bp = layoutMethod(methodById('tien-stappen'), people(4), options);
    const slot = bp.records.find((r) => r.key === 'tien-stappen/vragen/slot/chris/1')!;
    expect(itemMeta(slot, 'ses-1')).toEqual({
      s: 'ses-1',
      r: 'vragen',
      k: slot.key,
      o: 'groepslid',
    });
  });

  it('stays within 256 bytes for the longest ids, session id and participant ids', () => {
    const session = 'x'.repeat(24);
    const bp = layoutMethod(longIds, longPeople(), { ...options, sessionId: session });
    const sizes = bp.records.map((r) => metaBytes(itemMeta(r, session)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(META_LIMIT);
    const longest = bp.records.reduce((a, b) => (b.key.length > a.key.length ? b : a));
    const stored = JSON.stringify({ [META_KEY]: itemMeta(longest, session) });
    expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(256);
  });

  it('throws rather than write metadata Miro would refuse', () => {
    const bp = layoutMethod(methodById('post-it'), people(2), options);
    expect(() => itemMeta(bp.records[0]!, 'x'.repeat(300))).toThrow(/metadata/);
  });
});

describe('participantToken', () => {
  it('keeps short plain ids and hashes long or odd ones to a short token', () => {
    expect(participantToken('anna')).toBe('anna');
    const miroId = participantToken('3458764517517852417123');
    expect(miroId).toMatch(/^h[0-9a-z]{1,7}$/);
    expect(participantToken('3458764517517852417123')).toBe(miroId);
    expect(participantToken('a/b')).toMatch(/^h/);
  });
});

describe('blueprintBounds', () => {
  it('starts at the origin and holds every placed record', () => {
    const bp = layoutMethod(methodById('viskom'), people(6), options);
    const b = blueprintBounds(bp);
    expect([b.left, b.top]).toEqual([0, 0]);
    for (const r of bp.records.filter(isPlaced)) {
      const box = boxOf(r);
      expect(box.right).toBeLessThanOrEqual(b.right);
      expect(box.bottom).toBeLessThanOrEqual(b.bottom);
    }
  });
});

describe('itemsByRegion', () => {
  it('groups every record under its region, frame first', () => {
    const method = methodById('post-it');
    const bp = layoutMethod(method, people(4), options);
    const groups = itemsByRegion(bp);
    expect([...groups.keys()].sort()).toEqual(
      [
        'title',
        'track',
        'step',
        'roles',
        // No tray: the post-it method has no rating step.
        'parking',
        ...method.regions.map((r) => r.id),
      ].sort(),
    );
    for (const [region, list] of groups) {
      expect(list[0]!.kind, region).toBe('frame');
      expect(list.every((r) => r.region === region)).toBe(true);
    }
    expect([...groups.values()].flat()).toHaveLength(bp.records.length);
  });
});
