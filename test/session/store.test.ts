import { describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';
import type { CollectionLike, Json } from '../../src/miro/types';
import { migrate } from '../../src/session/envelope';
import {
  applyWithRetry,
  COLLECTION,
  commit,
  loadSession,
  makePointer,
  readPointer,
  resetToPhase,
  sessionKey,
} from '../../src/session/store';
import type { Loaded } from '../../src/session/store';
import { allMethods, at, methodById, seeded } from './fixtures';

const m = methodById('incident-casus');
const lookup = (id: string) => allMethods.find((x) => x.id === id);

function collectionWith(value: unknown): CollectionLike {
  const sim = createSimulatedMiro();
  const c = sim.board.storage.collection(COLLECTION);
  if (value !== undefined) void c.set(sessionKey('s1'), value as Json);
  return c;
}
const load = (value: unknown) => loadSession(collectionWith(value), 's1', lookup);
const good = () => JSON.parse(JSON.stringify(at(m, 2))) as Record<string, unknown>;
const envelope = (state: unknown) => ({ version: 1, rev: 3, writer: 'x', state });
const codes = (r: Loaded) => (r.ok ? r.repairs.map((x) => x.code) : [r.error.code]);

function expectError(r: Loaded, code: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message.nl.length).toBeGreaterThan(10);
  expect(r.error.message.en.length).toBeGreaterThan(10);
  expect(r.recover.length).toBeGreaterThan(0);
}

