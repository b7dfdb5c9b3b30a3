// The sticker tray: warm / neutraal / koud (lauw in speed) as draggable stickers and as buttons.
import { useEffect, useRef, useState } from 'preact/hooks';
import { scales } from '../../catalog/shared';
import type { Scale } from '../../catalog/schema';
import { dictFor } from '../../i18n/i18n';
import type { Lang } from '../../i18n/i18n';
import type { RatingValue } from '../../guard/rating';
import type { DropPort, Outcome } from '../controller-port';
import { Alert } from './ui';

const IDS: Record<string, RatingValue> = {
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
  /** Rates the board selection (select an item, click a rating). */
  onRate: (rating: RatingValue) => Promise<Outcome>;
  /** Registers the board's drop handler while the tray is shown; returns the unregister function. */
  enableDrop?: DropPort;
}

/**
 * Renders the tray: one sticker per rating, dragged onto the board (class miro-draggable) or
 * clicked after selecting an item; shows each outcome.
 */
export function StickerTray(p: TrayProps) {
  const t = dictFor(p.lang);
  const stickers = stickersOf(p.scale, p.lang);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = (r: Outcome, id?: RatingValue) => {
    const word = stickers.find((s) => s.id === id)?.word ?? id ?? '';
    setNote(r.ok ? t.rated(word) : null);
    setError(r.ok ? null : r.error.message[p.lang]);
  };
  const latest = useRef(show);
  latest.current = show;
  const { enableDrop } = p;
  useEffect(() => enableDrop?.((r, id) => latest.current(r, id)), [enableDrop]);
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
            <button
              type="button"
              class={`miro-draggable ip-sticker ip-sticker-${s.id}`}
              data-rating={s.id}
              data-rate={s.id}
              title={s.meaning}
              aria-describedby="ip-tray-help"
              onClick={() => void p.onRate(s.id).then((r) => show(r, s.id))}
            >
              <span class="ip-sym">{s.symbol}</span> <span>{s.word}</span>
            </button>
          </li>
        ))}
      </ul>
      {note && (
        <p role="status" class="ip-note">
          {note}
        </p>
      )}
      <Alert text={error} />
    </div>
  );
}
