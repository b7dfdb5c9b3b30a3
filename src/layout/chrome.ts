// The app's own frames around the regions: title, phase track, step card, roles, tray, parking.
import type { Method, Scale } from '../catalog/schema';
import { scales } from '../catalog/shared';
import type { BlueprintRecord, LayoutOptions, TagRecord } from './blueprint';
import type { Lang } from '../shared/text';
import type { Block, Ctx } from './build';
import { GAP, frameBlock, keyOf, shape, shapeHeight, text } from './build';
import { gridPositions, gridSize } from './slots';
import type { Person } from './people';
import { em, paragraphs, strong, truncate } from './text';
import { escapeHtml } from '../shared/html';
import { formatDay, roleWord, word } from './words';

const CHROME = '#f5f6f8';

function ctxOf(method: Method, region: string, lang: Lang): Ctx {
  return { method: method.id, region, lang };
}

/** Returns the title block: the session's title, the method, the date and the credit line; pure. */
export function titleBlock(method: Method, opts: LayoutOptions): Block {
  const ctx = ctxOf(method, 'title', opts.lang);
  const name = method.name[opts.lang];
  const lines: BlueprintRecord[] = [];
  let top = 0;
  const add = (part: string, content: string, size: number) => {
    const t = text(keyOf(ctx, part), ctx.region, 0, top, 720, content, size);
    lines.push(t);
    top += t.height + 8;
  };
  if (opts.title) add('method', paragraphs(escapeHtml(name)), 22);
  add(
    'date',
    paragraphs(escapeHtml(`${word('date', opts.lang)}: ${formatDay(opts.date, opts.lang)}`)),
    20,
  );
  add('credit', paragraphs(em(`${word('credit', opts.lang)}: ${method.credit}`)), 16);
  const header = opts.title ? truncate(opts.title, 120) : name;
  const spec = {
    title: `${word('session', opts.lang)} · ${name}`,
    header,
    fill: CHROME,
    minWidth: 800,
  };
  return frameBlock(ctx, spec, { width: 720, height: top - 8, records: lines });
}

/** Returns the phase track: one numbered card a phase, ten to a row; pure. */
export function trackBlock(method: Method, lang: Lang): Block {
  const ctx = ctxOf(method, 'track', lang);
  const w = 240;
  const contents = method.phases.map((p, i) =>
    paragraphs(
      `${strong(String(i + 1))} ${escapeHtml(p.title[lang])}`,
      escapeHtml(word('minutes', lang, { n: p.minutes })),
    ),
  );
  const h = Math.max(140, ...contents.map((c) => shapeHeight(c, w, 14)));
  const perRow = Math.min(method.phases.length, 10);
  const records = gridPositions(contents.length, w, h, perRow).map((pos, i) =>
    shape(
      keyOf(ctx, 'phase', method.phases[i]!.id),
      ctx.region,
      pos.left,
      pos.top,
      w,
      h,
      contents[i]!,
      {
        font: { max: 20, min: 12 },
      },
    ),
  );
  const size = gridSize(contents.length, w, h, perRow);
  return frameBlock(ctx, { title: word('track', lang), fill: CHROME }, { ...size, records });
}

/** Returns the step card's content for a phase (what the session writes into it later too); pure. */
export function stepContent(method: Method, index: number, lang: Lang): string {
  const p = method.phases[index];
  if (!p) return '';
  const head = `${word('stepOf', lang, { n: index + 1, total: method.phases.length })} · ${p.title[lang]}`;
  return paragraphs(
    strong(head),
    escapeHtml(p.instruction[lang]),
    p.card ? em(p.card[lang]) : undefined,
  );
}

/** Returns the step card area, sized for the longest phase; it shows the first phase; pure. */
export function stepBlock(method: Method, lang: Lang): Block {
  const ctx = ctxOf(method, 'step', lang);
  const w = 800;
  const all = method.phases.map((_, i) => stepContent(method, i, lang));
  const h = Math.max(200, ...all.map((c) => shapeHeight(c, w, 16)));
  const card = shape(keyOf(ctx, 'card'), ctx.region, 0, 0, w, h, all[0] ?? '', {
    font: { max: 22, min: 16 },
    align: 'left',
    valign: 'top',
    fill: '#fffbe6',
    border: '#e0b400',
  });
  return frameBlock(
    ctx,
    { title: word('step', lang), fill: CHROME },
    { width: w, height: h, records: [card] },
  );
}

