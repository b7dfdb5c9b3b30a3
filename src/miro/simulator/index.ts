// Public entry of the simulated Miro board.
export { createSimulatedMiro, DEFAULT_USERS } from './simulator';
export type { SimOptions, SimulatedMiro } from './simulator';
export type { SimClient } from './client';
export type { UiActions } from './act';
export type { SimInspector, InspectedItem } from './inspect';
export { readSimState, type ReadSimState, type SimState } from './saved';
export type { Counters, CallInfo } from './runtime';
export type { SimClock, ClockLike } from './clock';
export { absoluteBox, type AbsoluteBox, type Box } from './geometry';
export { RateLimitError, SimMiroError, type SimErrorCode } from './errors';
export { LIMITS } from './limits';
