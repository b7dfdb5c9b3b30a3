// The twelve built-in methods, in the source's order (the first meeting lists them as cards).
import type { Method } from './schema';
import { balint } from './methods/balint';
import { incidentCasus } from './methods/incident-casus';
import { incidentInzicht } from './methods/incident-inzicht';
import { postIt } from './methods/post-it';
import { roddel } from './methods/roddel';
import { speed } from './methods/speed';
import { successen } from './methods/successen';
import { tienStappen } from './methods/tien-stappen';
import { via } from './methods/via';
import { vijfVragen } from './methods/vijf-vragen';
import { viskom } from './methods/viskom';
import { wandeling } from './methods/wandeling';

export const twelveMethods: readonly Method[] = [
  incidentCasus,
  incidentInzicht,
  via,
  tienStappen,
  viskom,
  roddel,
  postIt,
  wandeling,
  balint,
  vijfVragen,
  speed,
  successen,
];
