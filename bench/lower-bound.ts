// The lower bound a generation's wall time is held to (DESIGN.md: within 1.3 ×).
//
//   lowerBoundMs = Σ over dependency levels L of ceil(calls(L) / cap) × latency
//
// where the levels are those of `callLevels` (src/board/plan.ts): storage.get ‖ viewport.get,
// findEmptySpace, the first storage.set, then item creates and setMetadata by creation depth (a
// child waits for its frame and for siblings it overlaps), the final storage.set and the zoom.
// Checkpoint writes are added to the last item level. This is the time a level-by-level
// schedule needs; a pipelined schedule can beat it, so we also report the plain critical path
// max(levels, ceil(calls / cap)) × latency, which no schedule can beat.

/** Returns both bounds in ms for the given call levels (pure). */
export function bounds(levels: number[], cap: number, latencyMs: number) {
  const calls = levels.reduce((a, b) => a + b, 0);
  const lowerBoundMs = levels.reduce((t, n) => t + Math.ceil(n / cap) * latencyMs, 0);
  const criticalPathMs = Math.max(levels.length, Math.ceil(calls / cap)) * latencyMs;
  return { lowerBoundMs, criticalPathMs, plannedCalls: calls };
}
