// @vitest-environment happy-dom
// R22 in the panels: the inbrenger agrees in their own panel, or the facilitator on their behalf.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { JoinView } from '../../src/panel/views/JoinView';
import { LeadView } from '../../src/panel/views/LeadView';
import type { FakeController } from './fake-controller';
import { fakeController, team } from './fake-controller';
import { mount } from './helpers';
import type { Harness } from './helpers';

const tien = methods.byId('tien-stappen')!;
const consentPhase = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'consent'));
let h: Harness | null = null;
afterEach(() => h?.unmount());

const lead = (c: FakeController, lang: 'nl' | 'en' = 'nl') =>
  mount(
    <LeadView
      lang={lang}
      method={tien}
      controller={c}
      now={() => 0}
      onRate={async () => ({ ok: true })}
      onReport={() => undefined}
    />,
  );

const join = (c: FakeController, id: string, name: string, lang: 'nl' | 'en' = 'nl') =>
  mount(
    <JoinView
      lang={lang}
      method={tien}
      controller={c}
      participantId={id}
      participantName={name}
      onRate={async () => ({ ok: true })}
    />,
  );

describe('consent (R22)', () => {
  it('records the facilitator’s click on the inbrenger’s behalf and shows "namens Anna"', async () => {
    const c = fakeController(tien, team(5), consentPhase - 1);
    h = lead(c);
    await h.click('[data-action="next"]');
    await h.click('[data-part="confirm"] [data-action="confirm"]');
    expect(c.state().phaseIndex).toBe(consentPhase);
    expect(c.state().consent[0]).toMatchObject({ by: 'p0', for: 'p1' });
    expect(h.$('[data-fact="consent"]').textContent).toContain('Fleur namens Anna');
  });

  it('gives the inbrenger a consent button in their own panel; Volgende then asks nothing', async () => {
    const c = fakeController(tien, team(5), consentPhase - 1);
    h = join(c, 'p1', 'Anna');
    const button = h.$('[data-action="consent"]');
    expect(button.textContent).toBe(`Ik wil verder met stap ${consentPhase + 1}`);
    await h.click('[data-action="consent"]');
    expect(c.events.at(-1)).toEqual({ type: 'consent', by: 'p1' });
    expect(h.has('[data-action="consent"]')).toBe(false);
    h.unmount();
    h = lead(c);
    expect(h.$('[data-fact="consent"]').textContent).toContain('Anna');
    expect(h.$('[data-fact="consent"]').textContent).not.toContain('namens');
    await h.click('[data-action="next"]');
    expect(h.has('[data-part="confirm"]')).toBe(false);
    expect(c.state().phaseIndex).toBe(consentPhase);
  });

  it('shows the button in English and not to a member', () => {
    const c = fakeController(tien, team(5), consentPhase - 1);
    h = join(c, 'p1', 'Anna', 'en');
    expect(h.$('[data-action="consent"]').textContent).toBe(
      `I want to go on to step ${consentPhase + 1}`,
    );
    h.unmount();
    h = join(c, 'p2', 'Bram');
    expect(h.has('[data-action="consent"]')).toBe(false);
  });
});
