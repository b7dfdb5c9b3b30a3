// The only module that reads the global `miro`. It picks the mode and hands `miro` on.
// Miro runs apps in an iframe; miro.js may define the global on a plain page too, so a page
// that is its own top window is the practice board even when `miro` exists.
import type { MiroLike } from './miro/types';
import { startBoardApp } from './app/headless';

const framed = window.self !== window.top;
const miro = framed ? (globalThis as { miro?: MiroLike }).miro : undefined;
const root = document.getElementById('app');
const view = new URLSearchParams(location.search).get('view');

if (!miro) {
  void import('./practice/mount').then((m) => m.mountPractice(root));
} else if (view === 'panel') {
  void import('./panel/mount').then((m) => m.mountPanel(miro, root));
} else {
  void startBoardApp(miro);
}
