// One client: a person's `miro` object (the Miro surface) plus the act API for what that
// person does in Miro's own UI.
import type { BoardLike, MiroLike } from '../types';
import { createUiActions, type UiActions } from './act';
import { createItemApi } from './board';
import { createCollaboration } from './collab';
import { clientOf, type Core } from './core';
import { invalid } from './errors';
import { LIMITS } from './limits';
import { zoomClient } from './space';
import { createCollection, createEvents } from './storage';
import { createTimer } from './timer';

/** A simulated user's `miro` object plus UI actions (`act`) that cost no credits. */
export interface SimClient extends MiroLike {
  readonly userId: string;
  readonly board: BoardLike;
  readonly act: UiActions;
}

/** Returns a new client for `userId` (no mutation besides handler registration later). */
export function createClient(core: Core, userId: string): SimClient {
  const client = clientOf(core, userId);
  const { runtime } = core;
  const call = <T>(kind: string, effect: () => T) => runtime.call(userId, kind, effect);
  const { board: items, view } = createItemApi(core, userId);
  client.view = view as (rec: never) => unknown;
  const notify = (type: 'info' | 'error') => (message: string) =>
    call(`notifications.show${type === 'info' ? 'Info' : 'Error'}`, () => {
      if (typeof message !== 'string' || message.length > LIMITS.notificationChars) {
        throw invalid(
          `Notification message must be a string of at most ${LIMITS.notificationChars} characters (got ${String(message).length})`,
        );
      }
      client.record.notifications.push({ type, message });
    });
  const board: BoardLike = {
    ...items,
    ui: {
      openPanel: (options) =>
        call('ui.openPanel', () => {
          if (typeof options?.url !== 'string') throw invalid('openPanel needs a url');
          client.record.openedPanels.push(options.url);
          client.record.panelOpen = true;
        }),
      closePanel: () =>
        call('ui.closePanel', () => {
          client.record.panelOpen = false;
        }),
      on: (event: string, handler: (e: never) => void) => client.ui.on(event, handler),
      off: (event: string, handler: (e: never) => void) => client.ui.off(event, handler),
    },
    notifications: { showInfo: notify('info'), showError: notify('error') },
    viewport: {
      get: () => call('viewport.get', () => ({ ...client.record.viewport })),
      zoomTo: (target) =>
        call('viewport.zoomTo', () => {
          const list = Array.isArray(target) ? target : [target];
          zoomClient(
            core,
            client,
            list.map((i) => i.id),
          );
        }),
    },
    storage: { collection: (name) => createCollection(core, userId, name) },
    events: createEvents(core, userId),
    timer: createTimer(core, userId),
    collaboration: createCollaboration(core, userId),
  };
  return { userId, board, act: createUiActions(core, userId, view) };
}
