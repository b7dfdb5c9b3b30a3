// The shared session state: small, JSON, zod-checked on every read. Board ids live in the template map.
import { z } from 'zod';
import { RegionId, RoleId } from '../catalog/schema';
import { userError, type UserError } from '../shared/errors';

const index = z.number().int().min(0);

export const Participant = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(80),
  /** False for people in the room without a Miro account; the facilitator writes for them. */
  onMiro: z.boolean(),
});
export type Participant = z.infer<typeof Participant>;

/** The inbrenger's yes for the phase that asks it (R22): who clicked, and for whom. */
export const ConsentRecord = z.strictObject({
  phaseIndex: index,
  round: index,
  /** Who gave it: the inbrenger, or the facilitator on the inbrenger's behalf. */
  by: z.string().nullable(),
  /** Whose yes it is (the inbrenger); absent in records stored before this field. */
  for: z.string().nullable().optional(),
  at: z.number(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const RevealRecord = z.strictObject({
  region: RegionId,
  phaseIndex: index,
  round: index,
  names: z.enum(['with', 'without']),
  at: z.number(),
});
export type RevealRecord = z.infer<typeof RevealRecord>;

/** The phase timer's pause and its extensions (+1 min), shared so every panel counts the same. */
export const TimerState = z.strictObject({
  /** When the countdown was paused; null while it runs. */
  pausedAt: z.number().nullable(),
  /** Added to the phase's timebox: the minutes given extra and the time spent paused. */
  extraMs: z.number().int().min(0),
});
export type TimerState = z.infer<typeof TimerState>;

export const SessionStatus = z.enum(['setup', 'running', 'ended']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SessionState = z.strictObject({
  sessionId: z.string().min(1).max(80),
  methodId: z.string().min(1).max(40),
  status: SessionStatus,
  phaseIndex: index,
  /** Stage within the phase (regions with a higher `stage` are still upcoming). */
  stage: index,
  /** VIA: index into the inbrengers in participant order (R14). */
  round: index,
  participants: z.array(Participant).min(1).max(16),
  /** participantId → role ids; several at once are fine (binnengroep + groepslid). */
  roles: z.record(z.string(), z.array(RoleId)),
  facilitatorId: z.string().min(1).max(80),
  consent: z.array(ConsentRecord),
  revealed: z.array(RevealRecord),
  startedAt: z.number().nullable(),
  phaseStartedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** The current phase's timer when paused or extended; absent while it simply runs. */
  timer: TimerState.optional(),
  /** Who brought a case last time: pickInbrenger passes them over when others can. */
  lastInbrengerIds: z.array(z.string()),
});
export type SessionState = z.infer<typeof SessionState>;

const confirmable = { confirmed: z.boolean().optional() };

export const SessionEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('previous') }),
  z.strictObject({ type: z.literal('goto'), phaseIndex: index, ...confirmable }),
  z.strictObject({ type: z.literal('skip'), ...confirmable }),
  z.strictObject({ type: z.literal('newRound'), ...confirmable }),
  z.strictObject({
    type: z.literal('consent'),
    phaseIndex: index.optional(),
    by: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('reveal'),
    region: RegionId,
    names: z.enum(['with', 'without']).optional(),
  }),
  z.strictObject({ type: z.literal('fragment') }),
  z.strictObject({
    type: z.literal('timer'),
    action: z.enum(['pause', 'resume', 'prolong']),
    /** prolong: how much longer (default one minute). */
    ms: z.number().int().min(1).max(3_600_000).optional(),
  }),
  z.strictObject({ type: z.literal('end') }),
  z.strictObject({ type: z.literal('assign'), participantId: z.string(), roles: z.array(RoleId) }),
  z.strictObject({ type: z.literal('pickInbrenger') }),
  /** The group chose this participant's case on the board (a vote that chooses the inbrenger). */
  z.strictObject({ type: z.literal('caseChosen'), participantId: z.string() }),
  z.strictObject({ type: z.literal('rotate') }),
  z.strictObject({ type: z.literal('addParticipant'), participant: Participant }),
  z.strictObject({ type: z.literal('removeParticipant'), participantId: z.string() }),
  z.strictObject({ type: z.literal('setFacilitator'), participantId: z.string() }),
]);
export type SessionEvent = z.infer<typeof SessionEvent>;

/** Returns a new error value, with the phases a jump would pass over when given; pure. */
export function fail(
  code: string,
  nl: string,
  en: string,
  skipped?: number[],
): { error: UserError } {
  const error = userError(code, nl, en);
  return { error: skipped ? { ...error, skipped } : error };
}

export interface NewSession {
  sessionId: string;
  methodId: string;
  participants: Participant[];
  facilitatorId: string;
  lastInbrengerIds?: string[];
}

/** Returns a fresh session in 'setup' with no roles yet; mutates nothing. */
export function createSession(input: NewSession): SessionState {
  return {
    sessionId: input.sessionId,
    methodId: input.methodId,
    status: 'setup',
    phaseIndex: 0,
    stage: 0,
    round: 0,
    participants: input.participants.map((p) => ({ ...p })),
    roles: Object.fromEntries(input.participants.map((p) => [p.id, []])),
    facilitatorId: input.facilitatorId,
    consent: [],
    revealed: [],
    startedAt: null,
    phaseStartedAt: null,
    endedAt: null,
    lastInbrengerIds: [...(input.lastInbrengerIds ?? [])],
  };
}
