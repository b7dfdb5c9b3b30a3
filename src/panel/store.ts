// The panel's state: a small store factory (createPanelStore) and a hook that re-renders on change.
import { useLayoutEffect, useReducer } from 'preact/hooks';
import type { Experience } from '../catalog/recommend';
import type { Focus, Method, RoleId, Text } from '../catalog/schema';
import type { Lang } from '../i18n/i18n';
import type { PanelController } from './controller-port';
import type { PersonRow } from './setup';

export type Screen =
  'choose' | 'import' | 'about' | 'people' | 'generate' | 'lead' | 'join' | 'report';

export interface PanelState {
  lang: Lang;
  screen: Screen;
  answers: { experience: Experience; minutes: 15 | 45 | 90; focus: Focus };
  expanded: string | null;
  /** Custom methods imported in this panel session. */
  customs: Method[];
  methodId: string | null;
  me: { id: string; name: string } | null;
  people: PersonRow[];
  usersStatus: 'idle' | 'loading' | 'ok' | 'failed';
  lastInbrengerIds: string[];
  roles: Record<string, RoleId[]>;
  /** What the last draw did, in both languages. */
  drawNote: Text | null;
  viskom: { binnen: string[]; buiten: string[] } | null;
  pairs: [string, string][];
  progress: { done: number; total: number } | null;
  busy: boolean;
  /** The last error a user caused, shown with role="alert" on the current screen. */
  error: Text | null;
  controller: PanelController | null;
}

export interface Store<S> {
  get(): S;
  /** Merges the patch (or the patch returned by `fn`) into the state and notifies; mutates the store. */
  set(patch: Partial<S> | ((s: S) => Partial<S>)): void;
  subscribe(listener: () => void): () => void;
}

/** Returns a new store holding `initial`; set() replaces the state object, so readers see snapshots. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      const p = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...p };
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Returns the initial panel state in the given language; pure. */
export function initialPanelState(lang: Lang = 'nl'): PanelState {
  return {
    lang,
    screen: 'choose',
    answers: { experience: 'beginner', minutes: 45, focus: 'case' },
    expanded: null,
    customs: [],
    methodId: null,
    me: null,
    people: [],
    usersStatus: 'idle',
    lastInbrengerIds: [],
    roles: {},
    drawNote: null,
    viskom: null,
    pairs: [],
    progress: null,
    busy: false,
    error: null,
    controller: null,
  };
}

/** Returns a new panel store; `patch` overrides parts of the initial state. */
export function createPanelStore(patch: Partial<PanelState> = {}): Store<PanelState> {
  return createStore({ ...initialPanelState(patch.lang), ...patch });
}

/** Returns the store's current state and re-renders the component when it changes. */
export function useStore<S>(store: Store<S>): S {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => store.subscribe(() => bump(0)), [store]);
  return store.get();
}

/** Re-renders the component whenever the session controller reports a change. */
export function useController(controller: PanelController | null): void {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => controller?.subscribe(() => bump(0)), [controller]);
}