describe('loadSession: corrupt stored state', () => {
  it('reports a missing session', async () => expectError(await load(undefined), 'not-found'));
  it('reports non-JSON junk', async () => expectError(await load('{"state": [tru'), 'not-json'));
  it('reports a value that is not an object', async () => {
    expectError(await load(42), 'not-object');
    expectError(await load([1, 2]), 'not-object');
  });
  it('reports an envelope without a state', async () =>
    expectError(await load({ version: 1, rev: 2 }), 'no-state'));
  it('reports a session from a newer app version and offers a retry', async () => {
    const r = await load({ ...envelope(good()), version: 99 });
    expectError(r, 'future-version');
    expect(!r.ok && r.recover).toEqual(['retry']);
  });
  it('reports an unknown method and keeps the participants to start anew', async () => {
    const r = await load(envelope({ ...good(), methodId: 'schaken' }));
    expectError(r, 'unknown-method');
    expect(!r.ok && r.salvage.participants?.length).toBe(3);
  });
  it('reports a session without participants', async () =>
    expectError(await load(envelope({ ...good(), participants: [] })), 'no-participants'));
  it('reports a read failure as retryable', async () => {
    const broken = { get: () => Promise.reject(new Error('net')) } as unknown as CollectionLike;
    const r = await loadSession(broken, 's1', lookup);
    expectError(r, 'read-failed');
  });

  it('reads a missing version as 0 and migrates it', async () => {
    const { version: _v, ...rest } = envelope(good());
    const r = await load(rest);
    expect(r.ok && r.state.phaseIndex).toBe(2);
    expect(codes(r)).toEqual(['version-missing']);
  });
  it('wraps a bare v0 state and renames its `phase`', async () => {
    const { phaseIndex, ...v0 } = good();
    const r = await load({ ...v0, phase: phaseIndex });
    expect(r.ok && r.state.phaseIndex).toBe(2);
    expect(codes(r)).toEqual(['bare-state']);
  });
  it('parses a session stored as a JSON string', async () => {
    const r = await load(JSON.stringify(envelope(good())));
    expect(r.ok && r.rev).toBe(3);
    expect(codes(r)).toEqual(['json-string']);
  });
  it('clamps a phase out of range to the last phase', async () => {
    const r = await load(envelope({ ...good(), phaseIndex: 99 }));
    expect(r.ok && r.state.phaseIndex).toBe(m.phases.length - 1);
    expect(codes(r)).toEqual(['phase-clamped']);
  });
  it('clamps a stage beyond the phase’s stages', async () => {
    const r = await load(envelope({ ...good(), stage: 7 }));
    expect(r.ok && r.state.stage).toBe(0);
    expect(codes(r)).toEqual(['stage-clamped']);
  });
  it('drops unknown roles and roles of unknown people', async () => {
    const s = good();
    const r = await load(
      envelope({
        ...s,
        roles: { ...(s.roles as object), p1: ['inbrenger', 'koning'], ghost: ['groepslid'] },
      }),
    );
    expect(r.ok && r.state.roles).toEqual({
      p1: ['inbrenger'],
      p2: ['groepslid'],
      p3: ['groepslid'],
    });
    expect(codes(r)).toEqual(['role-dropped', 'role-owner-dropped']);
  });
  it('defaults missing optional fields without complaint', async () => {
    const {
      consent: _c,
      revealed: _r,
      lastInbrengerIds: _l,
      round: _o,
      endedAt: _e,
      ...rest
    } = good();
    const r = await load(envelope(rest));
    expect(r.ok && r.state).toMatchObject({
      consent: [],
      revealed: [],
      lastInbrengerIds: [],
      round: 0,
      endedAt: null,
    });
    expect(codes(r)).toEqual([]);
  });
  it('keeps a paused timer and drops an unreadable one', async () => {
    const timer = { pausedAt: 5_000, extraMs: 60_000 };
    const kept = await load(envelope({ ...good(), timer }));
    expect(kept.ok && kept.state.timer).toEqual(timer);
    expect(codes(kept)).toEqual([]);
    const broken = await load(envelope({ ...good(), timer: { pausedAt: 'gisteren' } }));
    expect(broken.ok && broken.state.timer).toBeUndefined();
    expect(codes(broken)).toContain('field-dropped');
  });

  it('restores an unreadable status from the timestamps', async () => {
    const r = await load(envelope({ ...good(), status: 'paused' }));
    expect(r.ok && r.state.status).toBe('running');
    expect(codes(r)).toEqual(['status-reset']);
  });
  it('drops duplicate participants and names a nameless one by id', async () => {
    const s = good();
    const ps = s.participants as { id: string }[];
    const r = await load(
      envelope({ ...s, participants: [...ps.slice(0, 2), { id: 'p3', onMiro: false }, ps[0]] }),
    );
    expect(r.ok && r.state.participants.map((p) => p.name)).toEqual(['Ann', 'Bob', 'p3']);
    expect(codes(r)).toEqual(['name-defaulted', 'participant-dropped']);
  });
  it('chooses a facilitator again when the stored one is gone, and drops unknown fields', async () => {
    const r = await load(envelope({ ...good(), facilitatorId: 'ghost', frames: { a: 1 } }));
    expect(r.ok && r.state.facilitatorId).toBe('p1');
    expect(codes(r)).toEqual(['facilitator-reset', 'field-dropped']);
  });
  it('drops unreadable consent and reveal records', async () => {
    const r = await load(envelope({ ...good(), consent: [{ phaseIndex: 'x' }], revealed: 'all' }));
    expect(r.ok && r.state.consent).toEqual([]);
    expect(codes(r)).toEqual(['records-dropped', 'records-dropped']);
  });
  it('offers a way on: resetToPhase syncs every region for the chosen phase', async () => {
    const r = await load(envelope({ ...good(), phaseIndex: 99 }));
    if (!r.ok) throw new Error('load');
    const reset = resetToPhase(m, r.state, 1, 5_000);
    expect(reset.state).toMatchObject({
      phaseIndex: 1,
      stage: 0,
      status: 'running',
      phaseStartedAt: 5_000,
    });
    const sync = reset.effects[0];
    expect(sync?.type === 'sync-regions' && Object.keys(sync.states)).toEqual(
      m.regions.map((x) => x.id),
    );
  });
});