const ROLE_FILL: Record<string, string> = { inbrenger: '#ffe0b2', gespreksleider: '#d7f5e3' };

/** Returns the role cards: one a participant with name and role, grouped by the method's role order; pure. */
export function rolesBlock(method: Method, people: Person[], lang: Lang): Block {
  const ctx = ctxOf(method, 'roles', lang);
  const order = (p: Person) => {
    const i = method.roles.findIndex((r) => r.id === p.role);
    return i < 0 ? method.roles.length : i;
  };
  const sorted = [...people].sort((a, b) => order(a) - order(b));
  const roleName = (id: string) =>
    method.roles.find((r) => r.id === id)?.name[lang] ?? roleWord(id, lang);
  const contents = sorted.map((p) => {
    const role = [p.role, ...p.also].map(roleName).join(' · ');
    return paragraphs(strong(truncate(p.name, 40)), escapeHtml(role));
  });
  const w = 280;
  const h = Math.max(110, ...contents.map((c) => shapeHeight(c, w, 14)));
  const perRow = Math.max(1, Math.min(sorted.length, 4));
  const records = gridPositions(sorted.length, w, h, perRow).map((pos, i) => {
    const p = sorted[i]!;
    return shape(keyOf(ctx, 'card', p.token), ctx.region, pos.left, pos.top, w, h, contents[i]!, {
      fill: ROLE_FILL[p.role] ?? '#ffffff',
      font: { max: 20, min: 12 },
      role: p.role,
      owner: p.id,
    });
  });
  const size = gridSize(sorted.length, w, h, perRow);
  return frameBlock(ctx, { title: word('roles', lang), fill: CHROME }, { ...size, records });
}

const STICKER_STYLE: Record<string, { fill: string; tag: TagRecord['color'] }> = {
  warm: { fill: '#ffc2b3', tag: 'red' },
  neutraal: { fill: '#e6e6e6', tag: 'gray' },
  lauw: { fill: '#ffe08a', tag: 'yellow' },
  koud: { fill: '#b3d4ff', tag: 'blue' },
};
const OTHER = { fill: '#ffffff', tag: 'black' } as const;

/** Returns the rating scale of the method: warm-lauw-koud when a rate action uses it; pure. */
export function scaleOf(method: Method): Scale {
  const lauw = method.phases.some((p) =>
    p.actions.some((a) => a.kind === 'rate' && a.scale === 'warm-lauw-koud'),
  );
  return lauw ? 'warm-lauw-koud' : 'warm-neutraal-koud';
}

/** Returns the sticker tray (symbol, word and colour a sticker) and the matching tags; pure. */
export function trayBlock(method: Method, lang: Lang): Block {
  const ctx = ctxOf(method, 'tray', lang);
  const steps = scales[scaleOf(method)];
  const style = (i: number) => STICKER_STYLE[steps[i]?.word.nl ?? ''] ?? OTHER;
  const records: BlueprintRecord[] = steps.map((s, i) => {
    const content = paragraphs(strong(s.symbol), escapeHtml(s.word[lang]));
    const o = { fill: style(i).fill, font: { max: 22, min: 12 }, border: '#8a8fa3' };
    return shape(
      keyOf(ctx, 'sticker', s.word.nl),
      ctx.region,
      i * (160 + GAP),
      0,
      160,
      110,
      content,
      o,
    );
  });
  const block = frameBlock(
    ctx,
    { title: word('tray', lang), hint: word('trayHint', lang), fill: CHROME },
    { width: steps.length * (160 + GAP) - GAP, height: 110, records },
  );
  const tags: TagRecord[] = steps.map((s, i) => ({
    kind: 'tag',
    key: keyOf(ctx, 'tag', s.word.nl),
    region: 'tray',
    title: `${s.symbol} ${s.word[lang]}`,
    color: style(i).tag,
    template: true,
  }));
  return { ...block, records: [...block.records, ...tags] };
}

/** Returns the parking frame where the guard moves notes written in a closed region; pure. */
export function parkingBlock(method: Method, lang: Lang): Block {
  const ctx = ctxOf(method, 'parking', lang);
  const spec = {
    title: word('parking', lang),
    hint: word('parkingHint', lang),
    fill: '#fff4f0',
    minWidth: 880,
  };
  // Room for three rows of four parked notes of Miro's default size, each with its label.
  return frameBlock(ctx, spec, { width: 800, height: 900, records: [] });
}
