// The people of the verslag: each participant once, with the roles the session gave them. The
// setup gives the facilitator 'gespreksleider' beside everyone's default 'groepslid', and a
// former inbrenger becomes 'groepslid' again; someone who leads or brings the case is listed in
// that role alone. In VIA each inbrenger is named with their round (R14).
import type { Method, Text } from '../catalog/schema';
import { inbrengerIds, inbrengerRole } from '../session/people';
import type { SessionState } from '../session/state';
import type { ReportPerson } from './report-types';

const MEMBER = 'groepslid';

/** Returns every participant once, in session order, with their roles in the method's order; pure. */
export function reportPeople(method: Method, session: SessionState): ReportPerson[] {
  const per = inbrengerRole(method);
  const leading = new Set<string>(['gespreksleider', ...(per ? [per] : [])]);
  const order = (id: string) => {
    const i = method.roles.findIndex((r) => r.id === id);
    return i < 0 ? method.roles.length : i;
  };
  const rounds = method.rounds ? inbrengerIds(method, session) : [];
  const seen = new Set<string>();
  return session.participants.flatMap((p) => {
    if (seen.has(p.id)) return [];
    seen.add(p.id);
    const given = [...new Set(session.roles[p.id] ?? [])];
    const roleIds = (
      given.some((r) => leading.has(r)) ? given.filter((r) => r !== MEMBER) : given
    ).sort((a, b) => order(a) - order(b));
    const round = rounds.length > 1 ? rounds.indexOf(p.id) + 1 : 0;
    const roles = roleIds.map((id): Text => {
      const name = method.roles.find((r) => r.id === id)?.name ?? { nl: id, en: id };
      if (id !== per || round === 0) return name;
      return { nl: `${name.nl} ronde ${round}`, en: `${name.en} round ${round}` };
    });
    return [{ id: p.id, name: p.name, roleIds, roles, onMiro: p.onMiro }];
  });
}
