// `npm run bench [suite …]`: runs the registered suites in sequence (all when none is named) and
// prints one JSON object a line: a header per suite, then its rows.
import { suites } from './suites';

const wanted = process.argv.slice(2);
const chosen = wanted.length > 0 ? suites.filter((s) => wanted.includes(s.name)) : suites;
if (wanted.length > 0 && chosen.length !== wanted.length) {
  console.error(`bench: unknown suite; known: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
for (const suite of chosen) {
  console.log(JSON.stringify({ suite: suite.name, about: suite.about }));
  await suite.run((row) => console.log(JSON.stringify(row)));
}
