import { describe, expect, it, vi } from 'vitest';
import { PANEL_URL, POINTER_KEY, startHeadless } from '../../src/app/headless';
import { createSimulatedMiro } from '../../src/miro/simulator/index';

describe('headless entry', () => {
  it('opens the panel page when the toolbar icon is clicked', async () => {
    const sim = createSimulatedMiro();
    await startHeadless(sim);
    sim.clickIcon();
    await sim.settle();
    expect(sim.inspect.client().openedPanels).toEqual([PANEL_URL]);
  });

  it('opens the panel only for the user who clicked', async () => {
    const sim = createSimulatedMiro();
    const ann = sim.as('u-ann');
    await startHeadless(sim);
    await startHeadless(ann);
    sim.clickIcon('u-ann');
    await sim.settle();
    expect(sim.inspect.client('u-ann').openedPanels).toEqual([PANEL_URL]);
    expect(sim.inspect.client().openedPanels).toEqual([]);
  });

  it('loads the guard only on a board with a running session', async () => {
    const sim = createSimulatedMiro();
    const loadGuard = vi.fn(async () => {});
    await startHeadless(sim, { loadGuard });
    expect(loadGuard).not.toHaveBeenCalled();

    await sim.board.setAppData(POINTER_KEY, { v: 1, active: 'sess-1' });
    await startHeadless(sim.as('u-bob'), { loadGuard });
    expect(loadGuard).toHaveBeenCalledTimes(1);
  });
});
