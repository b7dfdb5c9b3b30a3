import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { regionStatesAt } from '../../src/catalog/resolve';
import type { Action, Method, RegionState } from '../../src/catalog/schema';

const m = (id: string): Method => methods.byId(id)!;
/** Step n (1-based, as in the source) of a method. */
const step = (id: string, n: number) => m(id).phases[n - 1]!;
const at = (id: string, n: number, stage = 0) => regionStatesAt(m(id), n - 1, stage);
const openTo = (s: RegionState | undefined) => (s?.state === 'open' ? s.roles : []);
const openFor = (id: string, n: number, role: string, stage = 0) =>
  Object.entries(at(id, n, stage))
    .filter(([, s]) => openTo(s).includes(role))
    .map(([r]) => r);
const actions = (id: string, n: number, kind: Action['kind']) =>
  step(id, n).actions.filter((a) => a.kind === kind);
const lists = (id: string, n: number, rule: string) => expect(step(id, n).rules).toContain(rule);

describe('rules of METHODS.md held as data', () => {
  it('R1: incident-casus 1 opens only casus, to the inbrenger alone', () => {
    const open = Object.entries(at('incident-casus', 1)).filter(([, s]) => s.state === 'open');
    expect(open).toEqual([['casus', { state: 'open', roles: ['inbrenger'] }]]);
    lists('incident-casus', 1, 'R1');
  });

  it('R2: incident-casus 3 lets only the inbrenger mark questions', () => {
    expect(actions('incident-casus', 3, 'mark-answered')).toEqual([
      { kind: 'mark-answered', region: 'vragen', by: 'inbrenger' },
    ]);
    expect(at('incident-casus', 3).vragen?.state).toBe('locked');
    lists('incident-casus', 3, 'R2');
  });

  it('R3 and R4: incident-casus 4 opens own analysis slots, then the problem statement for the inbrenger', () => {
    expect(at('incident-casus', 4, 0).analyses).toEqual({
      state: 'open',
      roles: ['groepslid'],
      ownSlot: true,
    });
    expect(m('incident-casus').regions.find((r) => r.id === 'analyses')).toMatchObject({
      slotsPerMember: 1,
      slotRoles: ['groepslid'],
    });
    expect(at('incident-casus', 4, 0).probleemstelling?.state).toBe('upcoming');
    expect(openTo(at('incident-casus', 4, 1).probleemstelling)).toEqual(['inbrenger']);
    lists('incident-casus', 4, 'R3');
    lists('incident-casus', 4, 'R4');
  });

  it('R5: incident-inzicht 1 gives everyone one slot, then a vote', () => {
    expect(at('incident-inzicht', 1).incidenten).toMatchObject({ state: 'open', ownSlot: true });
    expect(m('incident-inzicht').regions.find((r) => r.id === 'incidenten')?.slotsPerMember).toBe(
      1,
    );
    expect(actions('incident-inzicht', 1, 'vote')).toMatchObject([
      { region: 'incidenten', votes: 1, stage: 1 },
    ]);
    lists('incident-inzicht', 1, 'R5');
  });

  it('R6: incident-inzicht 2 keeps the later regions closed and only the incident open', () => {
    const s = at('incident-inzicht', 2);
    expect(openFor('incident-inzicht', 2, 'groepslid')).toEqual([]);
    expect([s.inzichten?.state, s.vragen?.state, s.percepties?.state]).toEqual([
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    lists('incident-inzicht', 2, 'R6');
  });

  it('R7: incident-inzicht 3 has private questions, revealed in 4 with no speakers before', () => {
    expect(at('incident-inzicht', 3).vragen).toMatchObject({ state: 'open', private: true });
    expect(step('incident-inzicht', 3).speaks).toEqual([]);
    expect(actions('incident-inzicht', 4, 'reveal')).toMatchObject([{ region: 'vragen' }]);
    expect(at('incident-inzicht', 4).vragen?.state).toBe('revealed');
    lists('incident-inzicht', 3, 'R7');
  });

  it('R8: incident-inzicht 5 has private perceptions and one reveal', () => {
    expect(at('incident-inzicht', 5).percepties).toMatchObject({ state: 'open', private: true });
    expect(actions('incident-inzicht', 5, 'reveal')).toHaveLength(1);
    lists('incident-inzicht', 5, 'R8');
  });

  it('R9: incident-inzicht 6 lets only the inbrenger choose one perception', () => {
    expect(actions('incident-inzicht', 6, 'choose-one')).toEqual([
      { kind: 'choose-one', region: 'percepties', by: 'inbrenger' },
    ]);
    lists('incident-inzicht', 6, 'R9');
  });

  it('R10: incident-inzicht 8 opens the inbrenger’s area first', () => {
    expect(openFor('incident-inzicht', 8, 'inbrenger', 0)).toEqual(['meenemen-inbrenger']);
    expect(openFor('incident-inzicht', 8, 'groepslid', 0)).toEqual([]);
    expect(openFor('incident-inzicht', 8, 'groepslid', 1)).toEqual(['meenemen']);
    lists('incident-inzicht', 8, 'R10');
  });

  it('R11: via 1 has a 30 s fragment timer and the fragment open to the inbrenger', () => {
    expect(actions('via', 1, 'fragment-timer')).toEqual([{ kind: 'fragment-timer', seconds: 30 }]);
    expect(openTo(at('via', 1).fragment)).toEqual(['inbrenger']);
    lists('via', 1, 'R11');
  });

  it('R12: via 2 opens a two-column first reaction with what goes well', () => {
    const r = m('via').regions.find((x) => x.id === 'eerste-reactie')!;
    expect(r.columns?.map((c) => c.nl)).toEqual(['Wat goed gaat', 'Wat ik anders wil']);
    expect(openTo(at('via', 2)['eerste-reactie'])).toEqual(['inbrenger']);
    lists('via', 2, 'R12');
  });

  it('R13: via 3 has three-part feedback cards and a summary slot for the inbrenger after', () => {
    const feedback = m('via').regions.find((x) => x.id === 'feedback')!;
    expect(feedback.kind).toBe('feedback');
    expect(feedback.cards).toHaveLength(3);
    expect(openTo(at('via', 3, 0).feedback)).toEqual(['groepslid']);
    expect(openTo(at('via', 3, 1).samenvatting)).toEqual(['inbrenger']);
    lists('via', 3, 'R13');
  });

  it('R14: via repeats steps 1 to 4 per inbrenger, who may be several', () => {
    expect(m('via').rounds).toEqual({ per: 'inbrenger', from: 'bekijken', to: 'afronding-ronde' });
    expect(m('via').roles.find((r) => r.id === 'inbrenger')?.max).toBeGreaterThan(1);
    lists('via', 4, 'R14');
  });

  it('R15: tien-stappen 1 opens nothing to members', () => {
    expect(openFor('tien-stappen', 1, 'groepslid')).toEqual([]);
    expect(step('tien-stappen', 1).speaks).toEqual(['inbrenger']);
    lists('tien-stappen', 1, 'R15');
  });

  it('R16: tien-stappen 2 gives each member three own slots, the inbrenger none', () => {
    expect(at('tien-stappen', 2).vragen).toEqual({
      state: 'open',
      roles: ['groepslid'],
      ownSlot: true,
    });
    expect(m('tien-stappen').regions.find((r) => r.id === 'vragen')).toMatchObject({
      slotsPerMember: 3,
      slotRoles: ['groepslid'],
    });
    expect(openFor('tien-stappen', 2, 'inbrenger')).toEqual([]);
    lists('tien-stappen', 2, 'R16');
  });

  it('R17: tien-stappen 3 locks the questions and lets only the inbrenger rate them', () => {
    expect(at('tien-stappen', 3).vragen?.state).toBe('locked');
    expect(actions('tien-stappen', 3, 'rate')).toEqual([
      { kind: 'rate', region: 'vragen', by: 'inbrenger', scale: 'warm-neutraal-koud' },
    ]);
    expect(openFor('tien-stappen', 3, 'groepslid')).toEqual([]);
    lists('tien-stappen', 3, 'R17');
  });

  it('R18: tien-stappen 4 and 5 keep member regions closed', () => {
    expect(openFor('tien-stappen', 4, 'groepslid')).toEqual([]);
    expect(openFor('tien-stappen', 5, 'groepslid')).toEqual([]);
    lists('tien-stappen', 4, 'R18');
    lists('tien-stappen', 5, 'R18');
  });

  it('R19: tien-stappen 6 is private for all, and reveals the members’ only', () => {
    expect(at('tien-stappen', 6).probleemstellingen).toEqual({
      state: 'open',
      roles: ['inbrenger', 'groepslid'],
      private: true,
      ownSlot: true,
    });
    expect(actions('tien-stappen', 6, 'reveal')).toMatchObject([
      { region: 'probleemstellingen', authors: ['groepslid'] },
    ]);
    lists('tien-stappen', 6, 'R19');
  });

  it('R20: tien-stappen 7 lets only the inbrenger rate the formulations', () => {
    expect(actions('tien-stappen', 7, 'rate')).toEqual([
      { kind: 'rate', region: 'probleemstellingen', by: 'inbrenger', scale: 'warm-neutraal-koud' },
    ]);
    expect(at('tien-stappen', 7).probleemstellingen?.state).toBe('locked');
    lists('tien-stappen', 7, 'R20');
  });

  it('R21: tien-stappen 8 reveals the inbrenger’s own formulation', () => {
    expect(actions('tien-stappen', 8, 'reveal')).toMatchObject([
      { region: 'probleemstellingen', authors: ['inbrenger'] },
    ]);
    expect(at('tien-stappen', 8).probleemstellingen?.state).toBe('revealed');
    lists('tien-stappen', 8, 'R21');
  });

  it('R22: tien-stappen 10 starts only with the inbrenger’s consent', () => {
    expect(actions('tien-stappen', 10, 'consent')).toEqual([{ kind: 'consent', by: 'inbrenger' }]);
    expect(actions('tien-stappen', 9, 'consent')).toEqual([]);
    lists('tien-stappen', 10, 'R22');
  });

  it('R23: viskom 1 seats binnengroep and buitengroep in the two circles', () => {
    expect(m('viskom').regions.find((r) => r.id === 'kom')?.kind).toBe('viskom');
    expect(openTo(at('viskom', 1).kom)).toEqual(['binnengroep', 'buitengroep']);
    lists('viskom', 1, 'R23');
  });

  it('R24: viskom 2 opens the three observation boxes to the buitengroep only', () => {
    expect(m('viskom').regions.find((r) => r.id === 'observaties')?.columns).toHaveLength(3);
    expect(openFor('viskom', 2, 'buitengroep')).toEqual(['observaties']);
    expect(openFor('viskom', 2, 'binnengroep')).toEqual([]);
    lists('viskom', 2, 'R24');
  });

  it('R25: viskom 3 lets only the buitengroep speak and closes the binnengroep', () => {
    expect(step('viskom', 3).speaks).toEqual(['buitengroep']);
    expect(openFor('viskom', 3, 'binnengroep')).toEqual([]);
    lists('viskom', 3, 'R25');
  });

  it('R26: viskom 4 opens the buitengroep’s reformulation at stage 0, the binnengroep’s at stage 1', () => {
    expect(step('viskom', 4).regions['herformulering-buiten']).toMatchObject({
      roles: ['buitengroep'],
      ownSlot: true,
    });
    expect(step('viskom', 4).regions['herformulering-binnen']).toMatchObject({
      roles: ['binnengroep'],
      stage: 1,
    });
    expect(openFor('viskom', 4, 'binnengroep', 0)).toEqual([]);
    expect(openFor('viskom', 4, 'binnengroep', 1)).toEqual(['herformulering-binnen']);
    lists('viskom', 4, 'R26');
  });

  it('R27: viskom 6 opens advice to the buitengroep, then the binnengroep marks it', () => {
    expect(openFor('viskom', 6, 'buitengroep')).toEqual(['adviezen']);
    expect(openFor('viskom', 6, 'binnengroep', 1)).toEqual([]);
    expect(actions('viskom', 6, 'vote')).toMatchObject([
      { region: 'adviezen', by: ['binnengroep'], stage: 1 },
    ]);
    lists('viskom', 6, 'R27');
  });

  it('R28: roddel 2 gives three slots per member and lets the inbrenger mark', () => {
    expect(m('roddel').regions.find((r) => r.id === 'vragen')).toMatchObject({
      slotsPerMember: 3,
      slotRoles: ['groepslid'],
    });
    expect(openFor('roddel', 2, 'groepslid')).toEqual(['vragen']);
    expect(actions('roddel', 2, 'mark-answered')).toMatchObject([{ by: 'inbrenger' }]);
    lists('roddel', 2, 'R28');
  });

  it('R29: roddel 3 closes the gossip to the inbrenger and gives them the notes alone', () => {
    expect(openFor('roddel', 3, 'inbrenger', 1)).toEqual(['notities']);
    expect(openFor('roddel', 3, 'groepslid', 1)).toEqual(['roddel', 'advies']);
    expect(step('roddel', 3).speaks).not.toContain('inbrenger');
    lists('roddel', 3, 'R29');
  });

  it('R30 and R31: post-it 1 is the inbrenger’s question, post-it 2 the members’ notes', () => {
    expect(openTo(at('post-it', 1).vraag)).toEqual(['inbrenger']);
    expect(openFor('post-it', 1, 'groepslid')).toEqual([]);
    expect(openFor('post-it', 2, 'groepslid')).toEqual(['tips']);
    expect(openFor('post-it', 2, 'inbrenger')).toEqual([]);
    lists('post-it', 1, 'R30');
    lists('post-it', 2, 'R31');
  });

  it('R32: wandeling forms pairs in 2 and starts the timer in 3', () => {
    expect(actions('wandeling', 2, 'form-pairs')).toEqual([{ kind: 'form-pairs', region: 'duos' }]);
    expect(actions('wandeling', 3, 'start-timer')).toEqual([{ kind: 'start-timer' }]);
    lists('wandeling', 2, 'R32');
    lists('wandeling', 3, 'R32');
  });

  it('R33: balint opens at most the current phase’s one region', () => {
    const b = m('balint');
    b.phases.forEach((p, i) => {
      const open = Object.entries(regionStatesAt(b, i, 0)).filter(([, s]) => s.state === 'open');
      expect(open.length, p.id).toBeLessThanOrEqual(1);
      open.forEach(([id]) => expect(p.regions[id], p.id).toBeDefined());
      expect(p.rules).toContain('R33');
    });
  });

  it('R34: balint 4 writes associations privately, then reveals them', () => {
    expect(at('balint', 4).associaties).toMatchObject({ state: 'open', private: true });
    expect(actions('balint', 4, 'reveal')).toMatchObject([{ region: 'associaties' }]);
    lists('balint', 4, 'R34');
  });

  it('R35: balint 8 states no attack and defence on the step card', () => {
    expect(step('balint', 8).card?.nl).toMatch(/aanval en verdediging/);
    lists('balint', 8, 'R35');
  });

  it('R36: vijf-vragen reveals one question at a time, in order', () => {
    for (let n = 1; n <= 5; n++) {
      const s = at('vijf-vragen', n);
      const states = [1, 2, 3, 4, 5].map((k) => s[`vraag-${k}`]?.state);
      expect(states).toEqual(
        [1, 2, 3, 4, 5].map((k) => (k < n ? 'locked' : k === n ? 'open' : 'hidden')),
      );
      lists('vijf-vragen', n, 'R36');
    }
  });

  it('R37: speed 5 lets only the inbrenger rate warm / lauw / koud', () => {
    expect(actions('speed', 5, 'rate')).toEqual([
      { kind: 'rate', region: 'probleem', by: 'inbrenger', scale: 'warm-lauw-koud' },
    ]);
    lists('speed', 5, 'R37');
  });

  it('R38: successen 1 has members note success factors privately', () => {
    expect(at('successen', 1).factoren).toEqual({
      state: 'open',
      roles: ['groepslid'],
      private: true,
    });
    lists('successen', 1, 'R38');
  });

  it('R39: successen 2 opens the two-column flip-over of own part and context', () => {
    const r = m('successen').regions.find((x) => x.id === 'succesfactoren')!;
    expect(r.kind).toBe('columns');
    expect(r.columns).toHaveLength(2);
    expect(at('successen', 2).succesfactoren?.state).toBe('open');
    lists('successen', 2, 'R39');
  });

  it('R40: successen opens vondsten first in phase 3', () => {
    expect([1, 2, 3].map((n) => at('successen', n).vondsten?.state)).toEqual([
      'upcoming',
      'upcoming',
      'open',
    ]);
    lists('successen', 3, 'R40');
  });

  it('R41: the first meeting ends with the verslag, left to the record module', () => {
    const last = m('eerste-bijeenkomst').phases.at(-1)!;
    expect(last.rules).toEqual(['R41']);
    expect(openTo(last.regions.verslag)).toEqual(['gespreksleider']);
  });

  it('lists every rule R1–R41 somewhere in the catalog', () => {
    const listed = new Set(methods.all.flatMap((x) => x.phases.flatMap((p) => p.rules)));
    expect([...Array(41)].map((_, i) => `R${i + 1}`).filter((r) => !listed.has(r))).toEqual([]);
  });
});
