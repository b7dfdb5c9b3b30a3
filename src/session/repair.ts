// Restores a stored session state: never trusted, repaired field by field where possible, else an error.
import type { Method, Text } from '../catalog/schema';
import { inbrengerIds } from './people';
import { stagesOf } from './resolved';
import {
  ConsentRecord,
  Participant,
  RevealRecord,
  SessionState,
  SessionStatus,
  TimerState,
} from './state';

export interface Repair {
  code: string;
  message: Text;
}
export type MethodLookup = (methodId: string) => Method | undefined;
export type Restored =
  | { ok: true; state: SessionState; method: Method; repairs: Repair[] }
  | {
      ok: false;
      code: string;
      message: Text;
      salvage: { methodId?: string; participants?: Participant[] };
    };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function participantsOf(raw: unknown, repairs: Repair[]): Participant[] {
  const out: Participant[] = [];
  for (const p of Array.isArray(raw) ? raw : []) {
    const id = isObj(p) && typeof p.id === 'string' ? p.id.trim() : '';
    if (!isObj(p) || !id || out.some((q) => q.id === id)) {
      repairs.push(
        fix(
          'participant-dropped',
          'Een ongeldige of dubbele deelnemer is weggelaten.',
          'An invalid or duplicate participant was left out.',
        ),
      );
      continue;
    }
    const candidate = {
      id,
      name: typeof p.name === 'string' && p.name.trim() ? p.name : id,
      onMiro: typeof p.onMiro === 'boolean' ? p.onMiro : true,
    };
    if (candidate.name === id && p.name !== id)
      repairs.push(
        fix('name-defaulted', `Deelnemer ${id} had geen naam.`, `Participant ${id} had no name.`),
      );
    const parsed = Participant.safeParse(candidate);
    if (parsed.success) out.push(parsed.data);
    else
      repairs.push(
        fix(
          'participant-dropped',
          `Deelnemer ${id} was onleesbaar.`,
          `Participant ${id} was unreadable.`,
        ),
      );
  }
  return out.slice(0, 16);
}

function fix(code: string, nl: string, en: string): Repair {
  return { code, message: { nl, en } };
}

function records<T>(
  raw: unknown,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  what: Text,
  repairs: Repair[],
): T[] {
  if (raw === undefined) return [];
  const list = Array.isArray(raw) ? raw : [];
  const ok = list.flatMap((r) => {
    const p = schema.safeParse(r);
    return p.success ? [p.data as T] : [];
  });
  if (ok.length !== list.length || !Array.isArray(raw))
    repairs.push(
      fix(
        'records-dropped',
        `Onleesbare gegevens over ${what.nl} zijn weggelaten.`,
        `Unreadable ${what.en} records were left out.`,
      ),
    );
  return ok;
}

const timeOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Returns the restored state with what was repaired, or an error when it cannot continue; pure. */
export function restoreState(raw: unknown, sessionId: string, lookup: MethodLookup): Restored {
  if (!isObj(raw))
    return {
      ok: false,
      code: 'no-state',
      message: {
        nl: 'De opgeslagen sessie bevat geen toestand.',
        en: 'The stored session holds no state.',
      },
      salvage: {},
    };
  const repairs: Repair[] = [];
  const participants = participantsOf(raw.participants, repairs);
  const methodId = typeof raw.methodId === 'string' ? raw.methodId : '';
  const method = lookup(methodId);
  if (!method)
    return {
      ok: false,
      code: 'unknown-method',
      message: {
        nl: `De methode '${methodId || '?'}' van deze sessie is onbekend. Start een nieuwe sessie.`,
        en: `This session's method '${methodId || '?'}' is unknown. Start a new session.`,
      },
      salvage: { participants },
    };
  if (!participants.length)
    return {
      ok: false,
      code: 'no-participants',
      message: {
        nl: 'De opgeslagen sessie heeft geen deelnemers. Start een nieuwe sessie.',
        en: 'The stored session has no participants. Start a new session.',
      },
      salvage: { methodId },
    };
  const ids = new Set(participants.map((p) => p.id));
  const known = new Set(method.roles.map((r) => r.id));
  const rawRoles = isObj(raw.roles) ? raw.roles : {};
  const roles: Record<string, string[]> = {};
  for (const p of participants) {
    const list = Array.isArray(rawRoles[p.id]) ? (rawRoles[p.id] as unknown[]) : [];
    const good = [
      ...new Set(list.filter((r): r is string => typeof r === 'string' && known.has(r))),
    ];
    if (good.length !== list.length)
      repairs.push(
        fix(
          'role-dropped',
          `Onbekende rollen van ${p.name} zijn weggelaten.`,
          `Unknown roles of ${p.name} were dropped.`,
        ),
      );
    roles[p.id] = good;
  }
  if (Object.keys(rawRoles).some((id) => !ids.has(id)))
    repairs.push(
      fix(
        'role-owner-dropped',
        'Rollen van onbekende deelnemers zijn weggelaten.',
        'Roles of unknown participants were dropped.',
      ),
    );
  const startedAt = timeOrNull(raw.startedAt);
  let status = SessionStatus.safeParse(raw.status).data;
  if (!status) {
    status = startedAt === null ? 'setup' : 'running';
    repairs.push(
      fix(
        'status-reset',
        `De status was onleesbaar; nu '${status}'.`,
        `The status was unreadable; now '${status}'.`,
      ),
    );
  }
  const last = method.phases.length - 1;
  let phaseIndex = isInt(raw.phaseIndex) ? raw.phaseIndex : 0;
  if (phaseIndex !== raw.phaseIndex || phaseIndex < 0 || phaseIndex > last) {
    phaseIndex = clamp(phaseIndex, 0, last);
    repairs.push(
      fix(
        'phase-clamped',
        `De fase was ongeldig; nu fase ${phaseIndex + 1}.`,
        `The phase was invalid; now phase ${phaseIndex + 1}.`,
      ),
    );
  }
  const maxStage = stagesOf(method.phases[phaseIndex]!) - 1;
  const stage = clamp(isInt(raw.stage) ? raw.stage : 0, 0, maxStage);
  if (stage !== raw.stage && !(raw.stage === undefined && stage === 0))
    repairs.push(
      fix(
        'stage-clamped',
        `De stap binnen de fase was ongeldig; nu ${stage + 1}.`,
        `The step within the phase was invalid; now ${stage + 1}.`,
      ),
    );
  let facilitatorId = typeof raw.facilitatorId === 'string' ? raw.facilitatorId : '';
  if (!ids.has(facilitatorId)) {
    facilitatorId =
      participants.find((p) => roles[p.id]?.includes('gespreksleider'))?.id ?? participants[0]!.id;
    repairs.push(
      fix(
        'facilitator-reset',
        'De begeleider was onbekend; opnieuw gekozen.',
        'The facilitator was unknown; chosen again.',
      ),
    );
  }
  if (raw.sessionId !== sessionId)
    repairs.push(
      fix(
        'session-id',
        'Het sessienummer klopte niet met de opslag.',
        'The session id did not match its storage key.',
      ),
    );
  const draft: SessionState = {
    sessionId,
    methodId,
    status,
    phaseIndex,
    stage,
    round: 0,
    participants,
    roles,
    facilitatorId,
    consent: records(raw.consent, ConsentRecord, { nl: 'instemming', en: 'consent' }, repairs),
    revealed: records(raw.revealed, RevealRecord, { nl: 'onthullingen', en: 'reveal' }, repairs),
    startedAt,
    phaseStartedAt: timeOrNull(raw.phaseStartedAt),
    endedAt: timeOrNull(raw.endedAt),
    ...(TimerState.safeParse(raw.timer).success ? { timer: TimerState.parse(raw.timer) } : {}),
    lastInbrengerIds: Array.isArray(raw.lastInbrengerIds)
      ? raw.lastInbrengerIds.filter((x): x is string => typeof x === 'string')
      : [],
  };
  const rounds = method.rounds ? Math.max(1, inbrengerIds(method, draft).length) : 1;
  const round = clamp(isInt(raw.round) ? raw.round : 0, 0, rounds - 1);
  if (raw.round !== undefined && round !== raw.round)
    repairs.push(
      fix(
        'round-clamped',
        `De ronde was ongeldig; nu ronde ${round + 1}.`,
        `The round was invalid; now round ${round + 1}.`,
      ),
    );
  const extra = Object.keys(raw).filter((k) => !(k in draft) && k !== 'phase');
  if (extra.length)
    repairs.push(
      fix(
        'field-dropped',
        `Onbekende velden weggelaten: ${extra.join(', ')}.`,
        `Unknown fields dropped: ${extra.join(', ')}.`,
      ),
    );
  const parsed = SessionState.safeParse({ ...draft, round });
  if (!parsed.success)
    return {
      ok: false,
      code: 'invalid',
      message: {
        nl: 'De opgeslagen sessie is onherstelbaar beschadigd. Start een nieuwe sessie.',
        en: 'The stored session is damaged beyond repair. Start a new session.',
      },
      salvage: { methodId, participants },
    };
  return { ok: true, state: parsed.data, method, repairs };
}
