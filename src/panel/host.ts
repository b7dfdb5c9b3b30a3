// The panel's host over a Miro-shaped object: setup services through the board adapter and the
// controller. Components never see `miro`: they get the PanelHost interface; the host and its
// helpers beside it (host-guard, report, fit) are the panel files that call the SDK.
import { findMethod } from './catalog';
import { layoutParticipant } from '../shared/people';
import { createPrivateNotes } from '../reveal/private';
import type { StorageLike } from '../reveal/private';
import type { SessionHandle } from '../controller/handle';
import type { Method } from '../catalog/schema';
import type { Lang } from '../i18n/i18n';
import type { MiroLike } from '../miro/types';
import type { RatingValue } from '../guard/rating';
import type {
  GenerateOutcome,
  Outcome,
  PanelController,
  PanelHost,
  SetupInput,
} from './controller-port';
import { createGuardServices } from './host-guard';
import type { RunningGuard } from './host-guard';
import { browserStorage, panelController } from './session-port';

export interface HostOptions {
  now?: () => number;
  random?: () => number;
  /** Rates the board selection; the guard supplies it (default: a plain refusal). */
  rate?: (rating: RatingValue) => Promise<Outcome>;
  /** The guard already running on this client (the practice board's), used for ratings and drops
   *  instead of one the panel loads itself. */
  guard?: () => RunningGuard | undefined;
  onReport?: PanelHost['onReport'];
  /** Methods beyond the built-ins the stored session may use (custom methods). */
  lookup?: (id: string) => Method | undefined;
  /** The panel's language: the verslag's language (default 'nl'). */
  lang?: Lang;
  /** Where this panel keeps private notes until the reveal (default: localStorage). */
  storage?: StorageLike;
  /** How the board check waits for other clients' replies (default: real timers). */
  checkWait?: (ms: number) => Promise<void>;
  /** A participant's own client on this board, when the host has one (the practice board): a
   *  revealed note the facilitator holds for them goes up from it, as written by them. */
  clientOf?: (userId: string) => MiroLike | undefined;
}

const ROLE_ORDER = ['inbrenger', 'gespreksleider', 'binnengroep', 'buitengroep'];

/** Returns the role shown on a person's role card: the most telling one they hold; pure. */
export function primaryRole(roles: readonly string[]): string | undefined {
  return ROLE_ORDER.find((r) => roles.includes(r)) ?? roles[0];
}

/** Returns a session id that fits the layout's rule (1–24 of [A-Za-z0-9_-]); pure given its inputs. */
export function newSessionId(now: number, random: () => number): string {
  return `s${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`.slice(0, 24);
}

