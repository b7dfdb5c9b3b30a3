// Cross-checks the Method schema cannot express field by field: references, uniqueness, reveals.
import { z } from 'zod';
import { Method } from './schema';
import type { Action, RegionState } from './schema';

export type CheckCode =
  | 'unknown-region'
  | 'unknown-role'
  | 'unknown-phase'
  | 'duplicate-id'
  | 'rounds-order'
  | 'group-range'
  | 'roles-too-many'
  | 'hidden-never-revealed'
  | 'writable-never-open'
  | 'private-never-revealed'
  | 'columns-missing'
  | 'cards-missing'
  | 'slot-roles-missing';

/** One cross-check problem; `path` points into the method as zod paths do. */
export type CheckProblem = {
  code: CheckCode;
  path: (string | number)[];
  params?: Record<string, string>;
};

type Out = CheckProblem[];

function duplicates(ids: string[], base: string, out: Out): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ code: 'duplicate-id', path: [base, i, 'id'], params: { id } });
    seen.add(id);
  });
}

function actionRegion(a: Action): string | undefined {
  return 'region' in a ? a.region : undefined;
}

function actionRoles(a: Action): { roles: string[]; key: string; list: boolean } | undefined {
  if (!('by' in a)) return undefined;
  return Array.isArray(a.by)
    ? { roles: a.by, key: 'by', list: true }
    : { roles: [a.by], key: 'by', list: false };
}

function revealedLater(m: Method, region: string, from: number): boolean {
  return m.phases.slice(from).some((p) => {
    const s: RegionState | undefined = p.regions[region];
    const opened = s?.state === 'revealed' || (s?.state === 'open' && !s.private);
    return opened || p.actions.some((a) => a.kind === 'reveal' && a.region === region);
  });
}

function checkReferences(m: Method, out: Out): void {
  const roles = new Set(m.roles.map((r) => r.id));
  const regions = new Set(m.regions.map((r) => r.id));
  const role = (id: string, path: (string | number)[]) => {
    if (!roles.has(id)) out.push({ code: 'unknown-role', path, params: { id } });
  };
  m.regions.forEach((r, i) =>
    r.slotRoles?.forEach((id, k) => role(id, ['regions', i, 'slotRoles', k])),
  );
  m.phases.forEach((p, i) => {
    p.speaks.forEach((id, k) => role(id, ['phases', i, 'speaks', k]));
    for (const [rid, s] of Object.entries(p.regions)) {
      if (!regions.has(rid))
        out.push({
          code: 'unknown-region',
          path: ['phases', i, 'regions', rid],
          params: { id: rid },
        });
      if (s.state === 'open')
        s.roles.forEach((id, k) => role(id, ['phases', i, 'regions', rid, 'roles', k]));
    }
    p.actions.forEach((a, j) => {
      const rid = actionRegion(a);
      if (rid !== undefined && !regions.has(rid))
        out.push({
          code: 'unknown-region',
          path: ['phases', i, 'actions', j, 'region'],
          params: { id: rid },
        });
      const by = actionRoles(a);
      by?.roles.forEach((id, k) =>
        role(
          id,
          by.list ? ['phases', i, 'actions', j, 'by', k] : ['phases', i, 'actions', j, 'by'],
        ),
      );
      if (a.kind === 'reveal')
        a.authors?.forEach((id, k) => role(id, ['phases', i, 'actions', j, 'authors', k]));
    });
  });
  if (m.rounds) {
    role(m.rounds.per, ['rounds', 'per']);
    const ids = m.phases.map((p) => p.id);
    const from = ids.indexOf(m.rounds.from);
    const to = ids.indexOf(m.rounds.to);
    if (from < 0)
      out.push({ code: 'unknown-phase', path: ['rounds', 'from'], params: { id: m.rounds.from } });
    if (to < 0)
      out.push({ code: 'unknown-phase', path: ['rounds', 'to'], params: { id: m.rounds.to } });
    if (from >= 0 && to >= 0 && from > to) out.push({ code: 'rounds-order', path: ['rounds'] });
  }
}

function checkRegions(m: Method, out: Out): void {
  m.regions.forEach((r, i) => {
    if (r.kind === 'columns' && !r.columns)
      out.push({ code: 'columns-missing', path: ['regions', i, 'columns'] });
    if (r.kind === 'cards' && !r.cards)
      out.push({ code: 'cards-missing', path: ['regions', i, 'cards'] });
    if (r.slotsPerMember !== undefined && !r.slotRoles)
      out.push({ code: 'slot-roles-missing', path: ['regions', i, 'slotRoles'] });
    const everOpen = m.phases.some((p) => p.regions[r.id]?.state === 'open');
    if (r.writable && !everOpen)
      out.push({ code: 'writable-never-open', path: ['regions', i], params: { id: r.id } });
  });
  m.phases.forEach((p, i) => {
    for (const [rid, s] of Object.entries(p.regions)) {
      if (s.state === 'hidden' && !revealedLater(m, rid, i + 1))
        out.push({
          code: 'hidden-never-revealed',
          path: ['phases', i, 'regions', rid],
          params: { id: rid },
        });
      const revealed = m.phases
        .slice(i)
        .some((q) => q.actions.some((a) => a.kind === 'reveal' && a.region === rid));
      if (s.state === 'open' && s.private && !revealed)
        out.push({
          code: 'private-never-revealed',
          path: ['phases', i, 'regions', rid, 'private'],
          params: { id: rid },
        });
    }
  });
}

/** Returns every cross-check problem of a structurally valid method (empty when sound); pure. */
export function checkMethod(m: Method): CheckProblem[] {
  const out: Out = [];
  duplicates(
    m.roles.map((r) => r.id),
    'roles',
    out,
  );
  duplicates(
    m.regions.map((r) => r.id),
    'regions',
    out,
  );
  duplicates(
    m.phases.map((p) => p.id),
    'phases',
    out,
  );
  if (m.group.min > m.group.max) out.push({ code: 'group-range', path: ['group', 'min'] });
  const mins = m.roles.reduce((sum, r) => sum + r.min, 0);
  if (mins > m.group.max)
    out.push({ code: 'roles-too-many', path: ['roles'], params: { min: String(mins) } });
  checkReferences(m, out);
  checkRegions(m, out);
  return out;
}

/** The Method schema with the cross-checks as custom issues (message = the check code). */
export const CheckedMethod = Method.superRefine((m, ctx) => {
  for (const p of checkMethod(m))
    ctx.addIssue({
      code: 'custom',
      message: p.code,
      path: p.path,
      params: { check: p.code, ...p.params },
    });
});

export type ParseResult = { ok: true; method: Method } | { ok: false; issues: z.core.$ZodIssue[] };

/** Returns the parsed, cross-checked method or all zod and cross-check issues; pure. */
export function parseMethod(input: unknown): ParseResult {
  const r = CheckedMethod.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, method: r.data } : { ok: false, issues: r.error.issues };
}
