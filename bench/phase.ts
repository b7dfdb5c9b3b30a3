// Phase changes against the simulator at 80 ms a call: per method and group size, each `next`'s
// SDK calls and wall time with the number of regions that change, and the items on the board.
// DESIGN.md's budget: calls proportional to the regions that change, not to the items, so the
// same method at 6 and 12 participants costs the same calls per phase change.
// Runs in the registry (bench/suites.ts) or on its own: `node --import tsx bench/phase.ts`.
import { pathToFileURL } from 'node:url';
import { generateTemplate } from '../src/board/generate';
import { methods } from '../src/catalog/methods';
import type { Method } from '../src/catalog/schema';
import { startSession } from '../src/controller/session';
import { createSimulatedMiro } from '../src/miro/simulator';
import { diffRegions } from '../src/session/position';
import type { BenchRow, BenchSuite } from './registry';

const LATENCY_MS = 80;

function staff(method: Method, n: number) {
  const size = Math.min(method.group.max, Math.max(method.group.min, n));
  const users = Array.from({ length: size }, (_, i) => ({
    id: `u${i + 1}`,
    name: `Deelnemer ${i + 1}`,
  }));
  const roles: Record<string, string[]> = Object.fromEntries(users.map((u) => [u.id, []]));
  let next = 0;
  for (const role of method.roles)
    for (let k = 0; k < role.min && next < size; k++) roles[users[next++]!.id]!.push(role.id);
  const filler =
    method.roles.find((r) => r.id === 'groepslid') ??
    [...method.roles].reverse().find((r) => r.max === null);
  for (; next < size; next++) if (filler) roles[users[next]!.id]!.push(filler.id);
  return { users, roles };
}

/** Walks one method with next at `n` participants; returns one row per phase change. */
export async function phaseFigures(method: Method, n: number): Promise<BenchRow[]> {
  const { users, roles } = staff(method, n);
  const sim = createSimulatedMiro({
    users,
    latencyMs: LATENCY_MS,
    clock: { now: () => Date.now() },
  });
  const sessionId = `b-${method.id}-${n}`.slice(0, 24);
  const generated = await generateTemplate(
    sim,
    {
      method,
      participants: users.map((u) => ({ ...u, role: roles[u.id]?.[0] ?? 'groepslid' })),
      options: { date: '2025-03-12', lang: 'nl', sessionId },
    },
    { zoom: false },
  );
  if (!generated.ok)
    return [{ method: method.id, participants: users.length, error: generated.error.code }];
  const started = await startSession(sim, {
    template: { sessionId, map: generated.map, lang: 'nl' },
    method,
    participants: users.map((u) => ({ ...u, onMiro: true })),
    roles,
    facilitatorId: users[0]!.id,
  });
  if (!started.ok) return [{ method: method.id, error: started.error.code }];
  const { handle } = started;
  await handle.start();
  await sim.settle();
  const rows: BenchRow[] = [];
  for (let guard = 0; guard < 60; guard++) {
    const before = handle.state();
    sim.resetCounters();
    const t0 = performance.now();
    const r = await handle.next();
    const wallMs = Math.round(performance.now() - t0);
    await sim.settle();
    if (!r.ok && r.error.code === 'needs-consent') {
      await handle.consent();
      continue;
    }
    if (!r.ok) break;
    const after = handle.state();
    rows.push({
      method: method.id,
      participants: users.length,
      items: sim.inspect.items().length,
      to: `${after.phaseIndex + 1}.${after.stage + 1}${method.rounds ? ` r${after.round + 1}` : ''}`,
      regionsChanged: diffRegions(method, before, after).length,
      calls: sim.counters.calls,
      wallMs,
    });
  }
  handle.close();
  return rows;
}

export const phaseSuite: BenchSuite = {
  name: 'phase',
  about:
    'each phase change (next) at 80 ms a call: SDK calls and wall ms vs regions changed and items; calls must not grow with items (6 vs 12 participants)',
  async run(log) {
    for (const method of methods.all) {
      const bySize = new Map<number, BenchRow[]>();
      for (const n of [6, 12]) {
        const rows = await phaseFigures(method, n);
        rows.forEach(log);
        bySize.set(n, rows);
      }
      const calls = (n: number) => (bySize.get(n) ?? []).map((r) => r.calls);
      const items = (n: number) => bySize.get(n)?.[0]?.items ?? null;
      log({
        method: method.id,
        summary: true,
        items6: items(6),
        items12: items(12),
        calls6: calls(6),
        calls12: calls(12),
        sameCallsAt6And12: JSON.stringify(calls(6)) === JSON.stringify(calls(12)),
      });
    }
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const only = process.argv.slice(2);
  const list = only.length ? methods.all.filter((m) => only.includes(m.id)) : methods.all;
  for (const m of list)
    for (const n of [6, 12])
      for (const row of await phaseFigures(m, n)) console.log(JSON.stringify(row));
}
