// The roles part of Wie doet mee: chair, inbrenger (picked or drawn), viskom groups, pairs.
import type { Method, RoleId, Text } from '../../catalog/schema';
import { dictFor, joinList } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import { oddOne } from '../setup';
import type { PersonRow } from '../setup';
import { Note } from './ui';

export interface RolesProps {
  lang: Lang;
  method: Method;
  people: PersonRow[];
  roles: Record<string, RoleId[]>;
  /** Who may bring a case (not the facilitator nor the chair). */
  eligible: string[];
  drawNote: Text | null;
  viskom: { binnen: string[]; buiten: string[] } | null;
  pairs: [string, string][];
  onInbrenger: (id: string | null) => void;
  onDraw: () => void;
  onViskom: (id: string, side: 'binnen' | 'buiten') => void;
  onShuffle: () => void;
  onRedrawPairs: () => void;
}

/** Renders the role choices for the ticked people. */
export function RolesSection(p: RolesProps) {
  const t = dictFor(p.lang);
  const name = (id: string) => p.people.find((r) => r.id === id)?.name ?? id;
  const holder = (role: string) =>
    p.people.filter((r) => p.roles[r.id]?.includes(role)).map((r) => r.name);
  const hasRole = (id: string) => p.method.roles.some((r) => r.id === id);
  const inbrenger = p.people.find((r) => p.roles[r.id]?.includes('inbrenger'))?.id ?? '';
  return (
    <div class="ip-roles-section">
      <h3 class="ip-label">{t.rolesTitle}</h3>
      {hasRole('gespreksleider') && (
        <p data-role="gespreksleider">
          {t.facilitatorRole}: <strong>{holder('gespreksleider').join(', ') || '—'}</strong>
        </p>
      )}
      {hasRole('inbrenger') && (
        <div class="form-group">
          <label for="ip-inbrenger">{t.inbrengerRole}</label>
          <div class="ip-row">
            <select
              id="ip-inbrenger"
              class="select"
              value={inbrenger}
              onChange={(e) => p.onInbrenger((e.currentTarget as HTMLSelectElement).value || null)}
            >
              <option value="">{t.choose}</option>
              {p.eligible.map((id) => (
                <option key={id} value={id}>
                  {name(id)}
                </option>
              ))}
            </select>
            <button
              type="button"
              class="button button-secondary"
              data-action="draw"
              onClick={p.onDraw}
            >
              {t.draw}
            </button>
          </div>
          <Note text={p.drawNote ? p.drawNote[p.lang] : null} />
        </div>
      )}
      {p.viskom && (
        <div class="ip-viskom" data-part="viskom">
          <h3 class="ip-label">{t.viskomTitle}</h3>
          <ul class="ip-people">
            {p.people.map((r) => {
              const inside = p.viskom!.binnen.includes(r.id);
              return (
                <li key={r.id} class="ip-row" data-side={inside ? 'binnen' : 'buiten'}>
                  <span>{r.name}</span>
                  <span class="ip-seg">
                    <button
                      type="button"
                      class={`button button-small ${inside ? 'button-primary' : 'button-secondary'}`}
                      aria-pressed={inside ? 'true' : 'false'}
                      aria-label={t.toInner(r.name)}
                      onClick={() => p.onViskom(r.id, 'binnen')}
                    >
                      {t.inner}
                    </button>
                    <button
                      type="button"
                      class={`button button-small ${!inside ? 'button-primary' : 'button-secondary'}`}
                      aria-pressed={!inside ? 'true' : 'false'}
                      aria-label={t.toOuter(r.name)}
                      onClick={() => p.onViskom(r.id, 'buiten')}
                    >
                      {t.outer}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            class="button button-secondary"
            data-action="shuffle"
            onClick={p.onShuffle}
          >
            {t.shuffle}
          </button>
        </div>
      )}
      {p.method.regions.some((r) => r.kind === 'pairs') && (
        <div class="ip-pairs" data-part="pairs">
          <h3 class="ip-label">{t.pairsTitle}</h3>
          <ul>
            {groupsOf(
              p.people.map((r) => r.id),
              p.pairs,
            ).map((g) => (
              <li key={g.join('+')} data-size={g.length}>
                {joinList(g.map(name), p.lang)}
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button button-secondary"
            data-action="redraw"
            onClick={p.onRedrawPairs}
          >
            {t.redraw}
          </button>
        </div>
      )}
    </div>
  );
}

/** Returns the walking groups as the layout makes them: the pairs, the odd one out joining the last pair; pure. */
export function groupsOf(ids: readonly string[], pairs: readonly [string, string][]): string[][] {
  const groups: string[][] = pairs.map((pair) => [...pair]);
  const odd = oddOne(ids, pairs);
  if (odd === null) return groups;
  const last = groups[groups.length - 1];
  if (last) last.push(odd);
  else groups.push([odd]);
  return groups;
}
