// The sticker tray: warm / neutraal / koud (lauw in speed) as draggable stickers and as buttons.
import { useEffect } from 'preact/hooks';
import { scales } from '../../catalog/shared';
import type { Scale } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { RatingId } from '../controller-port';

const IDS: Record<string, RatingId> = {
  warm: 'warm',
  neutraal: 'neutraal',
  lauw: 'lauw',
  koud: 'koud',
};

/** Returns the stickers of a scale with their rating id, symbol and word; pure. */
export function stickersOf(scale: Scale, lang: Lang) {
  return scales[scale].map((s) => ({
    id: IDS[s.word.nl] ?? 'neutraal',
    symbol: s.symbol,
    word: s.word[lang],
    meaning: s.meaning[lang],
  }));
}

export interface TrayProps {
  lang: Lang;
  scale: Scale;
  note: string | null;
  onRate: (rating: RatingId) => void;
  /** Registers the board's drop handler while the tray is shown; returns the unregister function. */
  enableDrop?: () => () => void;
}

/** Renders the tray: drag a sticker onto the board (class miro-draggable), or select and click. */
export function StickerTray(p: TrayProps) {
  const t = dictFor(p.lang);
  const stickers = stickersOf(p.scale, p.lang);
  const { enableDrop } = p;
  useEffect(() => enableDrop?.(), [enableDrop]);
  return (
    <div class="ip-tray" data-part="tray" aria-labelledby="ip-tray-h">
      <h3 class="ip-label" id="ip-tray-h">
        {t.trayTitle}
      </h3>
      <p class="ip-muted" id="ip-tray-help">
        {t.trayHelp}
      </p>
      <ul class="ip-stickers">
        {stickers.map((s) => (
          <li key={s.id}>
            <div
              class={`miro-draggable ip-sticker ip-sticker-${s.id}`}
              data-rating={s.id}
              title={s.meaning}
              aria-hidden="true"
            >
              <span class="ip-sym">{s.symbol}</span> {s.word}
            </div>
            <button
              type="button"
              class={`button button-small button-secondary ip-rate ip-rate-${s.id}`}
              data-rate={s.id}
              aria-describedby="ip-tray-help"
              onClick={() => p.onRate(s.id)}
            >
              {s.symbol} {s.word}
            </button>
          </li>
        ))}
      </ul>
      {p.note && (
        <p role="status" class="ip-note">
          {p.note}
        </p>
      )}
    </div>
  );
}
