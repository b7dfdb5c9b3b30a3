// A tiny DOM harness for the panel tests: render, find, click, type, and wait for async work.
import type { ComponentChild } from 'preact';
import { render } from 'preact';

export interface Harness {
  root: HTMLElement;
  /** The first element matching the selector; throws with the page text when missing. */
  $(selector: string): HTMLElement;
  $$(selector: string): HTMLElement[];
  has(selector: string): boolean;
  text(): string;
  click(selector: string | HTMLElement): Promise<void>;
  type(selector: string, value: string): Promise<void>;
  submit(selector: string): Promise<void>;
  change(selector: string, value?: string): Promise<void>;
  /** Clicks the first button whose text contains `label`. */
  press(label: string): Promise<void>;
  /** Waits until `check` passes (a few hundred macrotasks at most). */
  until(check: () => boolean, what?: string): Promise<void>;
  unmount(): void;
}

/** Flushes pending microtasks, timers at 0 ms and Preact's render queue. */
export async function flush(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Returns a harness over a fresh div in the body; `node` is rendered into it when given. */
export function mount(node?: ComponentChild): Harness {
  const root = document.createElement('div');
  document.body.appendChild(root);
  if (node !== undefined) render(node, root);
  const $$ = (s: string) => [...root.querySelectorAll<HTMLElement>(s)];
  const $ = (s: string) => {
    const el = root.querySelector<HTMLElement>(s);
    if (!el) throw new Error(`no element ${s} in: ${root.textContent?.slice(0, 600)}`);
    return el;
  };
  const h: Harness = {
    root,
    $,
    $$,
    has: (s) => root.querySelector(s) !== null,
    text: () => root.textContent ?? '',
    async click(s) {
      const el = typeof s === 'string' ? $(s) : s;
      if ((el as HTMLButtonElement).disabled)
        throw new Error(`disabled: ${el.outerHTML.slice(0, 200)}`);
      el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await flush();
    },
    async type(s, value) {
      const el = $(s) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
    },
    async submit(s) {
      $(s).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await flush();
    },
    async change(s, value) {
      const el = $(s) as HTMLInputElement;
      if (value !== undefined) el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await flush();
    },
    async press(label) {
      const el = $$('button').find((b) => b.textContent?.includes(label));
      if (!el) throw new Error(`no button "${label}" in: ${root.textContent?.slice(0, 600)}`);
      await h.click(el);
    },
    async until(check, what = 'condition') {
      for (let i = 0; i < 400; i++) {
        if (check()) return;
        await flush(1);
      }
      throw new Error(`timed out waiting for ${what}; page: ${root.textContent?.slice(0, 800)}`);
    },
    unmount() {
      render(null, root);
      root.remove();
    },
  };
  return h;
}

/** Returns a deterministic random function (mulberry32). */
export function seeded(seed = 7): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes a private note in the panel, adds it and presses 'Klaar'; mutates the panel. */
export async function writePrivate(p: Harness, text: string): Promise<void> {
  await p.type('#ip-private', text);
  await p.submit('[data-part="private"]');
  await p.click('[data-action="done"]');
}
