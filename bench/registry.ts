// The benchmark registry: each suite is a named async function returning rows of JSON figures.
// To add figures (phase changes, guard parking latency, polling credits), write a file under
// bench/ that exports a BenchSuite and add it to `suites` in bench/suites.ts.

export type BenchRow = Record<string, unknown>;

export interface BenchSuite {
  name: string;
  /** One line on what the suite measures and against which budget. */
  about: string;
  run(log: (row: BenchRow) => void): Promise<void>;
}
