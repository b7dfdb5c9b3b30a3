// The public surface for outside acceptance checks and the tests that walk the whole path; the
// app's own modules import each other directly. Each name is documented with its signature in
// README.md ("Public API").

// A strict simulated Miro.
export { createSimulatedMiro } from './miro/simulator/index';
export type { SimulatedMiro, SimOptions, SimClient } from './miro/simulator/index';
export type { MiroLike, BoardLike } from './miro/types';

// The board app every board user's client runs (src/main.ts runs it in Miro without ?view=panel).
export { startBoardApp } from './app/headless';
export type { BoardApp, BoardAppOptions } from './app/headless';
export type { Assumptions } from './miro/simulator/assumptions';
export { ASSUMPTION_NOTES, COSTLY } from './miro/simulator/assumptions';
export { runBoardCheck, formatBoardCheck } from './app/board-check';

// The method catalog.
export { methods } from './catalog/methods';
export type { MethodsApi } from './catalog/methods';
export type { Method } from './catalog/schema';

// Templates on the board. One participant shape, `{ id, name, role?, onMiro? }`, goes to both
// generateTemplate and startSession.
export { generateTemplate } from './controller/template';
export type { TemplateInput as GenerateInput } from './controller/template';
export type { GenerateHooks } from './board/generate';
export { removeTemplate } from './board/remove';
export type { LayoutOptions } from './layout/blueprint';
export type { ParticipantInput as Participant } from './controller/start-input';

// Running a session.
export { startSession, joinSession, openSession } from './controller/session';
export type { StartInput, JoinOptions, Opened } from './controller/session';
export type { SessionHandle, Outcome } from './controller/handle';
export type { Notice, HandleEventMap } from './controller/hooks';
export type { TimerView } from './controller/timer';
export type { UserError as ControllerError } from './shared/errors';
export type { SessionState } from './session/state';

// The session record.
export { buildReport } from './record/report';
export type { ReportInput } from './record/report';
export type { Report } from './record/report-types';
export { readBoard } from './board/snapshot';
export { writeReportFrame, buildReportFromBoard } from './board/report-frame';
export { toMarkdown } from './record/markdown';
export { toPrintHtml } from './record/print-html';
