// The practice board's own words (Dutch first; the panel has its own texts in src/i18n).
export const T = {
  playAs: 'Speel als',
  facilitator: 'gespreksleider',
  addNote: '+ Notitie',
  placing: 'Klik op het bord om de notitie te plaatsen (Esc: stoppen)',
  remove: 'Verwijder',
  reset: 'Begin opnieuw',
  resetConfirm: 'Het oefenbord leegmaken en opnieuw beginnen?',
  board: 'Oefenbord',
  hint: 'Oefenbord: sleep om te schuiven, scroll om te zoomen, dubbelklik voor een notitie.',
  panelLoading: 'Paneel laden…',
  panelFailed: 'Het paneel kon niet worden geladen.',
  guardFailed: 'De bewaking kon niet starten.',
  actionFailed: 'Dat lukte niet',
  generating: 'Sjabloon op het bord zetten…',
  unknownMethod: 'Onbekende methode',
} as const;
