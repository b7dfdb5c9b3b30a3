// The viskom: two concentric circles, the binnengroep seated inside, the buitengroep on the ring.
import type { LayoutOptions } from './blueprint';
import type { Block, Ctx } from './build';
import { GAP, keyOf, shape, text } from './build';
import type { Person } from './people';
import { viskomGroups } from './people';
import { paragraphs, strong, truncate } from './text';
import { escapeHtml } from '../shared/html';
import { word } from './words';

export const SEAT = 130;
const MARGIN = 30;
const INNER = { fill: '#fff3c4', border: '#e0b400' };
const OUTER = { fill: '#dcebff', border: '#7aa7e8' };

/** Smallest radius at which n seats on a circle keep SEAT + GAP between centres. */
function ringRadius(n: number, min: number): number {
  if (n <= 1) return min;
  return Math.max(min, Math.ceil((SEAT + GAP) / (2 * Math.sin(Math.PI / n))));
}

/** Returns the radii: seats inside, the inner circle, seats on the ring, the outer circle; pure. */
export function viskomRadii(binnen: number, buiten: number) {
  const seatsIn = binnen <= 1 ? 0 : ringRadius(binnen, 160);
  const inner = seatsIn + SEAT / 2 + MARGIN;
  const seatsOut = ringRadius(buiten, inner + SEAT / 2 + MARGIN);
  return { seatsIn, inner, seatsOut, outer: seatsOut + SEAT / 2 + MARGIN };
}

/** Returns the viskom's body: circles, one seat a participant, a legend below; pure. */
export function viskomBody(ctx: Ctx, people: Person[], opt: LayoutOptions['viskom']): Block {
  const { binnen, buiten } = viskomGroups(people, opt);
  const r = viskomRadii(binnen.length, buiten.length);
  const width = Math.max(2 * r.outer, 600);
  const c = { x: width / 2, y: r.outer };
  const circle = (part: string, radius: number, colours: typeof INNER) =>
    shape(
      keyOf(ctx, 'circle', part),
      ctx.region,
      c.x - radius,
      c.y - radius,
      2 * radius,
      2 * radius,
      '',
      {
        ...colours,
        shape: 'circle',
      },
    );
  const seats = (group: Person[], radius: number, role: string, colours: typeof INNER) =>
    group.map((p, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      const left = Math.round(c.x + radius * Math.cos(a) - SEAT / 2);
      const top = Math.round(c.y + radius * Math.sin(a) - SEAT / 2);
      const content = paragraphs(strong(truncate(p.name, 18)));
      return shape(keyOf(ctx, 'seat', p.token), ctx.region, left, top, SEAT, SEAT, content, {
        shape: 'circle',
        fill: '#ffffff',
        border: colours.border,
        font: { max: 18, min: 8 },
        role,
        owner: p.id,
      });
    });
  const legendContent = paragraphs(
    strong(`● ${word('binnengroep', ctx.lang)}`),
    escapeHtml(`○ ${word('buitengroep', ctx.lang)}`),
  );
  const legend = text(
    keyOf(ctx, 'legend'),
    ctx.region,
    0,
    2 * r.outer + GAP,
    width,
    legendContent,
    20,
  );
  return {
    width,
    height: 2 * r.outer + GAP + legend.height,
    records: [
      circle('buiten', r.outer, OUTER),
      circle('binnen', r.inner, INNER),
      ...seats(binnen, r.seatsIn, 'binnengroep', INNER),
      ...seats(buiten, r.seatsOut, 'buitengroep', OUTER),
      legend,
    ],
  };
}
