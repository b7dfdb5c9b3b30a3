// The public surface: what the panel, the practice board, the tests and outside acceptance checks
// import. Each name is documented with its signature in README.md ("Public API").

// A strict simulated Miro (issue 2).
export { createSimulatedMiro } from './miro/simulator/index';
export type { SimulatedMiro, SimOptions, SimClient } from './miro/simulator/index';
export type { MiroLike, BoardLike } from './miro/types';

// The method catalog (issue 3).
export { methods } from './catalog/methods';
export type { MethodsApi } from './catalog/methods';
export type { Method } from './catalog/schema';

// Templates on the board (issue 4).
export { generateTemplate } from './board/generate';
export type { GenerateInput, GenerateHooks } from './board/generate';
export { removeTemplate } from './board/remove';
export type { Participant, LayoutOptions } from './layout/blueprint';

// Running a session (issue 5).
export { startSession, joinSession, openSession } from './controller/session';
export type { StartInput, JoinOptions, Opened } from './controller/session';
export type { SessionHandle, Outcome } from './controller/handle';
export type { Notice, HandleEventMap } from './controller/hooks';
export type { TimerView } from './controller/timer';
export type { ControllerError } from './controller/errors';
export type { SessionState } from './session/state';

// The session record (issue 9).
export { buildReport } from './record/report';
export type { ReportInput } from './record/report';
export type { Report } from './record/report-types';
export { readBoard } from './board/snapshot';
export { writeReportFrame, buildReportFromBoard } from './board/report-frame';
export { toMarkdown } from './record/markdown';
export { toPrintHtml } from './record/print-html';
