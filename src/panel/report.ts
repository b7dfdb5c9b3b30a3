// Afronden (UX §6, R41): the verslag on the board, as a Markdown download and printed, the
// previous verslag's agenda card, and the history written at the session's end. Every heavy
// module loads with `await import(...)` so the panel's first chunk stays small. Never throws.
import type { TemplateMap } from '../board/template-map';
import type { Method } from '../catalog/schema';
import type { ItemBase, MiroLike } from '../miro/types';
import type { AgendaCard, History } from '../record/history';
import type { Report } from '../record/report-types';
import type { Lang } from '../shared/text';
import type { SessionState } from '../session/state';
import { downloadFile, fileName, isoDay, printHtml } from './report-dom';
import { userError, type UserError } from '../shared/errors';

export type Result<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: UserError };

/** What the report actions read of a session: the controller's SessionHandle or the panel's port fits. */
export interface ReportHandle {
  state(): SessionState;
  /** The running method (needed for a custom method; built-ins are found by id). */
  readonly method?: Method;
  on?(type: 'session-ended', listener: (p: { state: SessionState }) => void): () => void;
}

export interface ReportOptions {
  lang: Lang;
  now: () => number;
  /** Saves a text file (default: a Blob behind an `<a download>` link). */
  save?: (name: string, text: string) => void | Promise<void>;
  /** Prints a full HTML document (default: a hidden iframe and its print()). */
  print?: (html: string) => void | Promise<void>;
}

export interface ReportActions {
  /** Writes the verslag frame beside the template and zooms to it; again updates the same frame. */
  toBoard(): Promise<Result<{ frameId: string }>>;
  /** Downloads `verslag-<method>-<date>.md`. */
  download(): Promise<Result<{ name: string; text: string }>>;
  /** Opens the print dialog with the verslag as one HTML document. */
  print(): Promise<Result>;
  /** The previous verslag and its open actions (R41), or null when this group has no history. */
  previousAgenda(): Promise<AgendaCard | null>;
  /** Puts the previous verslag's card beside the title block; null agenda → ok with no item. */
  agendaToBoard(): Promise<Result<{ itemId: string | null }>>;
}

const fail = (code: string, nl: string, en: string): { ok: false; error: UserError } => ({
  ok: false,
  error: userError(code, nl, en),
});
const FAILED = () =>
  fail(
    'report-failed',
    'Het verslag lukte niet. Probeer het opnieuw.',
    'The record failed. Please try again.',
  );

async function build(
  miro: MiroLike,
  handle: ReportHandle,
  opts: Pick<ReportOptions, 'lang' | 'now'>,
) {
  const [{ buildReportFromBoard }, { methods }] = await Promise.all([
    import('../board/report-frame'),
    import('../catalog/methods'),
  ]);
  const own = handle.method;
  const lookup = (id: string) => (own && own.id === id ? own : methods.byId(id));
  const sessionId = handle.state().sessionId;
  return buildReportFromBoard(miro, sessionId, {
    date: isoDay(opts.now()),
    lang: opts.lang,
    lookup,
  });
}

async function history(miro: MiroLike): Promise<History> {
  const { loadHistory, HISTORY_COLLECTION } = await import('../board/history');
  return (await loadHistory(miro.board.storage.collection(HISTORY_COLLECTION))).history;
}

