// Drives the app only through src/api.ts, the way outside acceptance checks do.
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  buildReportFromBoard,
  createSimulatedMiro,
  generateTemplate,
  methods,
  readBoard,
  startSession,
  toMarkdown,
} from '../src/api';
import type { Participant } from '../src/api';

// One list for the template and the session; only the inbrenger is named, the rest take the defaults.
const people: Participant[] = [
  { id: 'u-fac', name: 'Facilitator' },
  { id: 'u-ann', name: 'Ann', role: 'inbrenger' },
  { id: 'u-bob', name: 'Bob' },
  { id: 'u-cas', name: 'Cas' },
  { id: 'room-dee', name: 'Dee', onMiro: false },
];

describe('the public API', () => {
  it('runs the post-it method from template to verslag through the SDK surface', async () => {
    const miro = createSimulatedMiro();
    const method = methods.byId('post-it');
    expect(method?.phases).toHaveLength(3);

    const generated = await generateTemplate(miro, {
      methodId: 'post-it',
      participants: people,
      options: { date: '2026-11-28', lang: 'nl', sessionId: 'api-1' },
    });
    expect(generated.ok).toBe(true);
    const templateItems = miro.inspect.items().length;
    expect(templateItems).toBeGreaterThan(10);

    const opened = await startSession(miro, {
      template: { sessionId: 'api-1', map: generated.map },
      method: 'post-it',
      participants: people,
      facilitatorId: 'u-fac',
    });
    if (!opened.ok) throw new Error(opened.error.message.en);
    const { handle } = opened;
    expect(handle.state().roles['u-bob']).toEqual(['groepslid']);
    expect(handle.state().roles['u-fac']).toEqual(['gespreksleider']);
    expect(handle.state().participants.map((p) => p.onMiro)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect((await handle.start()).ok).toBe(true);
    expect(handle.state().phaseIndex).toBe(0);

    // A member writes a tip by hand in Miro once the tips region is open (R31).
    while (!handle.view('nl').open.some((r) => /tip/i.test(r.region))) {
      expect((await handle.next()).ok).toBe(true);
    }
    const tips = miro.inspect
      .items()
      .find((i) => i.type === 'frame' && /tip/i.test((i as { title?: string }).title ?? ''));
    expect(tips).toBeDefined();
    const { x, y } = miro.inspect.absolute(tips!.id);
    miro.as('u-bob').act.create('sticky_note', { x, y, content: 'Vraag het team om hulp' });
    await miro.settle();

    expect((await handle.end()).ok).toBe(true);
    const fromBoard = await buildReportFromBoard(miro, 'api-1', { date: '2026-11-28', lang: 'nl' });
    if (!fromBoard.ok) throw new Error(fromBoard.error.message.en);
    expect(toMarkdown(fromBoard.report, 'nl')).toContain('Vraag het team om hulp');

    // The pure builder gives the same record from a snapshot read through the adapter.
    const snapshot = await readBoard(miro, fromBoard.map);
    const again = buildReport({
      method: method!,
      session: handle.state(),
      snapshot,
      date: '2026-11-28',
      lang: 'nl',
    });
    expect(again.advice.map((i) => i.lines.join(' '))).toContain('Vraag het team om hulp');
    // Nothing the participant wrote was removed.
    expect(miro.inspect.items().some((i) => i.content === 'Vraag het team om hulp')).toBe(true);
  });
});
