// A facilitator's item the guard would list as activity ('Anna schreef in …') is judged again by
// the session as stored now: the state that explains it (a reveal just recorded, a phase just
// entered with its cover) may reach this client's view after the item's event does.
import type { GuardCtx } from './ctx';
import { decide } from './decide';
import type { Decision, EventItem, GuardView, ItemEventKind } from './model';
import { KEYS, readSessionLoose } from './plan';

/**
 * Returns `d`, or the decision by the stored session when `d` lists a facilitator's writing and
 * the stored session explains it as the app's own (one storage get, only for such decisions).
 */
export async function withFreshActivity(
  ctx: GuardCtx,
  seen: GuardView,
  kind: ItemEventKind,
  item: EventItem,
  d: Decision,
): Promise<Decision> {
  if (kind === 'delete' || d.kind !== 'ignore' || d.activity?.what !== 'wrote-for') return d;
  const state = readSessionLoose(await ctx.collection.get(KEYS.session(seen.sessionId)));
  if (!state || JSON.stringify(state) === JSON.stringify(seen.state)) return d;
  const again = decide({ ...seen, state }, kind, item, ctx.userId);
  const quiet = (again.kind === 'ignore' || again.kind === 'allow') && !again.activity;
  return quiet ? again : d;
}
