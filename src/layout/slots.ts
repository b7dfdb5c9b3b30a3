// Areas with a place per member: named slots, and labelled columns with a row per member.
import type { Block, Ctx } from './build';
import { GAP, keyOf, shape, shapeHeight } from './build';
import type { Person } from './people';
import { roleIn } from './people';
import { paragraphs, strong, truncate } from './text';

export const SLOT = 200;
export const MAX_W = 2200;
export const LIGHT = { fill: '#f5f6f8', color: '#7a7f94', border: '#c3c6d4' };
export const LABEL = { fill: '#dbe4ff', border: '#9db1f2' };
export const NAME = { fill: '#eef0f5', border: '#c3c6d4' };

/** Returns a slot a member (n each, named), members side by side in rows; pure. */
export function slots(ctx: Ctx, members: Person[], n: number, roles: string[]): Block {
  const blockW = n * SLOT + (n - 1) * GAP;
  const perRow = Math.max(1, Math.min(members.length, Math.floor((MAX_W + 60) / (blockW + 60))));
  const records = members.flatMap((m, j) => {
    const left = (j % perRow) * (blockW + 60);
    const top = Math.floor(j / perRow) * (SLOT + GAP);
    return Array.from({ length: n }, (_, i) => {
      const content = paragraphs(strong(truncate(m.name, 24)), n > 1 ? `${i + 1}/${n}` : undefined);
      const o = {
        ...LIGHT,
        font: { max: 20, min: 10 },
        role: roleIn(m, roles) ?? m.role,
        owner: m.id,
      };
      const x = left + i * (SLOT + GAP);
      return shape(keyOf(ctx, 'slot', m.token, i + 1), ctx.region, x, top, SLOT, SLOT, content, o);
    });
  });
  const rows = Math.ceil(members.length / perRow);
  const width = Math.min(members.length, perRow) * (blockW + 60) - 60;
  return { width, height: rows * SLOT + (rows - 1) * GAP, records };
}

/** Returns columns labelled by content; with `rows`, a row a member: a name cell and an empty cell a column; pure. */
export function grid(
  ctx: Ctx,
  labels: string[],
  rows: Person[] | undefined,
  colW: number,
  roles: string[] = [],
): Block {
  const nameW = rows ? 220 : 0;
  const x0 = rows ? nameW + GAP : 0;
  const labelH = Math.max(80, ...labels.map((l) => shapeHeight(l, colW, 14)));
  const records = labels.map((l, c) =>
    shape(keyOf(ctx, 'label', c + 1), ctx.region, x0 + c * (colW + GAP), 0, colW, labelH, l, {
      ...LABEL,
      font: { max: 22, min: 14 },
    }),
  );
  const width = x0 + labels.length * (colW + GAP) - GAP;
  if (!rows) {
    const bodyH = 900;
    labels.forEach((_, c) =>
      records.push(
        shape(
          keyOf(ctx, 'column', c + 1),
          ctx.region,
          c * (colW + GAP),
          labelH + GAP,
          colW,
          bodyH,
          '',
          LIGHT,
        ),
      ),
    );
    return { width, height: labelH + GAP + bodyH, records };
  }
  const cellH = 180;
  rows.forEach((m, j) => {
    const top = labelH + GAP + j * (cellH + GAP);
    const who = { role: roleIn(m, roles) ?? m.role, owner: m.id };
    const name = paragraphs(strong(truncate(m.name, 40)));
    records.push(
      shape(keyOf(ctx, 'name', m.token), ctx.region, 0, top, nameW, cellH, name, {
        ...NAME,
        ...who,
      }),
    );
    labels.forEach((_, c) => {
      const left = x0 + c * (colW + GAP);
      records.push(
        shape(keyOf(ctx, 'cell', m.token, c + 1), ctx.region, left, top, colW, cellH, '', {
          ...LIGHT,
          ...who,
        }),
      );
    });
  });
  return { width, height: labelH + GAP + rows.length * (cellH + GAP) - GAP, records };
}

/** Returns the top-left positions of `count` cells of (w, h), `perRow` to a row; pure. */
export function gridPositions(
  count: number,
  w: number,
  h: number,
  perRow: number,
  gapX = GAP,
  gapY = GAP,
): { left: number; top: number; width: number; height: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    left: (i % perRow) * (w + gapX),
    top: Math.floor(i / perRow) * (h + gapY),
    width: w,
    height: h,
  }));
}

/** Returns the size of a grid of `count` cells of (w, h), `perRow` a row; pure. */
export function gridSize(count: number, w: number, h: number, perRow: number, gap = GAP) {
  const cols = Math.min(count, perRow);
  const rows = Math.ceil(count / perRow);
  return {
    width: cols * w + Math.max(0, cols - 1) * gap,
    height: rows * h + Math.max(0, rows - 1) * gap,
  };
}
