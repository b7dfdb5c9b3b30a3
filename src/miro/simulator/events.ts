// Handler registries for one client (UI events, broadcast events, timer events) and the
// asynchronous, ordered delivery of events to them.
import type { Runtime } from './runtime';

type Handler = (payload: never) => void;

/** A set of handlers per event name. */
export interface Registry {
  on(event: string, handler: Handler): void;
  off(event: string, handler: Handler): void;
  count(event: string): number;
  /** Schedules delivery of `payload` to the handlers registered at delivery time. */
  emit(runtime: Runtime, event: string, payload?: unknown): void;
}

/** Returns an empty handler registry. */
export function createRegistry(): Registry {
  const handlers = new Map<string, Set<Handler>>();
  return {
    on(event, handler) {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
    },
    off(event, handler) {
      handlers.get(event)?.delete(handler);
    },
    count: (event) => handlers.get(event)?.size ?? 0,
    emit(runtime, event, payload) {
      runtime.deliver(() => {
        const errors: unknown[] = [];
        for (const handler of [...(handlers.get(event) ?? [])]) {
          try {
            (handler as (p: unknown) => void)(payload);
          } catch (error) {
            errors.push(error);
          }
        }
        if (errors.length > 0) throw errors[0];
      });
    },
  };
}
