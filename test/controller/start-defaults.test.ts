// startSession's input: default roles, a layout participant's role carried over, names in errors.
import { describe, expect, it } from 'vitest';
import { generateTemplate } from '../../src/board/generate';
import { startSession } from '../../src/controller/session';
import type { StartInput } from '../../src/controller/session';
import { createSimulatedMiro } from '../../src/miro/simulator/index';

const people = [
  { id: 'u-fac', name: 'Facilitator' },
  { id: 'u-ann', name: 'Ann', role: 'inbrenger' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
];

async function open(method: string, extra: Partial<StartInput> = {}, list = people) {
  const miro = createSimulatedMiro({ users: list.map(({ id, name }) => ({ id, name })) });
  const sessionId = `s-${method}`;
  const made = await generateTemplate(
    miro,
    {
      methodId: method,
      participants: list,
      options: { date: '2026-01-05', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  expect(made.ok).toBe(true);
  return startSession(miro, {
    template: { sessionId, map: made.map },
    method,
    participants: list,
    facilitatorId: 'u-fac',
    ...extra,
  });
}

describe('startSession defaults', () => {
  it('gives members groepslid, the facilitator gespreksleider and keeps a participant role', async () => {
    const opened = await open('tien-stappen');
    if (!opened.ok) throw new Error(opened.error.message.en);
    expect(opened.handle.state().roles).toEqual({
      'u-fac': ['gespreksleider'],
      'u-ann': ['inbrenger'],
      'u-bob': ['groepslid'],
      'u-cas': ['groepslid'],
    });
    expect(opened.handle.state().participants.every((p) => p.onMiro)).toBe(true);
    expect((await opened.handle.start()).ok).toBe(true);
  });

  it('makes the facilitator a member when someone else chairs', async () => {
    const opened = await open('tien-stappen', { roles: { 'u-bob': ['gespreksleider'] } });
    if (!opened.ok) throw new Error(opened.error.message.en);
    expect(opened.handle.state().roles['u-fac']).toEqual(['groepslid']);
    expect(opened.handle.state().roles['u-bob']).toEqual(['gespreksleider']);
  });

  it('keeps onMiro: false for a person in the room', async () => {
    const list = people.map((p) => (p.id === 'u-cas' ? { ...p, onMiro: false } : p));
    const opened = await open('post-it', {}, list);
    if (!opened.ok) throw new Error(opened.error.message.en);
    expect(opened.handle.state().participants.find((p) => p.id === 'u-cas')?.onMiro).toBe(false);
  });

  it('refuses an unknown role id, naming the role and the person', async () => {
    const opened = await open('post-it', { roles: { 'u-bob': ['nonsense'] } });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.message.nl).toContain('Onbekende rol "nonsense" voor Bob.');
    expect(opened.error.message.en).toContain('Unknown role "nonsense" for Bob.');
  });

  it('refuses roles for someone who is not a participant, naming the id', async () => {
    const opened = await open('post-it', { roles: { Ghost: ['groepslid'] } });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.message.nl).toContain('"Ghost"');
    expect(opened.error.message.en).toContain('"Ghost"');
  });

  it('refuses an unknown role on a participant', async () => {
    const list = people.map((p) => (p.id === 'u-bob' ? { ...p, role: 'nonsense' } : p));
    const opened = await open('post-it', {}, list);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.message.nl).toContain('Onbekende rol "nonsense" voor Bob.');
  });

  it('names a duplicate participant id and an empty name', async () => {
    const miro = createSimulatedMiro();
    const dup = await startSession(miro, {
      template: { sessionId: 'dup' },
      method: 'post-it',
      participants: [...people, { id: 'u-bob', name: 'Bobby' }],
      facilitatorId: 'u-fac',
    });
    expect(!dup.ok && dup.error.message.en).toContain('"u-bob"');
    const empty = await startSession(miro, {
      template: { sessionId: 'empty' },
      method: 'post-it',
      participants: [...people, { id: 'u-x', name: '  ' }],
      facilitatorId: 'u-fac',
    });
    expect(!empty.ok && empty.error.message.en).toContain('"u-x"');
  });
});
