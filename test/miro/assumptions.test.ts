import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_NOTES,
  COSTLY,
  assumptionsFromEnv,
  resolveAssumptions,
} from '../../src/miro/simulator/assumptions';
import { createSimulatedMiro } from '../../src/miro/simulator';

describe('the simulator’s answers to Miro’s open questions', () => {
  it('defaults each open question to the answer that costs the app most', () => {
    expect(COSTLY).toMatchObject({
      parentOnCreate: false,
      itemEvents: 'all',
      echoSdkWrites: true,
      frameDelete: 'with-children',
      errorShape: 'unknown',
      showContentAllowed: false,
      timer: false,
    });
  });

  it('says for every answer whether it is documented or unverified, and where that comes from', () => {
    for (const key of Object.keys(COSTLY) as (keyof typeof COSTLY)[]) {
      expect(ASSUMPTION_NOTES[key].status).toMatch(/^(documented|unverified)$/);
      expect(ASSUMPTION_NOTES[key].source.length).toBeGreaterThan(20);
    }
  });

  it('reads other answers from SIM_ASSUME and lets options given to the simulator win', () => {
    const env = assumptionsFromEnv('itemEvents=actor,parentOnCreate=true,nonsense=1');
    expect(env).toEqual({ itemEvents: 'actor', parentOnCreate: true });
    expect(resolveAssumptions({ ...env, parentOnCreate: false })).toMatchObject({
      itemEvents: 'actor',
      parentOnCreate: false,
      errorShape: 'unknown',
    });
    const sim = createSimulatedMiro({ assume: { errorShape: 'coded' }, timer: true });
    expect(sim.assumptions).toMatchObject({ errorShape: 'coded', timer: true });
  });
});
