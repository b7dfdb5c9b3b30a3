// The handle's hooks: typed events the panel and the guard attach to, and the notices list.
import type { RegionId, Text } from '../catalog/schema';
import type { Effect } from '../session/effects';
import type { SessionState } from '../session/state';
import type { FocusRoute } from './focus';

type EffectOf<T extends Effect['type']> = Extract<Effect, { type: T }>;

/** Something the panel lists under "Activiteit": parked notes, repairs, someone going ahead. */
export interface Notice {
  code: string;
  message: Text;
  at: number;
  /** Free details, e.g. the names of the people whose notes were parked. */
  data?: Record<string, string | number | boolean | string[]>;
}

export interface HandleEventMap {
  /** The guard posts the private notes of `effect.authorIds` into the region. */
  reveal: { effect: EffectOf<'reveal'>; state: SessionState };
  /** route 'heard': another panel asked this one to zoom (zoomed: whether it could). */
  focus: { region: RegionId; frameId: string | null; route: FocusRoute | 'heard'; zoomed: boolean };
  'round-started': { effect: EffectOf<'round-started'>; state: SessionState };
  'roles-changed': { effect: EffectOf<'roles-changed'>; state: SessionState };
  'inbrenger-picked': { effect: EffectOf<'inbrenger-picked'>; state: SessionState };
  'session-ended': { state: SessionState };
  notice: Notice;
  fragment: { seconds: number; endsAt: number };
}
export type HandleEventName = keyof HandleEventMap;
type Listener<K extends HandleEventName> = (payload: HandleEventMap[K]) => void;

export interface Hooks {
  on<K extends HandleEventName>(type: K, listener: Listener<K>): () => void;
  emit<K extends HandleEventName>(type: K, payload: HandleEventMap[K]): void;
  clear(): void;
}

/** Returns an empty hook registry; a listener that throws does not stop the others. */
export function createHooks(onListenerError: (error: unknown) => void): Hooks {
  const all = new Map<HandleEventName, Set<(payload: never) => void>>();
  return {
    on(type, listener) {
      const set = all.get(type) ?? new Set();
      all.set(type, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
    emit(type, payload) {
      for (const listener of [...(all.get(type) ?? [])]) {
        try {
          (listener as Listener<typeof type>)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    clear: () => all.clear(),
  };
}

const NOTICE_LIMIT = 50;

/** Returns the notices list with `notice` added at the end, keeping the latest 50; pure. */
export function withNotice(list: readonly Notice[], notice: Notice): Notice[] {
  return [...list, notice].slice(-NOTICE_LIMIT);
}

/** Tells the listeners of the hook an effect stands for (no board calls). */
export function emitEffect(
  hooks: Hooks,
  effect: Effect,
  state: SessionState,
  extra: { focus?: FocusRoute } = {},
): void {
  if (effect.type === 'reveal') hooks.emit('reveal', { effect, state });
  else if (effect.type === 'round-started') hooks.emit('round-started', { effect, state });
  else if (effect.type === 'roles-changed') hooks.emit('roles-changed', { effect, state });
  else if (effect.type === 'inbrenger-picked') hooks.emit('inbrenger-picked', { effect, state });
  else if (effect.type === 'session-ended') hooks.emit('session-ended', { state });
  else if (effect.type === 'focus-region')
    hooks.emit('focus', {
      region: effect.region,
      frameId: null,
      route: extra.focus ?? 'broadcast',
      zoomed: true,
    });
}
