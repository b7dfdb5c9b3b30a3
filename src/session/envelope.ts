// The stored envelope: read from any raw value, repaired where it can be, migrated to the current version.
import type { Method } from '../catalog/schema';
import type { Repair } from './repair';
import type { Participant, SessionState } from './state';
import { userError, type UserError } from '../shared/errors';

export const SCHEMA_VERSION = 1;

/** What is stored: `version` is the schema version, `rev` counts writes, `writer` names the last writer. */
export interface Envelope {
  version: number;
  rev: number;
  writer: string;
  state: unknown;
}
export type Recovery = 'new-session' | 'reset-to-phase' | 'retry';
export type Loaded =
  | { ok: true; state: SessionState; method: Method; rev: number; repairs: Repair[] }
  | {
      ok: false;
      error: UserError;
      recover: Recovery[];
      salvage: { methodId?: string; participants?: Participant[] };
    };

/** Returns a load error value with the ways to continue. */
export const bad = (
  code: string,
  nl: string,
  en: string,
  recover: Recovery[] = ['new-session'],
): Loaded => ({
  ok: false,
  error: userError(code, nl, en),
  recover,
  salvage: {},
});
/** Returns true for a plain object. */
export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns the envelope brought up to the current schema version (v0: bare state, `phase` for `phaseIndex`); pure. */
export function migrate(envelope: {
  version: number;
  rev?: unknown;
  writer?: unknown;
  state: unknown;
}): Envelope {
  let state = envelope.state;
  if (envelope.version < 1 && isObj(state) && state.phaseIndex === undefined && 'phase' in state) {
    const { phase, ...rest } = state;
    state = { ...rest, phaseIndex: phase };
  }
  const rev =
    typeof envelope.rev === 'number' && Number.isInteger(envelope.rev) && envelope.rev >= 0
      ? envelope.rev
      : 0;
  return {
    version: SCHEMA_VERSION,
    rev,
    writer: typeof envelope.writer === 'string' ? envelope.writer : '',
    state,
  };
}

/** Returns the envelope read from a raw stored value, with repairs, or a load error; pure. */
export function readEnvelope(raw: unknown): { envelope: Envelope; repairs: Repair[] } | Loaded {
  const repairs: Repair[] = [];
  if (raw === undefined || raw === null)
    return bad(
      'not-found',
      'Er is geen opgeslagen sessie gevonden.',
      'No stored session was found.',
    );
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return bad(
        'not-json',
        'De opgeslagen sessie is onleesbaar (geen JSON).',
        'The stored session is unreadable (not JSON).',
      );
    }
    repairs.push({
      code: 'json-string',
      message: {
        nl: 'De sessie stond als tekst opgeslagen.',
        en: 'The session was stored as text.',
      },
    });
  }
  if (!isObj(value))
    return bad(
      'not-object',
      'De opgeslagen sessie heeft een onbekende vorm.',
      'The stored session has an unknown shape.',
    );
  if (!('state' in value) && ('sessionId' in value || 'methodId' in value)) {
    value = { version: 0, state: value };
    repairs.push({
      code: 'bare-state',
      message: {
        nl: 'De sessie stond zonder envelop opgeslagen.',
        en: 'The session was stored without an envelope.',
      },
    });
  }
  if (!isObj(value) || !isObj(value.state))
    return bad(
      'no-state',
      'De opgeslagen sessie bevat geen toestand.',
      'The stored session holds no state.',
    );
  let version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    version = 0;
    repairs.push({
      code: 'version-missing',
      message: {
        nl: 'Het versienummer ontbrak; als versie 0 gelezen.',
        en: 'The version was missing; read as version 0.',
      },
    });
  }
  if ((version as number) > SCHEMA_VERSION)
    return bad(
      'future-version',
      'Deze sessie is opgeslagen door een nieuwere versie van de app. Herlaad de app.',
      'This session was saved by a newer version of the app. Reload the app.',
      ['retry'],
    );
  return {
    envelope: migrate({ ...value, version: version as number, state: value.state }),
    repairs,
  };
}
