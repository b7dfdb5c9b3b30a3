// @vitest-environment happy-dom
// De sessie leiden: the facilitator's view over the session engine.
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import type { RatingValue } from '../../src/guard/rating';
import { LeadView } from '../../src/panel/views/LeadView';
import { mmss } from '../../src/panel/views/TimerBar';
import { fakeController, team } from './fake-controller';
import { mount } from './helpers';
import type { Harness } from './helpers';

const tien = methods.byId('tien-stappen')!;
let h: Harness | null = null;
afterEach(() => h?.unmount());

function lead(phaseIndex = 0, lang: 'nl' | 'en' = 'nl') {
  const c = fakeController(tien, team(5), phaseIndex);
  const rated: RatingValue[] = [];
  const reports: string[] = [];
  h = mount(
    <LeadView
      lang={lang}
      method={tien}
      controller={c}
      now={() => 0}
      onRate={async (r) => (rated.push(r), { ok: true })}
      onReport={(k) => void reports.push(k)}
    />,
  );
  return { c, p: h, rated, reports };
}

const consentPhase = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'consent'));
const ratePhase = tien.phases.findIndex((p) => p.actions.some((a) => a.kind === 'rate'));

describe('LeadView', () => {
  it('shows the step, the instruction, who speaks, what is open and what is bewaakt', () => {
    const { p } = lead();
    expect(p.$('[data-fact="step"]').textContent).toBe(
      `${tien.name.nl} · Stap 1 van ${tien.phases.length}`,
    );
    expect(p.$('[data-fact="instruction"]').textContent).toBe(tien.phases[0]!.instruction.nl);
    expect(p.text()).toContain('Aan het woord');
    expect(p.text()).toContain('Open nu');
    expect(p.text()).toContain('Bewaakt');
    expect(p.$('[role="timer"]').textContent).toContain('04:12');
  });

  it('moves on with Volgende and back with Vorige', async () => {
    const { c, p } = lead();
    await p.click('[data-action="next"]');
    expect(c.state().phaseIndex).toBe(1);
    expect(p.$('#ip-h-lead').textContent).toBe(tien.phases[1]!.title.nl);
    await p.click('[data-action="previous"]');
    expect(c.state().phaseIndex).toBe(0);
  });

  it('asks the inbrenger’s yes in the panel before a phase that needs consent (R22)', async () => {
    const { c, p } = lead(consentPhase - 1);
    await p.click('[data-action="next"]');
    expect(c.state().phaseIndex).toBe(consentPhase - 1);
    expect(p.$('[data-part="confirm"]').textContent).toContain(
      `Stemt Anna in met: ${tien.phases[consentPhase]!.title.nl}?`,
    );
    await p.click('[data-part="confirm"] [data-action="confirm"]');
    expect(c.state().phaseIndex).toBe(consentPhase);
    expect(c.events.map((e) => e.type)).toEqual(['consent', 'next']);
  });

  it('asks for confirmation before jumping over phases with Ga naar…', async () => {
    const { c, p } = lead();
    await p.click('[data-action="goto"]');
    await p.click('[data-goto="3"]');
    expect(c.state().phaseIndex).toBe(0);
    expect(p.$('[data-part="confirm"]').textContent).toContain('Hiermee sla je over');
    await p.click('[data-part="confirm"] [data-action="confirm"]');
    expect(c.state().phaseIndex).toBe(3);
  });

  it('cancels a jump and leaves the session where it was', async () => {
    const { c, p } = lead();
    await p.click('[data-action="goto"]');
    await p.click('[data-goto="4"]');
    await p.click('[data-part="confirm"] [data-action="cancel"]');
    expect(c.state().phaseIndex).toBe(0);
    expect(p.has('[data-part="confirm"]')).toBe(false);
  });

  it('shows the rating tray with symbol, word and colour when a rating phase is on', async () => {
    const { p, rated } = lead(ratePhase);
    const stickers = p.$$('[data-part="tray"] .miro-draggable');
    expect(stickers.map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '+ warm',
      '0 neutraal',
      '− koud',
    ]);
    expect(stickers.map((s) => s.className)).toEqual([
      'miro-draggable ip-sticker ip-sticker-warm',
      'miro-draggable ip-sticker ip-sticker-neutraal',
      'miro-draggable ip-sticker ip-sticker-koud',
    ]);
    await p.click('[data-rate="koud"]');
    expect(rated).toEqual(['koud']);
    expect(p.$('[data-part="tray"] [role="status"]').textContent).toBe('Gewaardeerd: koud.');
  });

  it('shows who is done and reveals with or without names in a private-writing phase', async () => {
    const successen = methods.byId('successen')!;
    const at = successen.phases.findIndex((ph) => ph.actions.some((a) => a.kind === 'reveal'));
    const c = fakeController(successen, team(5), at);
    const p = (h = mount(
      <LeadView
        lang="nl"
        method={successen}
        controller={c}
        onRate={async () => ({ ok: true })}
        onReport={() => undefined}
      />,
    ));
    c.progress = { done: 3, total: 5 };
    c.push({ message: { nl: '2 notities naar de parkeerplaats (Bram, Chris)', en: '2 notes' } });
    await p.until(() => p.has('[data-fact="done"]'));
    expect(p.$('[data-fact="done"]').textContent).toBe('3 van 5 klaar');
    expect(p.$('[data-fact="activity"]').textContent).toBe(
      'Activiteit: 2 notities naar de parkeerplaats (Bram, Chris)',
    );
    await p.click('[data-reveal="without"]');
    expect(c.events.at(-1)).toMatchObject({ type: 'reveal', names: 'without' });
    expect(c.state().revealed).toHaveLength(1);
    expect(p.has('[data-part="reveal"]')).toBe(false);
  });

  it('finishes after a confirm step and offers the report actions', async () => {
    const { c, p, reports } = lead();
    await p.click('.ip-footer [data-action="finish"]');
    await p.click('[data-part="confirm"] [data-action="confirm"]');
    expect(c.state().status).toBe('ended');
    await p.click('[data-report="download"]');
    expect(reports).toEqual(['download']);
  });

  it('pauses, resumes and adds a minute through the controller, so every panel shows the same', async () => {
    const { c, p } = lead();
    await p.click('[data-timer="pause"]');
    expect(c.state().timer?.pausedAt).not.toBeNull();
    expect(p.$('[data-timer="resume"]').textContent).toBe('Verder');
    await p.click('[data-timer="plus"]');
    expect(p.$('[role="timer"]').textContent).toContain('05:12');
    await p.click('[data-timer="resume"]');
    expect(
      c.events.filter((e) => e.type === 'timer').map((e) => e.type === 'timer' && e.action),
    ).toEqual(['pause', 'prolong', 'resume']);
    expect(p.has('[data-timer="pause"]')).toBe(true);
  });

  it('keeps its own pause and minute when the controller cannot store them', async () => {
    const c = fakeController(tien, team(5));
    delete c.pauseTimer;
    delete c.resumeTimer;
    delete c.prolongTimer;
    const p = (h = mount(
      <LeadView
        lang="nl"
        method={tien}
        controller={c}
        now={() => 0}
        onRate={async () => ({ ok: true })}
        onReport={() => undefined}
      />,
    ));
    await p.click('[data-timer="pause"]');
    expect(p.has('[data-timer="resume"]')).toBe(true);
    await p.click('[data-timer="plus"]');
    expect(p.$('[role="timer"]').textContent).toContain('05:12');
    expect(c.events).toEqual([]);
  });

  it('formats the timer as mm:ss', () => {
    expect([mmss(0), mmss(59_001), mmss(252_000), mmss(3_600_000)]).toEqual([
      '00:00',
      '01:00',
      '04:12',
      '60:00',
    ]);
  });
});
