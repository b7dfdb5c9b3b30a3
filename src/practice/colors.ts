// The colours Miro paints sticky notes and tags with (close to Miro's own palette).
import type { StickyColor, TagColorName } from '../miro/types';

const STICKY: Record<string, string> = {
  gray: '#f5f6f8',
  light_yellow: '#fff9b1',
  yellow: '#f5d128',
  orange: '#ff9d48',
  light_green: '#d5f692',
  green: '#c9df56',
  dark_green: '#93d275',
  cyan: '#67c6c0',
  light_pink: '#ffcee0',
  pink: '#ea94bb',
  violet: '#c6a2d2',
  red: '#f0939d',
  light_blue: '#a6ccf5',
  blue: '#6cd8fa',
  dark_blue: '#9ea9ff',
  black: '#000000',
};

const TAG: Record<string, string> = {
  red: '#f24726',
  magenta: '#da0063',
  violet: '#9510ac',
  light_green: '#8fd14f',
  green: '#0ca789',
  dark_green: '#067429',
  cyan: '#12cdd4',
  blue: '#2d9bf0',
  dark_blue: '#414bb2',
  yellow: '#fac710',
  gray: '#808080',
  black: '#1a1a1a',
  dark_gray: '#525252',
};

/** Returns the fill of a sticky colour name (light yellow for an unknown one); pure. */
export function stickyFill(color: StickyColor | string): string {
  return STICKY[color] ?? '#fff9b1';
}

/** Returns the text colour that reads on a sticky of that colour; pure. */
export function stickyInk(color: StickyColor | string): string {
  return color === 'black' ? '#ffffff' : '#1a1a1a';
}

/** Returns the colour of a tag colour name; pure. */
export function tagFill(color: TagColorName | string): string {
  return TAG[color] ?? '#808080';
}

/** Returns a CSS colour for a hex fill with an opacity (transparent stays transparent); pure. */
export function withOpacity(hex: string, opacity: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex) || opacity >= 1) return hex;
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${Math.max(0, opacity)})`;
}