/** Returns the Afronden actions over a session; each resolves to a result value, never throws. */
export function createReportActions(
  miro: MiroLike,
  handle: ReportHandle,
  opts: ReportOptions,
): ReportActions {
  const { lang } = opts;
  const withReport = async <T extends object>(
    use: (report: Report, map: TemplateMap) => Promise<Result<T>>,
  ): Promise<Result<T>> => {
    try {
      const built = await build(miro, handle, opts);
      if (!built.ok) return { ok: false, error: built.error };
      return await use(built.report, built.map);
    } catch {
      return FAILED();
    }
  };
  const previousAgenda = async (): Promise<AgendaCard | null> => {
    try {
      const [{ startOfSessionAgenda }, all] = await Promise.all([
        import('../record/history'),
        history(miro),
      ]);
      const sid = handle.state().sessionId;
      const before = { ...all, sessions: all.sessions.filter((s) => s.sessionId !== sid) };
      return startOfSessionAgenda(before, lang);
    } catch {
      return null;
    }
  };
  return {
    toBoard: () =>
      withReport<{ frameId: string }>(async (report, map) => {
        const { writeReportFrame } = await import('../board/report-frame');
        const written = await writeReportFrame(miro, report, map, lang);
        if (!written.ok) return written;
        // The facilitator sees the verslag where it landed; a failed zoom leaves it written.
        await miro.board
          .getById(written.frameId)
          .then((frame) => miro.board.viewport.zoomTo(frame as ItemBase))
          .catch(() => undefined);
        return { ok: true, frameId: written.frameId };
      }),
    download: () =>
      withReport<{ name: string; text: string }>(async (report) => {
        const { toMarkdown } = await import('../record/markdown');
        const text = toMarkdown(report, lang);
        const name = fileName(report.methodId, report.date);
        try {
          await (opts.save ?? downloadFile)(name, text);
        } catch {
          return fail('download-failed', 'Downloaden lukte niet.', 'The download failed.');
        }
        return { ok: true, name, text };
      }),
    print: () =>
      withReport<object>(async (report) => {
        const { toPrintHtml } = await import('../record/print-html');
        try {
          await (opts.print ?? printHtml)(toPrintHtml(report, lang));
        } catch {
          return fail('print-failed', 'Afdrukken lukte niet.', 'Printing failed.');
        }
        return { ok: true };
      }),
    previousAgenda,
    async agendaToBoard() {
      const agenda = await previousAgenda();
      if (!agenda) return { ok: true, itemId: null };
      try {
        const [{ readMap }, { writeAgendaCard }] = await Promise.all([
          import('../board/template-map'),
          import('../board/agenda-card'),
        ]);
        const map = await readMap(miro.board, handle.state().sessionId);
        if (!map)
          return fail(
            'no-template',
            'Voor deze sessie staat geen sjabloon op het bord.',
            'This session has no template on the board.',
          );
        const written = await writeAgendaCard(miro, map, agenda);
        return written.ok ? { ok: true, itemId: written.itemId } : written;
      } catch {
        return FAILED();
      }
    },
  };
}

/** Builds the session's verslag and adds it to the group's history (mutates storage); again replaces it; never throws. */
export async function recordSessionEnd(
  miro: MiroLike,
  handle: ReportHandle,
  opts: Pick<ReportOptions, 'lang' | 'now'>,
): Promise<Result<{ sessions: number }>> {
  try {
    const built = await build(miro, handle, opts);
    if (!built.ok) return { ok: false, error: built.error };
    const [{ appendSession }, { saveHistory, HISTORY_COLLECTION }] = await Promise.all([
      import('../record/history'),
      import('../board/history'),
    ]);
    const next = appendSession(built.history, built.report);
    const saved = await saveHistory(miro.board.storage.collection(HISTORY_COLLECTION), next);
    if (!saved)
      return fail(
        'history-not-saved',
        'De geschiedenis van de groep kon niet worden bewaard. Probeer het opnieuw.',
        'The group’s history could not be saved. Please try again.',
      );
    return { ok: true, sessions: next.sessions.length };
  } catch {
    return FAILED();
  }
}

/** Records the history when the handle says the session ended; returns the unsubscribe function. */
export function recordOnEnd(
  miro: MiroLike,
  handle: ReportHandle,
  opts: Pick<ReportOptions, 'lang' | 'now'> & {
    done?: (result: Result<{ sessions: number }>) => void;
  },
): () => void {
  if (!handle.on) return () => undefined;
  return handle.on('session-ended', () => {
    void recordSessionEnd(miro, handle, opts).then((r) => opts.done?.(r));
  });
}

/** Returns who brought a case in the group's latest recorded session (for the role rotation); never throws. */
export async function historyInbrengers(miro: MiroLike): Promise<string[]> {
  try {
    const { lastInbrengers } = await import('../record/history');
    return lastInbrengers(await history(miro));
  } catch {
    return [];
  }
}
