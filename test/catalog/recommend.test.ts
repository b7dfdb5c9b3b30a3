import { describe, expect, it } from 'vitest';
import { allMethods, methods } from '../../src/catalog/methods';
import { methodMinutes, recommend } from '../../src/catalog/recommend';
import type { RecommendInput } from '../../src/catalog/recommend';

const top = (input: RecommendInput, history: string[] = []) =>
  recommend(input, allMethods, history).map((r) => r.methodId);

describe('recommend', () => {
  it('puts tien-stappen first for a beginning group with time', () => {
    expect(top({ experience: 'beginner', minutes: 90, focus: 'case' })[0]).toBe('tien-stappen');
  });

  it('puts post-it or speed first with about 15 minutes', () => {
    expect(top({ experience: 'beginner', minutes: 15, focus: 'case' }).slice(0, 2)).toEqual([
      'post-it',
      'speed',
    ]);
    expect(['post-it', 'speed']).toContain(
      top({ experience: 'experienced', minutes: 20, focus: 'case' })[0],
    );
  });

  it('puts roddel first for a blind spot', () => {
    expect(top({ experience: 'experienced', minutes: 60, focus: 'blind-spot' })[0]).toBe('roddel');
  });

  it('puts via first for video, even for beginners', () => {
    expect(top({ experience: 'experienced', minutes: 60, focus: 'video' })[0]).toBe('via');
    expect(top({ experience: 'beginner', minutes: 60, focus: 'video' })[0]).toBe('via');
  });

  it('puts successen first for successes and incident-inzicht for insight', () => {
    expect(top({ experience: 'experienced', minutes: 60, focus: 'successes' })[0]).toBe(
      'successen',
    );
    expect(top({ experience: 'experienced', minutes: 120, focus: 'insight' })[0]).toBe(
      'incident-inzicht',
    );
  });

  it('puts the first meeting first for a start', () => {
    expect(top({ experience: 'beginner', minutes: 120, focus: 'start' })[0]).toBe(
      'eerste-bijeenkomst',
    );
  });

  it('ranks a method needing a professional facilitator lower for beginners', () => {
    const score = (experience: 'beginner' | 'experienced') =>
      recommend({ experience, minutes: 60, focus: 'video' }, allMethods).find(
        (r) => r.methodId === 'via',
      )!.score;
    expect(score('beginner')).toBeLessThan(score('experienced') - 25);
    const reason = recommend(
      { experience: 'beginner', minutes: 60, focus: 'video' },
      allMethods,
    )[0]!.reason;
    expect(reason.nl).toMatch(/professionele begeleider/);
  });

  it('lowers recently used methods a little, for variety', () => {
    const input: RecommendInput = { experience: 'beginner', minutes: 90, focus: 'case' };
    const before = recommend(input, allMethods).find((r) => r.methodId === 'tien-stappen')!.score;
    const after = recommend(input, allMethods, ['tien-stappen']).find(
      (r) => r.methodId === 'tien-stappen',
    )!.score;
    expect(before - after).toBeGreaterThan(0);
    expect(before - after).toBeLessThanOrEqual(6);
    expect(top(input, ['post-it', 'tien-stappen'])[0]).toBe('tien-stappen');
  });

  it('ranks roddel (45 min) above tien-stappen (75 min) for a beginning group with 45 minutes', () => {
    const order = top({ experience: 'beginner', minutes: 45, focus: 'case' });
    expect(order.indexOf('roddel')).toBeLessThan(order.indexOf('tien-stappen'));
  });

  it('ranks every method longer than the time below every method that fits', () => {
    const inputs: RecommendInput[] = [];
    for (const experience of ['beginner', 'experienced'] as const)
      for (const minutes of [15, 45, 90])
        for (const focus of [
          'case',
          'insight',
          'successes',
          'blind-spot',
          'video',
          'start',
        ] as const)
          inputs.push({ experience, minutes, focus });
    for (const input of inputs) {
      const fits = recommend(input, allMethods).map((r) => r.minutes <= input.minutes);
      const firstTooLong = fits.indexOf(false);
      expect(
        firstTooLong < 0 || fits.slice(firstTooLong).every((f) => !f),
        JSON.stringify(input),
      ).toBe(true);
    }
  });

  it('says in the reason that a method takes longer than the time given', () => {
    const tien = recommend({ experience: 'beginner', minutes: 45, focus: 'case' }, allMethods).find(
      (r) => r.methodId === 'tien-stappen',
    )!;
    expect(tien.reason.nl).toContain('duurt ca. 75 min, langer dan 45');
    expect(tien.reason.en).toContain('takes about 75 min, longer than 45');
  });

  it('gives each method a one-line reason in both languages', () => {
    const [first] = recommend({ experience: 'beginner', minutes: 15, focus: 'case' }, allMethods);
    expect(first).toMatchObject({ methodId: 'post-it', minutes: 15 });
    expect(first!.reason).toEqual({
      nl: 'Gemaakt voor een casus; past in 15 min (ca. 15).',
      en: 'Made for a case; fits in 15 min (about 15).',
    });
  });

  it('is reachable through the methods object', () => {
    expect(
      methods.recommend({ experience: 'experienced', minutes: 60, focus: 'blind-spot' })[0]
        ?.methodId,
    ).toBe('roddel');
  });
});

describe('methodMinutes', () => {
  it('adds the phases’ minutes, the rounds once per inbrenger', () => {
    expect(methodMinutes(methods.byId('post-it')!)).toBe(15);
    expect(methodMinutes(methods.byId('speed')!)).toBeGreaterThanOrEqual(15);
    expect(methodMinutes(methods.byId('speed')!)).toBeLessThanOrEqual(20);
    expect(methodMinutes(methods.byId('via')!, 2) - methodMinutes(methods.byId('via')!, 1)).toBe(
      15,
    );
  });
});