describe('migrate and pointer', () => {
  it('brings a v0 envelope to the current version with revision 0', () => {
    expect(migrate({ version: 0, state: { phase: 2 } })).toEqual({
      version: 1,
      rev: 0,
      writer: '',
      state: { phaseIndex: 2 },
    });
  });
  it('keeps the app-data pointer small and reads only a well-formed one', () => {
    expect(
      new TextEncoder().encode(JSON.stringify(makePointer('s'.repeat(80)))).length,
    ).toBeLessThanOrEqual(512);
    expect(readPointer(makePointer('abc'))).toBe('abc');
    expect(readPointer({ v: 2, active: 'abc' })).toBeNull();
    expect(readPointer({ v: 1, active: 'x'.repeat(600) })).toBeNull();
    expect(readPointer('abc')).toBeNull();
  });
});

describe('commit and applyWithRetry: two facilitators at once', () => {
  async function shared() {
    const sim = createSimulatedMiro();
    const a = sim.board.storage.collection(COLLECTION);
    const b = sim.as('u-ann').board.storage.collection(COLLECTION);
    const first = await commit(a, 's1', 0, at(m, 1), { writer: 'u-fac', random: seeded(1) });
    expect(first).toEqual({ ok: true, rev: 1 });
    return { a, b };
  }
  const ctxFor = (writer: string, seed: number) => ({ now: 2_000, random: seeded(seed), writer });

  it('refuses a write against an old revision', async () => {
    const { a } = await shared();
    expect(await commit(a, 's1', 0, at(m, 3), { writer: 'u-fac', random: seeded() })).toEqual({
      ok: false,
      conflict: true,
    });
  });

  it('reports a conflict to the writer whose value was overwritten before its read-back', async () => {
    const { a, b } = await shared();
    const both = await Promise.all([
      commit(a, 's1', 1, at(m, 2), { writer: 'u-fac', random: seeded(2) }),
      commit(b, 's1', 1, at(m, 3), { writer: 'u-ann', random: seeded(3) }),
    ]);
    expect(both).toEqual([
      { ok: false, conflict: true },
      { ok: true, rev: 2 },
    ]);
  });

  it('ends in one phase when both press next: one wins, the other’s stale next is dropped', async () => {
    const { a, b } = await shared();
    const [x, y] = await Promise.all([
      applyWithRetry(a, 's1', m, { type: 'next' }, ctxFor('u-fac', 2)),
      applyWithRetry(b, 's1', m, { type: 'next' }, ctxFor('u-ann', 3)),
    ]);
    expect([x.ok, y.ok].filter(Boolean)).toHaveLength(1);
    expect([x, y].filter((r) => !r.ok && r.dropped)).toHaveLength(1);
    const stored = await loadSession(a, 's1', lookup);
    expect(stored.ok && [stored.state.phaseIndex, stored.rev]).toEqual([2, 2]);
  });

  it('re-applies a non-moving event on top of the winner’s next', async () => {
    const { a, b } = await shared();
    const [x, y] = await Promise.all([
      applyWithRetry(a, 's1', m, { type: 'next' }, ctxFor('u-fac', 2)),
      applyWithRetry(
        b,
        's1',
        m,
        { type: 'assign', participantId: 'p3', roles: ['groepslid', 'gespreksleider'] },
        ctxFor('u-ann', 3),
      ),
    ]);
    expect(x.ok && y.ok).toBe(true);
    const stored = await loadSession(a, 's1', lookup);
    expect(stored.ok && stored.state.phaseIndex).toBe(2);
    expect(stored.ok && stored.state.roles.p3).toEqual(['groepslid', 'gespreksleider']);
  });

  it('drops a next pressed on a screen that showed an older phase', async () => {
    const { a } = await shared();
    const seenAt = { status: 'running' as const, phaseIndex: 0, stage: 0, round: 0 };
    const r = await applyWithRetry(a, 's1', m, { type: 'next' }, { ...ctxFor('u-fac', 2), seenAt });
    expect(r.ok === false && r.dropped).toBe(true);
  });

  it('passes an error value through instead of writing', async () => {
    const { a } = await shared();
    const r = await applyWithRetry(a, 's1', m, { type: 'goto', phaseIndex: 5 }, ctxFor('u-fac', 2));
    expect(!r.ok && !r.dropped && r.error.code).toBe('needs-confirmation');
    const stored = await loadSession(a, 's1', lookup);
    expect(stored.ok && stored.rev).toBe(1);
  });
});
