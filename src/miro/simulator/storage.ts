// Storage collections (shared, versioned JSON values pushed to every subscribed client,
// the writer included) and realtime broadcast events (to every other client, stored nowhere).
import type { BoardLike, CollectionLike, Json } from '../types';
import { clientOf, type Core, type StorageHandler } from './core';
import { checkJson, copyJson } from './limits';

const subKey = (name: string, key: string) => JSON.stringify([name, key]);

function push(core: Core, name: string, key: string, value: Json | undefined): void {
  core.storageVersion += 1;
  const version = String(core.storageVersion).padStart(10, '0');
  for (const client of core.clients.values()) {
    const handlers = client.storage.get(subKey(name, key));
    if (!handlers || handlers.size === 0) continue;
    core.runtime.deliver(() => {
      for (const handler of [...handlers]) {
        (handler as (v: Json | undefined, version: string) => void)(copyJson(value), version);
      }
    });
  }
}

/** Returns client `userId`'s view of collection `name`; onValue does not fire on subscribe [unverified]. */
export function createCollection(core: Core, userId: string, name: string): CollectionLike {
  const client = clientOf(core, userId);
  const values = () => {
    const map = core.collections.get(name) ?? new Map<string, Json>();
    core.collections.set(name, map);
    return map;
  };
  const subs = (key: string) => {
    const set = client.storage.get(subKey(name, key)) ?? new Set<StorageHandler>();
    client.storage.set(subKey(name, key), set);
    return set;
  };
  return {
    set: (key, value) =>
      core.runtime.call(userId, 'storage.set', () => {
        checkJson(`storage value '${key}'`, value);
        values().set(key, copyJson(value));
        push(core, name, key, value);
      }),
    get: <T extends Json>(key: string) =>
      core.runtime.call(userId, 'storage.get', () => copyJson(values().get(key)) as T | undefined),
    remove: (key) =>
      core.runtime.call(userId, 'storage.remove', () => {
        values().delete(key);
        push(core, name, key, undefined);
      }),
    async onValue(key, handler) {
      subs(key).add(handler as StorageHandler);
    },
    async offValue(key, handler) {
      subs(key).delete(handler as StorageHandler);
    },
  };
}

/** Returns client `userId`'s realtime events API: broadcast reaches every other client. */
export function createEvents(core: Core, userId: string): BoardLike['events'] {
  const client = clientOf(core, userId);
  return {
    broadcast: (event, payload) =>
      core.runtime.call(userId, 'events.broadcast', () => {
        if (payload !== undefined) checkJson(`broadcast payload of '${event}'`, payload);
        for (const other of core.clients.values()) {
          if (other !== client) other.broadcast.emit(core.runtime, event, copyJson(payload));
        }
      }),
    async on(event, handler) {
      client.broadcast.on(event, handler as (p: never) => void);
    },
    async off(event, handler) {
      client.broadcast.off(event, handler as (p: never) => void);
    },
  };
}
