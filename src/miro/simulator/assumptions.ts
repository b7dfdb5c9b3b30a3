// Every question Miro's docs leave open, as one switchable option of the simulator, in this one
// place. Each defaults to the answer that costs the app the most, so a green suite on the
// defaults says something about Miro; the suites also run under the other answers.

/** The simulator's answer to each open question about Miro. */
export interface Assumptions {
  /** An SDK item created with its centre over a frame becomes that frame's child. */
  parentOnCreate: boolean;
  /** Which clients receive an item event of a person's action: the actor's only, or every client's. */
  itemEvents: 'actor' | 'all';
  /** SDK writes raise item events too (on the clients `itemEvents` names, the writer's included). */
  echoSdkWrites: boolean;
  /** Deleting a frame takes its children with it ('with-children') or leaves them on the board. */
  frameDelete: 'with-children' | 'keep-children';
  /** Errors carry no code or name, only a message ('unknown'), or the simulator's own codes. */
  errorShape: 'unknown' | 'coded';
  /** Frame.showContent may be changed by this user (board owner on Enterprise). */
  showContentAllowed: boolean;
  /** canUse('timer'): the board timer is there (paid plans only). */
  timer: boolean;
}

export type AssumptionStatus = 'documented' | 'unverified';

/** What is known of each question: its status, where that comes from, and the costly answer. */
export const ASSUMPTION_NOTES: Readonly<
  Record<keyof Assumptions, { status: AssumptionStatus; source: string }>
> = {
  parentOnCreate: {
    status: 'unverified',
    source:
      'Not documented. Miro’s own examples (app-examples custom-actions) create an item and then call frame.add, which suggests it does not.',
  },
  itemEvents: {
    status: 'unverified',
    source:
      'developers.miro.com/docs/ui_boardui says only "when a user creates/updates/deletes"; field reports say updates are local. Both answers are tested.',
  },
  echoSdkWrites: {
    status: 'unverified',
    source: 'Not documented whether the app’s own writes raise items:create/update/delete.',
  },
  frameDelete: {
    status: 'unverified',
    source: 'Not documented; the items:delete event documents no child list. Both are tested.',
  },
  errorShape: {
    status: 'unverified',
    source:
      'Miro documents no error types; the rate-limit page says only that a call over the limit throws.',
  },
  showContentAllowed: {
    status: 'documented',
    source:
      'developers.miro.com changelog 2023-02-13: only owners and co-owners on Consultant/Enterprise plans.',
  },
  timer: {
    status: 'documented',
    source: 'developers.miro.com websdk-reference-timer: paid plans only; check canUse("timer").',
  },
};

/** The answers that cost the app the most: the simulator's defaults. */
export const COSTLY: Readonly<Assumptions> = {
  parentOnCreate: false,
  itemEvents: 'all',
  echoSdkWrites: true,
  frameDelete: 'with-children',
  errorShape: 'unknown',
  showContentAllowed: false,
  timer: false,
};

/** Returns the full set of answers: the costly defaults with `given` on top; pure. */
export function resolveAssumptions(given: Partial<Assumptions> = {}): Assumptions {
  const out = { ...COSTLY };
  for (const key of Object.keys(COSTLY) as (keyof Assumptions)[]) {
    if (given[key] !== undefined) (out as Record<string, unknown>)[key] = given[key];
  }
  return out;
}

/**
 * The answers the suites run under besides the defaults, read from the environment
 * (`SIM_ASSUME=itemEvents=actor,parentOnCreate=true`); empty outside Node; pure given env.
 */
export function assumptionsFromEnv(
  env: string | undefined = typeof process === 'undefined' ? undefined : process.env?.SIM_ASSUME,
): Partial<Assumptions> {
  const out: Record<string, unknown> = {};
  for (const pair of (env ?? '').split(',').filter(Boolean)) {
    const [key, raw] = pair.split('=');
    if (!key || raw === undefined || !(key in COSTLY)) continue;
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  return out as Partial<Assumptions>;
}
