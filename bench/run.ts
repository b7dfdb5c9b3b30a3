// `npm run bench [suite …]`: runs the registered suites in sequence (all when none is named) and
// prints one JSON object a line: a header per suite, then its rows.
import { suites } from './suites';
import { assumptionsFromEnv, resolveAssumptions } from '../src/miro/simulator/assumptions';

const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;
if (wanted.length > 0 && chosen.length !== wanted.length) {
  console.error(`bench: unknown suite; known: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
for (const suite of chosen) {
  // The simulator's answers to Miro's open questions: the costly ones unless SIM_ASSUME says.
  const assumptions = resolveAssumptions(assumptionsFromEnv());
  console.log(JSON.stringify({ suite: suite.name, about: suite.about, assumptions }));
  await suite.run((row) => console.log(JSON.stringify(row)));
}
