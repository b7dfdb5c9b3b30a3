// @vitest-environment happy-dom
// Custom methods start from "Exporteer deze methode als JSON" on a card, or from the example in
// docs/: both go through the custom import, and the example goes on the board and runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import type { Method } from '../../src/catalog/schema';
import { createSimulatedMiro } from '../../src/miro/simulator/index';
import { checkCustom } from '../../src/panel/catalog';
import { exportMethodFile } from '../../src/panel/export';
import { mountPanel } from '../../src/panel/mount';
import { MethodCard } from '../../src/panel/views/MethodCard';
import { mount, seeded } from './helpers';
import type { Harness } from './helpers';

const EXAMPLE = readFileSync(join(process.cwd(), 'docs/custom-method.example.json'), 'utf8');
let h: Harness | null = null;
afterEach(() => h?.unmount());

function card(method: Method, saved: { name: string; text: string }[], lang: 'nl' | 'en' = 'nl') {
  h = mount(
    <MethodCard
      lang={lang}
      method={method}
      minutes={15}
      reason="—"
      custom={false}
      open
      onToggle={() => undefined}
      onUse={() => undefined}
      onExport={() => exportMethodFile(method, (name, text) => void saved.push({ name, text }))}
    />,
  );
  return h;
}

describe('the example custom method (docs/custom-method.example.json)', () => {
  it('parses with the custom import', () => {
    const r = methods.parseCustom(EXAMPLE);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok && r.method.id).toBe('spiegelronde');
  });

  it('is taken by the panel’s import: its id is not a built-in one', async () => {
    const r = await checkCustom(EXAMPLE, [], 'nl');
    expect(r.ok ? r.method.phases.map((p) => p.id) : r.problems).toEqual([
      'vraag',
      'spiegelen',
      'waarderen',
      'stap',
    ]);
  });

  it('goes on the board from the import screen and runs its first phase', async () => {
    const sim = createSimulatedMiro();
    h = mount();
    mountPanel(sim, h.root, { random: seeded(4), now: () => sim.clock.now() });
    const p = h;
    await p.until(() => p.has('[data-action="import"]'));
    await p.click('[data-action="import"]');
    await p.type('#ip-import-text', EXAMPLE);
    await p.click('[data-action="check"]');
    await p.until(() => p.has('[data-screen="import"] [data-action="use"]'), 'the import');
    await p.click('[data-screen="import"] [data-action="use"]');
    await p.until(() => p.$$('[data-list="online"] input').length > 0, 'online users');
    await p.click('[data-action="draw"]');
    await p.click('[data-action="to-board"]');
    await p.until(() => p.has('[data-action="generate"]'));
    await p.click('[data-action="generate"]');
    await p.until(() => p.has('[data-action="start"]'), 'the ready view');
    await p.click('[data-action="start"]');
    await p.until(() => p.has('[data-fact="step"]'), 'step 1');
    expect(p.$('[data-fact="step"]').textContent).toBe('Spiegelronde · Stap 1 van 4');
    const frames = sim.inspect
      .items()
      .filter((i) => i.type === 'frame')
      .map((i) => (i as { title?: string }).title ?? '');
    for (const title of ['De vraag', 'Wat ik hoor', 'Mijn volgende stap'])
      expect(frames.some((f) => f.includes(title))).toBe(true);
  });
});

describe('Exporteer deze methode als JSON', () => {
  it('saves <id>.json with methods.exportJson and shows the same JSON to copy', async () => {
    const postIt = methods.byId('post-it')!;
    const saved: { name: string; text: string }[] = [];
    const p = card(postIt, saved);
    expect(p.$('[data-action="export"]').textContent).toBe('Exporteer deze methode als JSON');
    await p.click('[data-action="export"]');
    await p.until(() => p.has('[data-part="export"]'), 'the exported JSON');
    expect(saved).toEqual([{ name: 'post-it.json', text: methods.exportJson(postIt) }]);
    expect((p.$('[data-part="export"]') as HTMLTextAreaElement).value).toBe(saved[0]!.text);
    expect(p.$('[role="status"]').textContent).toContain('Gedownload als post-it.json');
  });

  it('still shows the JSON to copy when the download fails', async () => {
    const tien = methods.byId('tien-stappen')!;
    h = mount(
      <MethodCard
        lang="en"
        method={tien}
        minutes={75}
        reason="—"
        custom={false}
        open
        onToggle={() => undefined}
        onUse={() => undefined}
        onExport={() =>
          exportMethodFile(tien, () => {
            throw new Error('blocked');
          })
        }
      />,
    );
    const p = h;
    expect(p.$('[data-action="export"]').textContent).toBe('Export this method as JSON');
    await p.click('[data-action="export"]');
    await p.until(() => p.has('[data-part="export"]'), 'the exported JSON');
    expect(p.$('[role="status"]').textContent).toContain('The download did not work');
    expect((p.$('[data-part="export"]') as HTMLTextAreaElement).value).toBe(
      methods.exportJson(tien),
    );
  });

  it('gives JSON that imports as a custom method once it has its own id', async () => {
    const saved: { name: string; text: string }[] = [];
    const p = card(methods.byId('roddel')!, saved);
    await p.click('[data-action="export"]');
    await p.until(() => saved.length === 1, 'the export');
    const same = await checkCustom(saved[0]!.text, [], 'nl');
    expect(same.ok ? 'ok' : same.problems.map((x) => x.code)).toEqual(['id-clash']);
    const mine = JSON.parse(saved[0]!.text) as Method;
    mine.id = 'mijn-roddel';
    mine.name = { nl: 'Mijn roddel', en: 'My gossip' };
    const r = await checkCustom(JSON.stringify(mine), [], 'nl');
    expect(r.ok && r.method).toEqual({ ...methods.byId('roddel')!, ...mine });
  });

  it('is on every card of the list', async () => {
    h = mount();
    mountPanel(createSimulatedMiro(), h.root, { random: seeded(2) });
    const p = h;
    await p.until(() => p.has('[data-method="balint"]'));
    await p.click('[data-method="balint"] .ip-card-head');
    expect(p.has('[data-method="balint"] [data-action="export"]')).toBe(true);
  });
});
