// The public surface: what the panel, the practice board, the tests and outside acceptance checks
// import. Each name is documented with its signature in README.md.
export { createSimulatedMiro } from './miro/simulator/index';
export type { SimulatedMiro, SimOptions, SimClient } from './miro/simulator/index';
export { methods } from './catalog/methods';
export type { MethodsApi } from './catalog/methods';
export type { Method } from './catalog/schema';
export type { MiroLike, BoardLike } from './miro/types';
