import { describe, expect, it } from 'vitest';
import { layoutParticipant } from '../../src/shared/people';

describe('layoutParticipant', () => {
  it('keeps id, name and a given role, and drops everything else', () => {
    const p = { id: 'u1', name: 'Anna', role: 'inbrenger', onMiro: false };
    expect(layoutParticipant(p)).toStrictEqual({ id: 'u1', name: 'Anna', role: 'inbrenger' });
  });

  it('leaves the role out when there is none, so the layout gives the default', () => {
    expect(layoutParticipant({ id: 'u1', name: 'Anna', role: undefined })).toStrictEqual({
      id: 'u1',
      name: 'Anna',
    });
  });
});
