// Which report section each region of each catalog method feeds. A region missing here (a
// custom method's) goes to 'other', so nothing on the board is left out of the record.
import type { Text } from '../catalog/schema';

export const SECTION_IDS = [
  'case',
  'goals',
  'questions',
  'problem',
  'insights',
  'own-part',
  'support',
  'discoveries',
  'advice',
  'actions',
  'agreements',
  'evaluation',
  'other',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId | 'parking', Text>> = {
  case: { nl: 'Casus en vraag', en: 'Case and question' },
  goals: { nl: 'Doelen', en: 'Goals' },
  questions: { nl: 'Vragen', en: 'Questions' },
  problem: { nl: 'Probleemstellingen', en: 'Problem statements' },
  insights: { nl: 'Inzichten', en: 'Insights' },
  'own-part': {
    nl: 'Succesfactoren: eigen aandeel van de inbrenger',
    en: 'Success factors: the presenter’s own part',
  },
  support: {
    nl: 'Succesfactoren: context en steun van anderen',
    en: 'Success factors: context and support from others',
  },
  discoveries: { nl: 'Vondsten', en: 'Discoveries' },
  advice: { nl: 'Adviezen en tips', en: 'Advice and tips' },
  actions: { nl: 'Acties', en: 'Actions' },
  agreements: { nl: 'Afspraken', en: 'Agreements' },
  evaluation: { nl: 'Evaluatie', en: 'Evaluation' },
  other: { nl: 'Verder op het bord', en: 'Also on the board' },
  parking: { nl: 'Parkeerplaats', en: 'Parking area' },
};

/** A region's section, with overrides per column (1-based) for two-purpose columns. */
export interface SectionRule {
  section: SectionId;
  columns?: Readonly<Record<number, SectionId>>;
}

type Table = Readonly<Record<string, Readonly<Record<string, SectionId | SectionRule>>>>;

export const SECTIONS: Table = {
  'eerste-bijeenkomst': {
    agenda: 'other',
    kennismaking: 'other',
    doelen: 'goals',
    omstandigheden: 'agreements',
    belangen: 'goals',
    afspraken: 'agreements',
    aanpak: 'other',
    oefenen: 'other',
    evaluatie: 'evaluation',
    casus: 'case',
    verslag: 'agreements',
  },
  'incident-casus': {
    casus: 'case',
    vragen: 'questions',
    analyses: 'insights',
    probleemstelling: 'problem',
    tips: 'advice',
    check: 'other',
    actieplan: 'actions',
  },
  'incident-inzicht': {
    incidenten: 'case',
    incident: 'case',
    vragen: 'questions',
    percepties: 'problem',
    inzichten: 'insights',
    'meenemen-inbrenger': 'insights',
    meenemen: 'insights',
    proces: 'evaluation',
  },
  via: {
    fragment: 'case',
    'eerste-reactie': 'insights',
    feedback: 'advice',
    samenvatting: 'insights',
    leerpunten: { section: 'insights', columns: { 2: 'actions' } },
    afsluiting: { section: 'insights', columns: { 2: 'evaluation', 3: 'agreements' } },
  },
  'tien-stappen': {
    situatie: 'case',
    vragen: 'questions',
    probleemstellingen: 'problem',
    krachten: 'insights',
    actieplan: 'actions',
  },
  viskom: {
    probleemstelling: 'case',
    kom: 'other',
    observaties: 'insights',
    checklist: 'other',
    'herformulering-buiten': 'problem',
    'herformulering-binnen': 'problem',
    suggesties: 'advice',
    adviezen: 'advice',
    geleerd: 'insights',
  },
  roddel: {
    vraag: 'case',
    vragen: 'questions',
    roddel: 'insights',
    advies: 'advice',
    notities: 'insights',
    reactie: 'insights',
    evaluatie: 'evaluation',
  },
  'post-it': { vraag: 'case', tips: 'advice' },
  wandeling: { vraag: 'case', duos: 'advice' },
  balint: {
    problemen: 'case',
    probleemstelling: 'case',
    associaties: 'insights',
    beeldvorming: 'questions',
    adviezen: 'advice',
    besluit: 'actions',
    gedrag: 'insights',
    vergelijkbaar: 'insights',
  },
  'vijf-vragen': {
    'vraag-1': 'insights',
    'vraag-2': 'insights',
    'vraag-3': 'insights',
    'vraag-4': 'insights',
    'vraag-5': 'actions',
  },
  speed: { casus: 'case', vragen: 'questions', probleem: 'problem', inzichten: 'insights' },
  successen: {
    factoren: 'insights',
    // R39: the two columns of the flip-over stay two lists.
    succesfactoren: { section: 'insights', columns: { 1: 'own-part', 2: 'support' } },
    vondsten: 'discoveries',
    lessen: 'evaluation',
  },
};

/** Returns the section rule of a method's region ('other' when the table has none); pure. */
export function sectionRule(methodId: string, regionId: string): SectionRule {
  const entry = SECTIONS[methodId]?.[regionId];
  if (entry === undefined) return { section: 'other' };
  return typeof entry === 'string' ? { section: entry } : entry;
}

/** Returns the section of an item in a region, by its column when the rule splits columns; pure. */
export function sectionOf(methodId: string, regionId: string, column: number | null): SectionId {
  const rule = sectionRule(methodId, regionId);
  return (column !== null ? rule.columns?.[column] : undefined) ?? rule.section;
}

/** Sections that are one column of a region: their title already names the column. */
const COLUMN_SECTIONS: ReadonlySet<string> = new Set(['own-part', 'support']);

/** Returns whether a section's groups get their own headings: several groups, or one column of a region; pure. */
export function groupHeads(section: {
  id: string;
  groups: readonly { column: number | null }[];
}): boolean {
  if (section.groups.length > 1) return true;
  return section.groups[0]?.column != null && !COLUMN_SECTIONS.has(section.id);
}
