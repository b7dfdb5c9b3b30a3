// The running session's views (leiden, meedoen) and the About screen (with the board check) load
// on first use, off the panel's first chunk: the first screen does not need them (DESIGN.md:
// panel ≤ 45 KB gzip).
import { useEffect, useState } from 'preact/hooks';
import type { PanelState } from './store';
import type { AboutView } from './views/AboutView';
import type { JoinView } from './views/JoinView';
import type { LeadView } from './views/LeadView';

/** The session views loaded so far. */
export type SessionViews = {
  lead?: typeof LeadView;
  join?: typeof JoinView;
  about?: typeof AboutView;
};
const loaded: SessionViews = {};
const loaders = {
  lead: () => import('./views/LeadView').then((m) => void (loaded.lead = m.LeadView)),
  join: () => import('./views/JoinView').then((m) => void (loaded.join = m.JoinView)),
  about: () => import('./views/AboutView').then((m) => void (loaded.about = m.AboutView)),
};

/** Returns the session views loaded so far, loading the one `screen` needs; 'failed' when that failed. */
export function useSessionViews(screen: PanelState['screen']): SessionViews | 'failed' {
  const kind =
    screen === 'lead' || screen === 'report'
      ? 'lead'
      : screen === 'join'
        ? 'join'
        : screen === 'about'
          ? 'about'
          : null;
  const [failed, setFailed] = useState(false);
  const [, bump] = useState(0);
  // While the template goes on the board, the lead view loads ahead.
  const want = kind ?? (screen === 'generate' ? 'lead' : null);
  useEffect(() => {
    if (!want || loaded[want]) return;
    loaders[want]().then(
      () => bump((n) => n + 1),
      () => setFailed(want === kind),
    );
  }, [want, kind]);
  return failed && kind && !loaded[kind] ? 'failed' : loaded;
}
