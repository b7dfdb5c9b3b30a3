// Every benchmark suite, in the order `npm run bench` runs them. Add yours here.
import { guardSuite } from './guard';
import { pacingSuite } from './pacing';
import { phaseSuite } from './phase';
import type { BenchSuite } from './registry';
import { templateSuite } from './template';

export const suites: BenchSuite[] = [templateSuite, pacingSuite, phaseSuite, guardSuite];
