// Entry of the panel chunk: mounts the Preact panel for a Miro-shaped object (Miro's or the simulator).
import 'mirotone/dist/styles.css';
import './panel.css';
import { h, render } from 'preact';
import type { Lang } from '../i18n/i18n';
import type { MiroLike } from '../miro/types';
import { createPanelActions } from './actions';
import { App } from './App';
import type { PanelHost } from './controller-port';
import { createMiroHost } from './host';
import type { HostOptions } from './host';
import { createPanelStore } from './store';

export interface MountOptions extends HostOptions {
  lang?: Lang;
  /** Replaces the host built from `miro` (tests, the practice board's own wiring). */
  host?: PanelHost;
}

/** Renders the panel into `root` (or a new element in the body); mutates the DOM only. */
export function mountPanel(
  miro: MiroLike,
  root: HTMLElement | null,
  options: MountOptions = {},
): void {
  const target = root ?? document.body.appendChild(document.createElement('div'));
  const host = options.host ?? createMiroHost(miro, options);
  const store = createPanelStore({ lang: options.lang ?? 'nl' });
  const actions = createPanelActions(store, host, options.random ?? Math.random);
  render(h(App, { store, actions, host }), target);
}
