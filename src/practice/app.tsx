// The practice board's page: a toolbar ('Speel als', '+ Notitie', 'Verwijder', 'Begin opnieuw'),
// the panel of the current user in a 368 px column, and the drawn board beside it. Every action
// goes through the current user's UI actions, so the guard on that user's client answers it.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InspectedItem } from '../miro/simulator';
import type { StoredTag } from '../miro/simulator/state';
import { Board } from './board';
import { contentOf } from './html';
import { mountPanelFor } from './hosts';
import type { Practice } from './practice';
import { practiceDict } from '../i18n/practice';
import type { Lang } from '../i18n/i18n';
import { FACILITATOR_ID, nameOf } from './users';
import { footerAuthor, participantName } from './author';
import type { Camera } from './viewport';
import { COLLECTION } from '../storage/keys';

export interface AppProps {
  practice: Practice;
  /** Board-only view (screenshots): no panel column. */
  boardOnly?: boolean;
  /** The language at the start (default nl); then the page follows the panel's switch. */
  lang?: Lang;
  /** Called with a function that fits the board, once the board is drawn. */
  onReady?: (fit: () => void) => void;
  /** Starts a new practice board (after 'Begin opnieuw'). */
  onReset(): void;
}

function useBoard(practice: Practice) {
  const { sim } = practice;
  // Items in the board's stacking order, so the drawing shows what lies on top as Miro does.
  const read = () => {
    const rank = new Map(sim.inspect.stackOrder().map((id, i) => [id, i]));
    const items = sim.inspect.items().sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    return { items, tags: sim.inspect.tags() };
  };
  const [board, setBoard] = useState<{ items: InspectedItem[]; tags: StoredTag[] }>(read);
  useEffect(() => {
    let frame = 0;
    const unsubscribe = sim.inspect.subscribe(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setBoard(read());
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [sim]);
  return board;
}

/** The practice board page for one Practice. */
export function App({ practice, boardOnly, onReady, onReset, ...rest }: AppProps) {
  const { sim, users } = practice;
  const [lang, setLang] = useState<Lang>(rest.lang ?? 'nl');
  const T = practiceDict(lang);
  const [problem, setProblem] = useState(practice.problem);
  const board = useBoard(practice);
  const [userId, setUserId] = useState(practice.restored?.userId ?? FACILITATOR_ID);
  const [selected, setSelected] = useState<string | undefined>();
  const [placing, setPlacing] = useState(false);
  const [camera, setCamera] = useState<Camera | undefined>(practice.restored?.camera);
  const [focus, setFocus] = useState<{ n: number; ids?: readonly string[] }>({
    n: practice.restored?.camera ? 0 : 1,
  });
  const [message, setMessage] = useState('');
  const panelRoot = useRef<HTMLDivElement>(null);
  const zooms = useRef(sim.inspect.client(userId).zoomedTo.length);
  const act = () => practice.clientOf(userId).act;
  const attempt = <T,>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      setMessage(`${T.actionFailed}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const name = useMemo(() => (id: string) => nameOf(users, id), [users]);
  // A revealed private note shows its writer (typed-in people by their session name), or no one.
  const writerName = (id: string) =>
    users.some((u) => u.id === id)
      ? name(id)
      : (participantName(sim.inspect.collection(COLLECTION), id) ?? id);
  const authorOf = (item: InspectedItem) =>
    footerAuthor(item.createdBy, sim.inspect.metadataOf(item.id), writerName);

  // The panel of the current user, remounted on a switch.
  useEffect(() => {
    const root = panelRoot.current;
    if (!root || boardOnly) return;
    let unmount: (() => void) | undefined;
    let gone = false;
    root.textContent = T.panelLoading;
    const follow = new MutationObserver(() => {
      const now = root.querySelector('.ip-panel')?.getAttribute('lang');
      if (now === 'nl' || now === 'en') setLang(now);
    });
    follow.observe(root, { subtree: true, childList: true, attributeFilter: ['lang'] });
    const clientOf = (id: string) =>
      users.some((u) => u.id === id) ? practice.miroOf(id) : undefined;
    mountPanelFor(practice.miroOf(userId), root, lang, clientOf)
      .then((stop) => (gone ? stop() : (unmount = stop)))
      .catch((error) => {
        console.error(error);
        root.textContent = T.panelFailed;
      });
    zooms.current = sim.inspect.client(userId).zoomedTo.length;
    return () => {
      gone = true;
      follow.disconnect();
      unmount?.();
    };
  }, [userId]);

  // Follow the current user's viewport when the app zooms it, and keep the board saved.
  useEffect(() => {
    const zoomed = sim.inspect.client(userId).zoomedTo;
    if (zoomed.length > zooms.current) {
      zooms.current = zoomed.length;
      setFocus((f) => ({ n: f.n + 1, ids: zoomed[zoomed.length - 1] }));
    }
  }, [board]);
  useEffect(() => {
    const timer = setTimeout(() => practice.save({ userId, ...(camera ? { camera } : {}) }), 400);
    return () => clearTimeout(timer);
  }, [board, userId, camera]);
  useEffect(() => {
    onReady?.(() => setFocus((f) => ({ n: f.n + 1 })));
  }, []);

  const select = (id: string | undefined) => {
    setSelected(id);
    attempt(() => act().select(id ? [id] : []));
  };
  const createAt = (x: number, y: number) =>
    attempt(() => act().create('sticky_note', { x, y, content: '' }).id);
  const remove = (id: string) => {
    if (board.items.find((i) => i.id === id)?.type === 'frame') return;
    attempt(() => act().remove(id));
    setSelected(undefined);
  };

  return (
    <div class={`pb-page${boardOnly ? ' pb-board-only' : ''}`}>
      {!boardOnly && (
        <aside class="pb-panel" aria-label={T.panel} data-testid="panel" ref={panelRoot} />
      )}
      <main class="pb-main">
        {!boardOnly && (
          <div class="pb-toolbar" role="toolbar" aria-label={T.board}>
            <label class="pb-playas">
              {T.playAs}:{' '}
              <select
                data-testid="play-as"
                value={userId}
                onChange={(e) => {
                  setSelected(undefined);
                  setPlacing(false);
                  setUserId((e.currentTarget as HTMLSelectElement).value);
                }}
              >
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.id === FACILITATOR_ID ? `${u.name} (${T.facilitator})` : u.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" aria-pressed={placing} onClick={() => setPlacing(!placing)}>
              {T.addNote}
            </button>
            <button type="button" disabled={!selected} onClick={() => selected && remove(selected)}>
              {T.remove}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!confirm(T.resetConfirm)) return;
                practice.clear();
                onReset();
              }}
            >
              {T.reset}
            </button>
            <span class="pb-message" role="status" aria-live="polite">
              {placing ? T.placing : message}
            </span>
          </div>
        )}
        {!boardOnly && problem && (
          <div class="pb-problem" role="alert" data-part="restore-problem">
            <p>{T.restoreFailed(problem.backupKey)}</p>
            <button
              type="button"
              data-action="restart"
              onClick={() => {
                practice.resume();
                setProblem(undefined);
                setMessage(T.restarted(problem.backupKey));
              }}
            >
              {T.restart}
            </button>
          </div>
        )}
        <Board
          lang={lang}
          items={board.items}
          tags={board.tags}
          nameOf={name}
          authorOf={authorOf}
          selectedId={selected}
          placing={placing}
          camera={camera}
          focus={focus}
          onCamera={setCamera}
          onSelect={select}
          onPlaced={() => setPlacing(false)}
          onMove={(id, x, y) => attempt(() => act().move(id, x, y))}
          onCreateAt={createAt}
          onEdit={(id, text) => attempt(() => act().edit(id, contentOf(text)))}
          onDelete={remove}
        />
      </main>
    </div>
  );
}
