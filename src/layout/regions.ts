// The body of each region kind: slots, labelled columns, cards, feedback rows, notes, pairs, video.
import type { Card, Method, Region } from '../catalog/schema';
import type { BlueprintRecord, LayoutOptions } from './blueprint';
import type { Lang } from '../shared/text';
import type { Block, Ctx } from './build';
import { GAP, frameBlock, keyOf, shape, shapeHeight, shifted, sticky } from './build';
import { STICKY_FONT, STICKY_INSET, stickyHeight } from './geometry';
import type { Person } from './people';
import { formPairs, withRoles } from './people';
import { fits, paragraphs, strong, truncate } from './text';
import { escapeHtml } from '../shared/html';
import { viskomBody } from './viskom';
import { word } from './words';
import { LABEL, LIGHT, MAX_W, NAME, grid, gridPositions, gridSize, slots } from './slots';

/** Returns an empty area of that size; pure. */
function free(width: number, height: number): Block {
  return { width, height, records: [] };
}

function label(c: Card, lang: Lang, n?: number): string {
  const title = n === undefined ? c.title[lang] : `${n}. ${c.title[lang]}`;
  return paragraphs(strong(title), c.body ? escapeHtml(c.body[lang]) : undefined);
}

function cards(ctx: Ctx, region: Region): Block {
  const list = region.cards ?? [];
  const contents = list.map((c, i) => label(c, ctx.lang, list.length > 1 ? i + 1 : undefined));
  const ok = (w: number) =>
    contents.every((c) =>
      fits(c, w - 2 * STICKY_INSET, stickyHeight(w, 'rectangle') - 2 * STICKY_INSET, STICKY_FONT),
    );
  const w = [300, 360, 440, 520, 640, 800].find(ok) ?? 800;
  const h = stickyHeight(w, 'rectangle');
  const perRow = Math.max(1, Math.min(list.length, Math.floor((MAX_W + GAP) / (w + GAP))));
  const records = gridPositions(list.length, w, h, perRow).map((p, i) =>
    sticky(
      keyOf(ctx, 'card', i + 1),
      ctx.region,
      p.left,
      p.top,
      w,
      contents[i] ?? '',
      'light_yellow',
    ),
  );
  const size = gridSize(list.length, w, h, perRow);
  const extra = region.writable ? GAP + 400 : 0;
  return { width: Math.max(size.width, 900), height: size.height + extra, records };
}

function openRoles(method: Method, region: Region): string[] {
  for (const p of method.phases) {
    const s = p.regions[region.id];
    if (s?.state === 'open') return s.roles;
  }
  return [];
}

function notes(ctx: Ctx, method: Method, region: Region, people: Person[]): Block {
  const roles = region.slotRoles ?? openRoles(method, region);
  const roleName = (id: string) => method.roles.find((r) => r.id === id)?.name[ctx.lang] ?? id;
  const names = withRoles(people, roles).map((p) => truncate(p.name, 40));
  const who = roles.map(roleName).join(', ') + (names.length ? ` (${names.join(', ')})` : '');
  const content = paragraphs(strong(word('notesFor', ctx.lang, { who })));
  const labelH = shapeHeight(content, 900, 20);
  const o = {
    ...NAME,
    font: { max: 20, min: 14 },
    align: 'left' as const,
    ...(roles[0] ? { role: roles[0] } : {}),
  };
  const records: BlueprintRecord[] = [
    shape(keyOf(ctx, 'label'), ctx.region, 0, 0, 900, labelH, content, o),
  ];
  const top = labelH + GAP;
  const prefilled = region.cards
    ? cards(ctx, { ...region, writable: false })
    : { width: 0, height: -GAP, records: [] };
  records.push(...shifted(prefilled.records, 0, top));
  const width = Math.max(900, prefilled.width);
  return { width, height: top + prefilled.height + GAP + 600, records };
}

function pairs(ctx: Ctx, region: Region, people: Person[], given: LayoutOptions['pairs']): Block {
  const list = formPairs(withRoles(people, region.slotRoles), given);
  const w = 460;
  const h = 80 + GAP + 320;
  const perRow = Math.max(1, Math.min(list.length, 4));
  const and = ` ${word('and', ctx.lang)} `;
  const records = gridPositions(list.length, w, h, perRow, 60, 60).flatMap((p, i) => {
    const names = paragraphs(strong(list[i]!.map((m) => truncate(m.name, 24)).join(and)));
    return [
      shape(keyOf(ctx, 'names', i + 1), ctx.region, p.left, p.top, w, 80, names, {
        ...LABEL,
        font: { max: 20, min: 10 },
      }),
      shape(keyOf(ctx, 'pair', i + 1), ctx.region, p.left, p.top + 80 + GAP, w, 320, '', LIGHT),
    ];
  });
  const size = gridSize(list.length, w, h, perRow, 60);
  return { width: size.width, height: size.height, records };
}

function fragment(ctx: Ctx): Block {
  const content = paragraphs(escapeHtml(word('video', ctx.lang)));
  const o = { fill: '#2b2d3a', color: '#ffffff', border: '#2b2d3a', font: { max: 28, min: 14 } };
  return {
    width: 960,
    height: 540,
    records: [shape(keyOf(ctx, 'video'), ctx.region, 0, 0, 960, 540, content, o)],
  };
}

function body(
  ctx: Ctx,
  method: Method,
  region: Region,
  people: Person[],
  opts: LayoutOptions,
): Block {
  const members = withRoles(people, region.slotRoles);
  const feedbackRows = region.slotRoles ? members : people.filter((p) => p.role !== 'inbrenger');
  switch (region.kind) {
    case 'flipover':
    case 'postits':
      if (region.slotsPerMember && members.length > 0)
        return slots(ctx, members, region.slotsPerMember, region.slotRoles ?? []);
      return region.kind === 'flipover' ? free(1200, 700) : free(1600, 500 + 40 * people.length);
    case 'columns': {
      const labels = (region.columns ?? []).map((c) => paragraphs(strong(c[ctx.lang])));
      const rows = region.slotRoles ? members : undefined;
      return labels.length > 0
        ? grid(ctx, labels, rows, rows ? 360 : 560, region.slotRoles)
        : free(1200, 700);
    }
    case 'viskom':
      return viskomBody(ctx, people, opts.viskom);
    case 'cards':
      return cards(ctx, region);
    case 'feedback': {
      const labels = region.cards
        ? region.cards.map((c) => label(c, ctx.lang))
        : (['waarneming', 'effect', 'tip', 'summary'] as const).map((w) =>
            paragraphs(strong(word(w, ctx.lang))),
          );
      return grid(ctx, labels, feedbackRows.length ? feedbackRows : people, 320);
    }
    case 'notes':
      return notes(ctx, method, region, people);
    case 'pairs':
      return pairs(ctx, region, people, opts.pairs);
    case 'fragment':
      return fragment(ctx);
  }
}

/** Returns the framed block of one region of the method, top-left at (0,0); pure. */
export function regionBlock(
  method: Method,
  region: Region,
  people: Person[],
  opts: LayoutOptions,
): Block {
  const ctx: Ctx = { method: method.id, region: region.id, lang: opts.lang };
  const spec = {
    title: region.title[opts.lang],
    ...(region.hint ? { hint: region.hint[opts.lang] } : {}),
  };
  return frameBlock(ctx, spec, body(ctx, method, region, people, opts));
}
