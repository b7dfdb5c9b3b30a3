// The practice board's own words, Dutch first; the page follows the panel's language switch.
// (Kept apart from the panel's dictionary so the panel chunk does not carry them.)
import type { Lang } from './i18n';

const nl = {
  playAs: 'Speel als',
  facilitator: 'gespreksleider',
  addNote: '+ Notitie',
  placing: 'Klik op het bord om de notitie te plaatsen (Esc: stoppen)',
  remove: 'Verwijder',
  reset: 'Begin opnieuw',
  resetConfirm: 'Het oefenbord leegmaken en opnieuw beginnen?',
  board: 'Oefenbord',
  boardLabel: 'Oefenbord. Sleep om te schuiven, scroll om te zoomen, dubbelklik voor een notitie.',
  panel: 'Paneel',
  zoom: 'Zoom',
  zoomOut: 'Uitzoomen',
  zoomIn: 'Inzoomen',
  fit: 'Passend',
  noteText: 'Tekst van de notitie',
  panelLoading: 'Paneel laden…',
  panelFailed: 'Het paneel kon niet worden geladen.',
  actionFailed: 'Dat lukte niet',
  restoreFailed: (key: string | null) =>
    'Het bewaarde oefenbord kon niet worden hersteld. ' +
    (key
      ? `Een kopie staat in de opslag van deze browser (localStorage) onder "${key}". `
      : 'Er kon geen kopie worden gemaakt; het oude bord blijft staan tot je kiest. ') +
    'Automatisch bewaren staat uit tot je kiest.',
  restart: 'Opnieuw beginnen',
  restarted: (key: string | null) =>
    key
      ? `Je begint met een leeg bord. De kopie blijft bewaard onder "${key}".`
      : 'Je begint met een leeg bord.',
};

export type PracticeDict = typeof nl;

const en: PracticeDict = {
  playAs: 'Play as',
  facilitator: 'facilitator',
  addNote: '+ Note',
  placing: 'Click the board to place the note (Esc: stop)',
  remove: 'Delete',
  reset: 'Start again',
  resetConfirm: 'Empty the practice board and start again?',
  board: 'Practice board',
  boardLabel: 'Practice board. Drag to pan, scroll to zoom, double-click for a note.',
  panel: 'Panel',
  zoom: 'Zoom',
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  fit: 'Fit',
  noteText: 'Text of the note',
  panelLoading: 'Loading the panel…',
  panelFailed: 'The panel could not be loaded.',
  actionFailed: 'That did not work',
  restoreFailed: (key) =>
    'The saved practice board could not be restored. ' +
    (key
      ? `A copy is in this browser's storage (localStorage) under "${key}". `
      : 'No copy could be made; the old board stays until you choose. ') +
    'Saving is paused until you choose.',
  restart: 'Start over',
  restarted: (key) =>
    key
      ? `You start with an empty board. The copy stays under "${key}".`
      : 'You start with an empty board.',
};

/** Returns the practice board's texts in the language; pure. */
export function practiceDict(lang: Lang): PracticeDict {
  return lang === 'en' ? en : nl;
}