/** Returns a PanelHost over `miro`; it keeps the session id of a half-placed template so a retry resumes. */
export function createMiroHost(miro: MiroLike, options: HostOptions = {}): PanelHost {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const lookup = (id: string) => findMethod([], id) ?? options.lookup?.(id);
  const storage = options.storage ?? browserStorage();
  let pending: { key: string; sessionId: string; map?: unknown } | null = null;
  // The panel's controller: the handle plus private writing (notes, 'Klaar', the reveal), and the
  // previous verslag with its open actions (R41). At the start (`cardLang`: the template's language)
  // the card also goes on the board, once.
  const wrap = async (handle: SessionHandle, cardLang?: Lang): Promise<PanelController> => {
    const { attachPrivateWriting } = await import('../reveal/writing');
    const selfId = await miro.board.getUserInfo().then(
      (u) => u.id,
      () => handle.state().facilitatorId,
    );
    const writing = attachPrivateWriting(miro, handle, {
      storage,
      selfId,
      ...(options.clientOf ? { clientOf: options.clientOf } : {}),
    });
    // The session's end adds its verslag to the group's history (on the panel that ended it).
    const { recordOnEnd, createReportActions } = await import('./report');
    const stopRecording = recordOnEnd(miro, handle, { lang: options.lang ?? 'nl', now });
    const report = (lang: Lang) => createReportActions(miro, handle, { lang, now });
    const [nl, en] = await Promise.all([
      report('nl').previousAgenda(),
      report('en').previousAgenda(),
    ]);
    const previous = nl && en ? { nl, en } : null;
    if (previous && cardLang) {
      const placed = await report(cardLang).agendaToBoard();
      if (!placed.ok) handle.notify({ code: 'agenda-card', message: placed.error.message });
    }
    return panelController(handle, writing, stopRecording, previous);
  };
  const keyOf = (i: SetupInput) => JSON.stringify([i.method.id, i.participants.map((p) => p.id)]);
  const sessionFor = (i: SetupInput) => {
    if (!pending || pending.key !== keyOf(i))
      pending = { key: keyOf(i), sessionId: newSessionId(now(), random) };
    return pending;
  };
  const guarded = createGuardServices(miro, {
    now,
    ...(options.guard ? { running: options.guard } : {}),
  });
  return {
    async me() {
      const u = await miro.board.getUserInfo();
      return { id: u.id, name: u.name };
    },
    async onlineUsers() {
      return (await miro.board.getOnlineUsers()).map((u) => ({ id: u.id, name: u.name }));
    },
    async lastInbrengers() {
      const { openSession } = await import('../controller/session');
      const opened = await openSession(miro, { lookup });
      // No session on the board (the last one ended): the group's history knows who brought one.
      if (!opened.ok) return (await import('./report')).historyInbrengers(miro);
      const s = opened.handle.state();
      opened.handle.close();
      return s.participants.filter((p) => s.roles[p.id]?.includes('inbrenger')).map((p) => p.id);
    },
    async generate(input, onProgress): Promise<GenerateOutcome> {
      const session = sessionFor(input);
      const participants = input.participants.map((p) =>
        layoutParticipant({ id: p.id, name: p.name, role: primaryRole(input.roles[p.id] ?? []) }),
      );
      const layout = {
        date: new Date(now()).toISOString().slice(0, 10),
        lang: input.lang,
        sessionId: session.sessionId,
        ...(input.viskom ? { viskom: input.viskom } : {}),
        ...(input.pairs ? { pairs: input.pairs } : {}),
      };
      const { generateTemplate } = await import('../board/generate');
      const r = await generateTemplate(
        miro,
        { method: input.method, participants, options: layout },
        { onProgress },
      );
      if (!r.ok) return { ok: false, error: r.error, done: r.done, total: r.total };
      session.map = r.map;
      return { ok: true };
    },
    async prepare(input) {
      const session = sessionFor(input);
      const { startSession } = await import('../controller/session');
      const opened = await startSession(miro, {
        template: {
          sessionId: session.sessionId,
          lang: input.lang,
          ...(session.map ? { map: session.map } : {}),
        },
        method: input.method,
        participants: input.participants,
        roles: input.roles,
        facilitatorId: input.facilitatorId,
        lastInbrengerIds: input.lastInbrengerIds,
        lang: input.lang,
        now,
        random,
        lookup: (id) => (id === input.method.id ? input.method : lookup(id)),
      });
      if (!opened.ok) return { ok: false, error: opened.error };
      pending = null;
      return { ok: true, controller: await wrap(opened.handle, input.lang) };
    },
    async open() {
      const { openSession } = await import('../controller/session');
      const opened = await openSession(miro, { lookup, now, random });
      if (!opened.ok) return null;
      return { controller: await wrap(opened.handle), method: opened.handle.method };
    },
    async fit(sessionId) {
      const { fitTemplate } = await import('./fit');
      return fitTemplate(miro, sessionId);
    },
    rate: options.rate ?? guarded.rate,
    mark: guarded.mark,
    enableDrop: guarded.enableDrop,
    notes: (sessionId) => createPrivateNotes(storage, sessionId),
    async boardCheck(onProgress) {
      const { runBoardCheck, formatBoardCheck } = await import('../app/board-check');
      const lang = options.lang ?? 'nl';
      const wait = options.checkWait;
      const r = await runBoardCheck(miro, { now, lang, onProgress, ...(wait ? { wait } : {}) });
      return {
        answers: r.answers,
        notes: [r.cleanup.text, r.saved.text],
        text: (l) => formatBoardCheck(r, l),
      };
    },
    onReport:
      options.onReport ??
      (async (kind, controller) => {
        const { createReportActions } = await import('./report');
        const handle = { state: () => controller.state(), method: controller.method };
        const actions = createReportActions(miro, handle, { lang: options.lang ?? 'nl', now });
        const r = await (kind === 'board' ? actions.toBoard() : actions[kind]());
        return r.ok ? { ok: true } : { ok: false, error: r.error };
      }),
  };
}
