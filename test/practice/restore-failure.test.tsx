// @vitest-environment happy-dom
// A saved practice board that cannot be restored is kept as a backup, autosave waits for the
// user's choice, and the page says so in the panel's language.
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulatedMiro } from '../../src/miro/simulator';
import { App } from '../../src/practice/app';
import { createPractice, STORAGE_KEY } from '../../src/practice/practice';
import { usersFor } from '../../src/practice/users';
import { mount } from '../panel/helpers';
import type { Harness } from '../panel/helpers';

const BROKEN = '{"v":1,"items":[ this is not json';
let h: Harness | null = null;
afterEach(() => {
  h?.unmount();
  localStorage.clear();
});

const backups = () =>
  Object.keys(localStorage).filter((k) => k.startsWith(`${STORAGE_KEY}.backup-`));

async function broken(text = BROKEN) {
  localStorage.setItem(STORAGE_KEY, text);
  return createPractice({ users: usersFor(), storage: localStorage });
}

/** A saved board whose sticky lies in a frame the saved state does not hold. */
async function lostFrame(): Promise<string> {
  const sim = createSimulatedMiro();
  await sim.board.createFrame({ x: 0, y: 0, width: 400, height: 300 });
  sim.act.create('sticky_note', { x: 10, y: 10 });
  const state = sim.inspect.saveState();
  return JSON.stringify({ v: 2, state: { ...state, items: state.items.slice(1) } });
}

describe('practice board: a failed restore', () => {
  it('copies the saved text to a backup key and names it', async () => {
    const practice = await broken();
    expect(backups()).toHaveLength(1);
    expect(localStorage.getItem(backups()[0]!)).toBe(BROKEN);
    expect(practice.problem?.backupKey).toBe(backups()[0]);
  });

  it('refuses a saved state that does not hold together: an empty board and the same backup', async () => {
    const text = await lostFrame();
    const practice = await broken(text);
    expect(practice.sim.inspect.items()).toEqual([]);
    expect(practice.restored).toBeUndefined();
    expect(localStorage.getItem(practice.problem!.backupKey!)).toBe(text);
    h = mount(<App practice={practice} boardOnly={false} onReset={() => undefined} />);
    await h.until(() => h!.has('[data-part="restore-problem"]'));
    expect(h.$('[data-part="restore-problem"]').textContent).toContain('kon niet worden hersteld');
  });

  it('keeps the saved board until the user chooses, then saves again', async () => {
    const practice = await broken();
    practice.save();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(BROKEN);
    practice.resume();
    practice.save();
    expect(localStorage.getItem(STORAGE_KEY)).not.toBe(BROKEN);
    expect(localStorage.getItem(backups()[0]!)).toBe(BROKEN);
  });

  it('says where the backup is, in Dutch, and "Opnieuw beginnen" resumes saving', async () => {
    const practice = await broken();
    h = mount(<App practice={practice} boardOnly={false} onReset={() => undefined} />);
    await h.until(() => h!.has('[data-part="restore-problem"]'));
    const alert = h.$('[data-part="restore-problem"]');
    expect(alert.textContent).toContain('kon niet worden hersteld');
    expect(alert.textContent).toContain(practice.problem!.backupKey!);
    await h.click('[data-action="restart"]');
    expect(h.has('[data-part="restore-problem"]')).toBe(false);
    expect(h.text()).toContain(practice.problem!.backupKey!);
    practice.save();
    expect(localStorage.getItem(STORAGE_KEY)).not.toBe(BROKEN);
  });

  it('gives the message in English when the panel is in English', async () => {
    const practice = await broken();
    h = mount(<App practice={practice} lang="en" onReset={() => undefined} />);
    await h.until(() => h!.has('[data-part="restore-problem"]'));
    expect(h.$('[data-part="restore-problem"]').textContent).toContain('could not be restored');
    expect(h.$('[data-action="restart"]').textContent).toBe('Start over');
    expect(h.$('[role="application"]').getAttribute('aria-label')).toMatch(/^Practice board/);
  });

  it('follows the panel’s language switch', async () => {
    const practice = await broken();
    h = mount(<App practice={practice} onReset={() => undefined} />);
    await h.until(() => h!.has('[data-action="lang"]'), 'the panel');
    await h.click('[data-action="lang"]');
    await h.until(() => h!.$('[data-part="restore-problem"]').textContent!.includes('Start over'));
    expect(h.$('[role="application"]').getAttribute('aria-label')).toMatch(/^Practice board/);
    expect(h.$('[data-testid="fit"]').textContent).toBe('Fit');
  });
});
