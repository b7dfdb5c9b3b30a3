// The local practice board, loaded only outside Miro: a simulated board with the Dutch
// practice users, the panel of whoever you play as, the guard on every client, and the board
// drawn beside it. `?method=<id>&participants=<n>` starts a fresh board with that template
// (for screenshots); otherwise the board is kept in localStorage.
import { render } from 'preact';
import { h } from 'preact';
import { App } from './app';
import { startBoardApps } from './hosts';
import { createPractice } from './practice';
import { generateFor, templateRequest } from './template';
import { FACILITATOR_ID, usersFor } from './users';
import './practice.css';

/** Mounts the practice board in `root` (mutates the DOM); does nothing without a root. */
export function mountPractice(root: HTMLElement | null): void {
  if (!root) return;
  void start(root, false);
}

let stopGuards: (() => void) | undefined;

async function start(root: HTMLElement, fresh: boolean): Promise<void> {
  root.setAttribute('data-practice', 'loading');
  render(null, root);
  const request = templateRequest(location.search);
  const users = usersFor(request?.participants);
  const storage = request ? undefined : safeStorage();
  const practice = await createPractice({ users, storage, fresh: fresh || !!request });
  stopGuards?.();
  stopGuards = startBoardApps(
    users.map((u) => practice.miroOf(u.id)),
    (error) => console.error('practice board: board app', error),
  );
  let fit: (() => void) | undefined;
  render(
    h(App, {
      practice,
      boardOnly: !!request && new URLSearchParams(location.search).has('board'),
      onReady: (f) => (fit = f),
      onReset: () => void start(root, true),
    }),
    root,
  );
  if (request) {
    const error = await generateFor(
      practice.miroOf(FACILITATOR_ID),
      request.methodId,
      users,
      new Date(),
    );
    await practice.sim.settle();
    if (error) root.setAttribute('data-error', error);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    fit?.();
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  root.setAttribute('data-practice', 'ready');
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
