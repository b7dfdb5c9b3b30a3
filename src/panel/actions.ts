// What the panel does on each user action during setup: every board call goes through the host.
import type { Method } from '../catalog/schema';
import type { Lang } from '../i18n/i18n';
import type { PanelHost, SetupInput } from './controller-port';
import {
  checkName,
  defaultRoles,
  draftSession,
  drawPairs,
  participantsOf,
  peopleNeeded,
  roomId,
  setInbrenger,
  splitViskom,
} from './setup';
import type { NameCheck } from './setup';
import { checkCustom, findMethod, isBuiltin } from './catalog';
import type { ImportResult } from './catalog';
import type { PanelState, Store } from './store';

export type PanelActions = ReturnType<typeof createPanelActions>;

const hasRole = (m: Method, id: string) => m.roles.some((r) => r.id === id);

/** Returns the method chosen or imported with this id, from the built-ins and this panel's customs; pure. */
export function methodIn(state: PanelState, id: string | null): Method | undefined {
  return findMethod(state.customs, id);
}

/** Returns the setup input for the host from the panel state, or null before a method is chosen; pure. */
export function setupInput(state: PanelState): SetupInput | null {
  const method = methodIn(state, state.methodId);
  if (!method || !state.me) return null;
  const viskom = state.viskom && hasRole(method, 'binnengroep') ? state.viskom : undefined;
  const pairs = method.regions.some((r) => r.kind === 'pairs') ? state.pairs : undefined;
  return {
    method,
    participants: participantsOf(state.people),
    roles: state.roles,
    facilitatorId: state.me.id,
    lastInbrengerIds: state.lastInbrengerIds,
    lang: state.lang,
    ...(viskom ? { viskom } : {}),
    ...(pairs ? { pairs } : {}),
  };
}

