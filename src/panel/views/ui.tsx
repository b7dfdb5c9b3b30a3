// Small shared pieces: an alert with a way on, a choice group of toggle buttons, a progress bar.
import type { ComponentChildren } from 'preact';

/** Renders an error in plain words with role="alert", and an optional action to go on. */
export function Alert(props: {
  text: string | null;
  action?: { label: string; onClick: () => void };
}) {
  if (!props.text) return null;
  return (
    <div class="ip-alert" role="alert">
      <p>{props.text}</p>
      {props.action && (
        <button
          type="button"
          class="button button-secondary button-small"
          onClick={props.action.onClick}
        >
          {props.action.label}
        </button>
      )}
    </div>
  );
}

/** Renders a status line that screen readers announce politely. */
export function Note(props: { text: string | null }) {
  return props.text ? (
    <p class="ip-note" role="status">
      {props.text}
    </p>
  ) : null;
}

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: string;
}

/** Renders a labelled group of toggle buttons; the pressed one has aria-pressed="true". */
export function Choice<V extends string | number>(props: {
  label: string;
  name: string;
  value: V;
  options: ChoiceOption<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset class="ip-choice" data-choice={props.name}>
      <legend class="ip-label">{props.label}</legend>
      <div class="ip-choice-row">
        {props.options.map((o) => (
          <button
            type="button"
            key={String(o.value)}
            data-value={String(o.value)}
            class={`button button-small ${o.value === props.value ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={o.value === props.value ? 'true' : 'false'}
            onClick={() => props.onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** Renders a progress bar with its text ("42 van 87"). */
export function Progress(props: { done: number; total: number; text: string }) {
  const pct = props.total > 0 ? Math.round((100 * props.done) / props.total) : 0;
  return (
    <div class="ip-progress">
      <div
        class="ip-progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
        aria-valuetext={props.text}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p class="ip-progress-text">{props.text}</p>
    </div>
  );
}

/** Renders a screen: a heading and its body, with the main action at the bottom. */
export function Screen(props: {
  title: string;
  children: ComponentChildren;
  footer?: ComponentChildren;
  id: string;
}) {
  return (
    <section class="ip-screen" data-screen={props.id} aria-labelledby={`ip-h-${props.id}`}>
      <h2 class="h3 ip-title" id={`ip-h-${props.id}`}>
        {props.title}
      </h2>
      <div class="ip-body">{props.children}</div>
      {props.footer && <div class="ip-footer">{props.footer}</div>}
    </section>
  );
}
