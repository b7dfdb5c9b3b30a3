// A method as data: its roles, its board regions and, per phase, what each region allows.
// The same schema checks the built-in catalog and a facilitator's imported JSON.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'id-format' });

/** A text in Dutch (first) and English. */
export const Text = z.strictObject({
  nl: z.string().trim().min(1, { message: 'text-empty' }).max(600, { message: 'text-long' }),
  en: z.string().trim().min(1, { message: 'text-empty' }).max(600, { message: 'text-long' }),
});
export type Text = z.infer<typeof Text>;

export const RoleId = id;
export type RoleId = z.infer<typeof RoleId>;
export const RegionId = id;
export type RegionId = z.infer<typeof RegionId>;

export const Role = z.strictObject({
  id: RoleId,
  name: Text,
  description: Text,
  /** How many people take this role: at least `min`, at most `max` (null: no upper bound). */
  min: z.number().int().min(0).max(16),
  max: z.number().int().min(1).max(16).nullable(),
});
export type Role = z.infer<typeof Role>;

export const RegionKind = z.enum([
  'flipover', // one free area with a header
  'postits', // an area with a slot per member when `slotsPerMember` is set
  'columns', // labelled columns side by side (`columns`)
  'viskom', // two concentric circles: binnengroep inside, buitengroep on the ring
  'cards', // prefilled cards (`cards`): checklists, the five questions, agenda topics
  'feedback', // three-part feedback cards and the receiver's summary
  'notes', // a notes area for one role
  'pairs', // one result area per pair
  'fragment', // a video fragment area with its link
]);
export type RegionKind = z.infer<typeof RegionKind>;

export const Card = z.strictObject({ title: Text, body: Text.optional() });
export type Card = z.infer<typeof Card>;

export const Region = z.strictObject({
  id: RegionId,
  kind: RegionKind,
  title: Text,
  hint: Text.optional(),
  columns: z.array(Text).min(2).max(4).optional(),
  cards: z.array(Card).min(1).max(12).optional(),
  /** Slots per member for the roles in `slotRoles` (10 stappen: three questions each). */
  slotsPerMember: z.number().int().min(1).max(5).optional(),
  slotRoles: z.array(RoleId).min(1).optional(),
  /** False for regions that only show prefilled cards. */
  writable: z.boolean().default(true),
});
export type Region = z.infer<typeof Region>;

export const Scale = z.enum(['warm-neutraal-koud', 'warm-lauw-koud']);
export type Scale = z.infer<typeof Scale>;

/**
 * A region's state in a phase. `open`: the roles may write; `private`: each writes unseen until a
 * reveal; `ownSlot`: each writes only in their own slot or column; `stage`: within the phase, the
 * region opens only after the facilitator moves on `stage` times (R4, R10, R26, R27).
 * `locked`: visible, read-only. `hidden`: covered. `upcoming`: visible as not yet open.
 * `revealed`: the cover comes off and the content stays read-only.
 */
export const RegionState = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('open'),
    roles: z.array(RoleId).min(1),
    private: z.boolean().optional(),
    ownSlot: z.boolean().optional(),
    stage: z.number().int().min(0).max(3).optional(),
  }),
  z.strictObject({ state: z.literal('locked') }),
  z.strictObject({ state: z.literal('hidden') }),
  z.strictObject({ state: z.literal('upcoming') }),
  z.strictObject({ state: z.literal('revealed') }),
]);
export type RegionState = z.infer<typeof RegionState>;

/** Within a phase, the action is offered only once the facilitator has moved on this many times. */
const ActionStage = z.number().int().min(0).max(3).optional();

export const Action = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rate'),
    region: RegionId,
    by: RoleId,
    scale: Scale,
    stage: ActionStage,
  }),
  z.strictObject({
    kind: z.literal('choose-one'),
    region: RegionId,
    by: RoleId,
    stage: ActionStage,
  }),
  z.strictObject({
    kind: z.literal('vote'),
    region: RegionId,
    by: z.array(RoleId).min(1),
    votes: z.number().int().min(1).max(5),
    stage: ActionStage,
    /**
     * 'inbrenger': the vote picks whose case it is; the writer of the note marked 'gekozen' is
     * the inbrenger from the next phase on.
     */
    chooses: z.literal('inbrenger').optional(),
  }),
  z.strictObject({ kind: z.literal('form-pairs'), region: RegionId }),
  z.strictObject({
    kind: z.literal('reveal'),
    region: RegionId,
    /** Whose private notes are revealed; all authors when absent (R19 leaves the inbrenger out). */
    authors: z.array(RoleId).min(1).optional(),
    names: z.enum(['ask', 'with', 'without']).default('ask'),
    stage: ActionStage,
  }),
  z.strictObject({
    kind: z.literal('mark-answered'),
    region: RegionId,
    by: RoleId,
    stage: ActionStage,
  }),
  /** The phase starts only when this role agrees (R22). */
  z.strictObject({ kind: z.literal('consent'), by: RoleId }),
  /** A short countdown the facilitator restarts per fragment (R11). */
  z.strictObject({ kind: z.literal('fragment-timer'), seconds: z.number().int().min(5).max(300) }),
  /** The phase's timebox starts for everyone on entering the phase: a clear start signal (R32). */
  z.strictObject({ kind: z.literal('start-timer') }),
]);
export type Action = z.infer<typeof Action>;

export const Phase = z.strictObject({
  id,
  title: Text,
  instruction: Text,
  minutes: z.number().min(1).max(120),
  speaks: z.array(RoleId),
  regions: z.record(RegionId, RegionState).default({}),
  actions: z.array(Action).default([]),
  /** Ids of the rules of METHODS.md this phase holds (R1…R41). */
  rules: z.array(z.string().regex(/^R\d{1,2}$/)).default([]),
  /** A spoken rule the board cannot hold, shown on the step card (R35). */
  card: Text.optional(),
});
export type Phase = z.infer<typeof Phase>;

export const Focus = z.enum(['case', 'insight', 'video', 'successes', 'blind-spot', 'start']);
export type Focus = z.infer<typeof Focus>;

export const Method = z.strictObject({
  id,
  kind: z.enum(['method', 'meeting']).default('method'),
  name: Text,
  summary: Text,
  credit: z.string().min(1),
  fit: z.strictObject({
    experience: z.array(z.enum(['beginner', 'experienced'])).min(1),
    focus: z.array(Focus).min(1),
    professionalFacilitator: z.boolean().default(false),
  }),
  group: z.strictObject({
    min: z.number().int().min(2).max(16),
    max: z.number().int().min(2).max(16),
  }),
  roles: z.array(Role).min(1),
  regions: z.array(Region).min(1),
  phases: z.array(Phase).min(1).max(20),
  /** Phases repeated once per inbrenger (VIA, R14). */
  rounds: z.strictObject({ per: RoleId, from: id, to: id }).optional(),
});
export type Method = z.infer<typeof Method>;