/** Returns the panel's setup actions over the store and the host; they mutate only the store. */
export function createPanelActions(
  store: Store<PanelState>,
  host: PanelHost,
  random: () => number,
) {
  const s = () => store.get();
  const method = () => methodIn(s(), s().methodId);
  const draft = () => {
    const m = method();
    const st = s();
    return m && st.me
      ? draftSession(m, participantsOf(st.people), st.roles, st.me.id, st.lastInbrengerIds)
      : null;
  };
  /** Recomputes the default roles and groups after the people changed, keeping the inbrenger if present. */
  const reseat = () => {
    const m = method();
    const st = s();
    if (!m || !st.me) return;
    const ids = participantsOf(st.people).map((p) => p.id);
    const viskom = hasRole(m, 'binnengroep') ? splitViskom(ids, random) : null;
    const roles = defaultRoles(m, participantsOf(st.people), st.me.id, viskom ?? undefined);
    const keep = Object.keys(st.roles).find(
      (id) => st.roles[id]?.includes('inbrenger') && ids.includes(id),
    );
    const base = draftSession(m, participantsOf(st.people), roles, st.me.id, st.lastInbrengerIds);
    const pairs = m.regions.some((r) => r.kind === 'pairs') ? drawPairs(ids, random) : [];
    store.set({ roles: keep ? setInbrenger(m, base, keep) : roles, viskom, pairs, drawNote: null });
  };

  async function loadPeople() {
    store.set({ usersStatus: 'loading', error: null });
    try {
      const [me, users, last] = await Promise.all([
        host.me(),
        host.onlineUsers(),
        host.lastInbrengers().catch(() => []),
      ]);
      const online = [me, ...users.filter((u) => u.id !== me.id)];
      const typed = s().people.filter((p) => !p.onMiro);
      const people = [
        ...online.map((u) => ({ id: u.id, name: u.name, onMiro: true, ticked: true })),
        ...typed,
      ];
      store.set({ me, people, lastInbrengerIds: last, usersStatus: 'ok' });
    } catch {
      store.set({ usersStatus: 'failed' });
    }
    reseat();
  }

  return {
    /** Opens the session already running on this board: the facilitator leads it, others join it. */
    async boot() {
      try {
        const me = await host.me();
        store.set({ me });
        const opened = await host.open();
        if (!opened) return;
        const custom = isBuiltin(opened.method.id) ? [] : [opened.method];
        const lead = opened.controller.state().facilitatorId === me.id;
        store.set({
          customs: [...s().customs.filter((m) => m.id !== opened.method.id), ...custom],
          methodId: opened.method.id,
          controller: opened.controller,
          screen: lead ? 'lead' : 'join',
        });
      } catch {
        store.set({
          error: {
            nl: 'De sessie op dit bord kon niet geladen worden.',
            en: 'The session on this board could not be loaded.',
          },
        });
      }
    },
    setLang: (lang: Lang) => store.set({ lang }),
    go: (screen: PanelState['screen']) => store.set({ screen, error: null }),
    answer: (patch: Partial<PanelState['answers']>) =>
      store.set({ answers: { ...s().answers, ...patch } }),
    toggleCard: (id: string) => store.set({ expanded: s().expanded === id ? null : id }),
    /** Picks the method and moves to the people screen, loading who is on the board. */
    async useMethod(id: string) {
      store.set({ methodId: id, screen: 'people', error: null, roles: {}, drawNote: null });
      await loadPeople();
    },
    loadPeople,
    /** Adds the custom method from JSON text, or returns its problems; the catalog refuses id clashes. */
    async importCustom(text: string): Promise<ImportResult> {
      const r = await checkCustom(text, s().customs, s().lang);
      if (r.ok)
        store.set({ customs: [...s().customs.filter((m) => m.id !== r.method.id), r.method] });
      return r;
    },
    togglePerson(id: string) {
      store.set({ people: s().people.map((p) => (p.id === id ? { ...p, ticked: !p.ticked } : p)) });
      reseat();
    },
    /** Adds a person in the room, or refuses an empty or duplicate name. */
    addName(raw: string): NameCheck {
      const check = checkName(s().people, raw);
      if (!check.ok) return check;
      const row = {
        id: roomId(s().people, check.name),
        name: check.name,
        onMiro: false,
        ticked: true,
      };
      store.set({ people: [...s().people, row] });
      reseat();
      return check;
    },
    removeName(id: string) {
      store.set({ people: s().people.filter((p) => p.id !== id || p.onMiro) });
      reseat();
    },
    chooseInbrenger(id: string | null) {
      const m = method();
      const d = draft();
      if (m && d) store.set({ roles: setInbrenger(m, d, id), drawNote: null, error: null });
    },
    /** Draws the inbrenger at random; the note says who was drawn and who was passed over. */
    async draw() {
      const { drawInbrenger } = await import('./setup-engine');
      const m = method();
      const d = draft();
      if (!m || !d) return;
      const shortBy = peopleNeeded(m) - d.participants.length;
      if (shortBy > 0) return store.set({ error: tooFew(m, d.participants.length) });
      const r = drawInbrenger(m, d, random);
      if (!r.ok) return store.set({ error: r.error.message });
      const name = (id: string) => d.participants.find((p) => p.id === id)?.name ?? id;
      const skipped = r.skipped.map(name).join(', ');
      const note = {
        nl:
          `Geloot: ${name(r.chosen)}.` +
          (skipped ? ` ${skipped} bracht vorige keer in en is overgeslagen.` : ''),
        en:
          `Drawn: ${name(r.chosen)}.` +
          (skipped ? ` ${skipped} brought a case last time and was passed over.` : ''),
      };
      store.set({ roles: r.roles, drawNote: note, error: null });
    },
    moveViskom(id: string, side: 'binnen' | 'buiten') {
      const v = s().viskom;
      if (!v) return;
      const binnen = v.binnen.filter((x) => x !== id);
      const buiten = v.buiten.filter((x) => x !== id);
      (side === 'binnen' ? binnen : buiten).push(id);
      store.set({ viskom: { binnen, buiten }, roles: grouped(s().roles, binnen) });
    },
    shuffleViskom() {
      const m = method();
      if (!m || !hasRole(m, 'binnengroep')) return;
      const v = splitViskom(
        participantsOf(s().people).map((p) => p.id),
        random,
      );
      store.set({ viskom: v, roles: grouped(s().roles, v.binnen) });
    },
    redrawPairs() {
      store.set({
        pairs: drawPairs(
          participantsOf(s().people).map((p) => p.id),
          random,
        ),
      });
    },
    /** Checks the setup and moves to the generate screen, or shows the first problem. */
    async toBoard() {
      const { setupProblem } = await import('./setup-engine');
      const m = method();
      const d = draft();
      if (!m || !d) return;
      if (d.participants.length < peopleNeeded(m))
        return store.set({ error: tooFew(m, d.participants.length) });
      const problem = setupProblem(m, d);
      if (problem) return store.set({ error: problem.message });
      store.set({ screen: 'generate', error: null, progress: null });
    },
    /** Places the template (resuming after a failure) and stores the session; Start comes later. */
    async generate() {
      const input = setupInput(s());
      if (!input || s().busy) return;
      store.set({ busy: true, error: null });
      const gen = await host.generate(input, (done, total) =>
        store.set({ progress: { done, total } }),
      );
      if (!gen.ok) {
        store.set({
          busy: false,
          error: gen.error.message,
          progress: { done: gen.done, total: gen.total },
        });
        return;
      }
      const placed = await host.prepare(input);
      if (!placed.ok) return store.set({ busy: false, error: placed.error.message });
      store.set({ busy: false, controller: placed.controller, screen: 'lead' });
    },
    /** Lets go of the ended session and starts over at the method choice; the board stays as it is. */
    newSession() {
      s().controller?.close?.();
      store.set({
        screen: 'choose',
        methodId: null,
        controller: null,
        expanded: null,
        roles: {},
        drawNote: null,
        viskom: null,
        pairs: [],
        progress: null,
        busy: false,
        error: null,
      });
    },
  };
}

/** Returns the roles with each viskom role set by the inner group; pure. */
function grouped(roles: Record<string, string[]>, binnen: string[]): Record<string, string[]> {
  const side = (pid: string) => (binnen.includes(pid) ? 'binnengroep' : 'buitengroep');
  return Object.fromEntries(
    Object.entries(roles).map(([pid, rs]) => [
      pid,
      rs.map((r) => (r === 'binnengroep' || r === 'buitengroep' ? side(pid) : r)),
    ]),
  );
}

/** Returns the "needs more people" message for the method; pure. */
export function tooFew(m: Method, n: number) {
  const need = peopleNeeded(m);
  return {
    nl: `${m.name.nl} vraagt minstens ${need} deelnemers; er ${n === 1 ? 'is er' : 'zijn er'} ${n}. Voeg namen toe of kies een andere methode.`,
    en: `${m.name.en} needs at least ${need} participants; there ${n === 1 ? 'is' : 'are'} ${n}. Add names or choose another method.`,
  };
}
