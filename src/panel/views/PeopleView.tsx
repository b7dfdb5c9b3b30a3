// View 2, Wie doet mee: online users ticked by default, names typed in, then the roles.
import { useState } from 'preact/hooks';
import type { Method, RoleId, Text } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { NameCheck, PersonRow } from '../setup';
import { RolesSection } from './RolesSection';
import type { RolesProps } from './RolesSection';
import { Alert, Screen } from './ui';

export interface PeopleProps extends Omit<RolesProps, 'people'> {
  lang: Lang;
  method: Method;
  rows: PersonRow[];
  usersStatus: 'idle' | 'loading' | 'ok' | 'failed';
  /** The method needs more people than are ticked: shown before anything is drawn. */
  shortfall: Text | null;
  error: Text | null;
  onToggle: (id: string) => void;
  onAddName: (name: string) => NameCheck;
  onRemove: (id: string) => void;
  onRetryUsers: () => void;
  onNext: () => void;
  onBack: () => void;
  roles: Record<string, RoleId[]>;
}

/** Renders the participant list, the name field and the roles section. */
export function PeopleView(p: PeopleProps) {
  const t = dictFor(p.lang);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const r = p.onAddName(name);
    if (r.ok) {
      setName('');
      setNameError(null);
    } else setNameError(r.reason === 'empty' ? t.nameEmpty : t.nameDuplicate(r.name));
  };
  const ticked = p.rows.filter((r) => r.ticked);
  const online = p.rows.filter((r) => r.onMiro);
  const room = p.rows.filter((r) => !r.onMiro);
  return (
    <Screen
      id="people"
      title={`${t.peopleTitle} · ${p.method.name[p.lang]}`}
      footer={
        <div class="ip-row">
          <button
            type="button"
            class="button button-secondary"
            data-action="back"
            onClick={p.onBack}
          >
            {t.back}
          </button>
          <button
            type="button"
            class="button button-primary"
            data-action="to-board"
            disabled={!!p.shortfall || ticked.length === 0}
            onClick={p.onNext}
          >
            {t.toBoard}
          </button>
        </div>
      }
    >
      <h3 class="ip-label">{t.onlineUsers}</h3>
      {p.usersStatus === 'loading' && <p role="status">{t.loadingUsers}</p>}
      <Alert
        text={p.usersStatus === 'failed' ? t.usersFailed : null}
        action={{ label: t.retry, onClick: p.onRetryUsers }}
      />
      <ul class="ip-people" data-list="online">
        {online.map((r) => (
          <li key={r.id}>
            <label class="checkbox">
              <input
                type="checkbox"
                checked={r.ticked}
                data-person={r.id}
                onChange={() => p.onToggle(r.id)}
              />
              <span>{r.name}</span>
            </label>
          </li>
        ))}
      </ul>
      <h3 class="ip-label">{t.inRoom}</h3>
      <ul class="ip-people" data-list="room">
        {room.map((r) => (
          <li key={r.id} class="ip-row">
            <span>{r.name}</span>
            <button
              type="button"
              class="button button-tertiary button-small"
              aria-label={t.removeName(r.name)}
              data-remove={r.id}
              onClick={() => p.onRemove(r.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form class="ip-add" onSubmit={add}>
        <div class="form-group">
          <label for="ip-name">{t.nameLabel}</label>
          <input
            id="ip-name"
            class="input"
            value={name}
            aria-invalid={nameError ? 'true' : 'false'}
            aria-describedby={nameError ? 'ip-name-error' : undefined}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="button button-secondary" data-action="add-name">
          {t.addName}
        </button>
      </form>
      {nameError && (
        <p class="ip-alert" role="alert" id="ip-name-error">
          {nameError}
        </p>
      )}
      <p class="ip-muted" data-count={ticked.length}>
        {t.present(ticked.length)}
      </p>
      <Alert text={ticked.length === 0 ? t.noOne : p.shortfall ? p.shortfall[p.lang] : null} />
      {!p.shortfall && ticked.length > 0 && <RolesSection {...p} people={ticked} />}
      <Alert text={p.error ? p.error[p.lang] : null} />
    </Screen>
  );
}
