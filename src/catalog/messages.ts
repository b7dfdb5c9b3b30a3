// Plain Dutch and English messages for zod issues and cross-check problems in a custom method.
import type { z } from 'zod';
import { t } from './build';
import type { Text } from './schema';

export type Problem = { path: string; code: string; message: Text };
type Issue = z.core.$ZodIssue;

const TYPE: Record<string, [string, string]> = {
  string: ['een tekst', 'a text'],
  number: ['een getal', 'a number'],
  boolean: ['ja of nee (true/false)', 'yes or no (true/false)'],
  array: ['een lijst', 'a list'],
  object: ['een object', 'an object'],
  null: ['null', 'null'],
};

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

const typeText = (k: string): [string, string] => TYPE[k] ?? [k, k];

/** Returns a path like `phases[2].regions.vragen.roles[0]` ("(top)" for the root); pure. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top)';
}

const CHECKS: Record<string, (p: Record<string, string>) => Text> = {
  'unknown-region': (p) =>
    t(
      `Onbekend gebied "${p.id}": het staat niet in regions.`,
      `Unknown region "${p.id}": it is not in regions.`,
    ),
  'unknown-role': (p) =>
    t(
      `Onbekende rol "${p.id}": ze staat niet in roles.`,
      `Unknown role "${p.id}": it is not in roles.`,
    ),
  'unknown-phase': (p) =>
    t(
      `Onbekende fase "${p.id}": ze staat niet in phases.`,
      `Unknown phase "${p.id}": it is not in phases.`,
    ),
  'duplicate-id': (p) =>
    t(
      `De id "${p.id}" komt al eerder voor; ids moeten uniek zijn.`,
      `The id "${p.id}" is used before; ids must be unique.`,
    ),
  'rounds-order': () =>
    t(
      'De rondes beginnen na hun laatste fase: zet from vóór to.',
      'The rounds start after their last phase: put from before to.',
    ),
  'group-range': () =>
    t(
      'De kleinste groep is groter dan de grootste (group.min > group.max).',
      'The smallest group is larger than the largest (group.min > group.max).',
    ),
  'roles-too-many': (p) =>
    t(
      `De rollen vragen samen minstens ${p.min} mensen, meer dan group.max.`,
      `The roles need at least ${p.min} people together, more than group.max.`,
    ),
  'hidden-never-revealed': (p) =>
    t(
      `Gebied "${p.id}" wordt verborgen maar in geen latere fase onthuld of geopend.`,
      `Region "${p.id}" is hidden but never revealed or opened in a later phase.`,
    ),
  'writable-never-open': (p) =>
    t(
      `Gebied "${p.id}" is beschrijfbaar maar in geen enkele fase open.`,
      `Region "${p.id}" is writable but open in no phase.`,
    ),
  'private-never-revealed': (p) =>
    t(
      `In gebied "${p.id}" schrijft ieder voor zich, maar er volgt geen reveal-actie.`,
      `In region "${p.id}" everyone writes privately, but no reveal action follows.`,
    ),
  'columns-missing': () =>
    t(
      'Een kolommengebied heeft kolommen nodig (columns, 2 tot 4).',
      'A columns region needs columns (2 to 4).',
    ),
  'cards-missing': () =>
    t('Een kaartengebied heeft kaarten nodig (cards).', 'A cards region needs cards.'),
  'slot-roles-missing': () =>
    t(
      'slotsPerMember vraagt ook slotRoles: voor welke rollen zijn de vakken?',
      'slotsPerMember also needs slotRoles: whose slots are they?',
    ),
};

function tooSmall(i: Extract<Issue, { code: 'too_small' }>, path: string): Text {
  const n = String(i.minimum);
  if (i.message === 'text-empty') return t('De tekst is leeg.', 'The text is empty.');
  if (i.origin === 'array')
    return t(`Te weinig items: minstens ${n}.`, `Too few items: at least ${n}.`);
  if (i.origin === 'string')
    return t(`Te kort: minstens ${n} tekens.`, `Too short: at least ${n} characters.`);
  return path.endsWith('minutes')
    ? t(`Te weinig minuten: minstens ${n}.`, `Too few minutes: at least ${n}.`)
    : t(`Te klein: minstens ${n}.`, `Too small: at least ${n}.`);
}

function tooBig(i: Extract<Issue, { code: 'too_big' }>, path: string): Text {
  const n = String(i.maximum);
  if (path === 'phases')
    return t(`Te veel fasen: hoogstens ${n}.`, `Too many phases: at most ${n}.`);
  if (i.origin === 'array')
    return t(`Te veel items: hoogstens ${n}.`, `Too many items: at most ${n}.`);
  if (i.origin === 'string')
    return t(`Te lang: hoogstens ${n} tekens.`, `Too long: at most ${n} characters.`);
  return t(`Te groot: hoogstens ${n}.`, `Too large: at most ${n}.`);
}

const ID_FORMAT = t(
  'Geen geldige id: kleine letters, cijfers en streepjes, beginnend met een letter, hoogstens 40 tekens.',
  'Not a valid id: lowercase letters, digits and hyphens, starting with a letter, at most 40 characters.',
);

/** Returns the human problems for one zod issue (one per unknown key); pure. */
export function describeIssue(i: Issue): Problem[] {
  const path = formatPath(i.path);
  const one = (code: string, message: Text): Problem[] => [{ path, code, message }];
  switch (i.code) {
    case 'invalid_type': {
      const [nl, en] = typeText(i.expected);
      if (i.input === undefined)
        return one('missing', t(`Dit veld ontbreekt (${nl}).`, `This field is missing (${en}).`));
      const [gnl, gen] = typeText(kindOf(i.input));
      return one(
        'wrong-type',
        t(`Verwacht ${nl}, maar dit is ${gnl}.`, `Expected ${en}, but this is ${gen}.`),
      );
    }
    case 'unrecognized_keys':
      return i.keys.map((k) => ({
        path: formatPath([...i.path, k]),
        code: 'unknown-field',
        message: t(`Onbekend veld "${k}".`, `Unknown field "${k}".`),
      }));
    case 'too_small':
      return one(i.message === 'text-empty' ? 'empty-text' : 'too-small', tooSmall(i, path));
    case 'too_big':
      return one(path === 'phases' ? 'too-many-phases' : 'too-big', tooBig(i, path));
    case 'invalid_format':
      return i.message === 'id-format'
        ? one('bad-id', ID_FORMAT)
        : one(
            'bad-format',
            t(
              'Ongeldige vorm; een regel heet R1 tot R99.',
              'Invalid form; a rule is named R1 to R99.',
            ),
          );
    case 'invalid_key':
      return one('bad-id', ID_FORMAT);
    case 'invalid_value': {
      const list = i.values.map(String).join(', ');
      return one(
        'bad-value',
        t(`Ongeldige waarde; kies uit: ${list}.`, `Invalid value; choose from: ${list}.`),
      );
    }
    case 'invalid_union': {
      const opts = ((i as { options?: unknown[] }).options ?? []).map(String).join(', ');
      return one(
        'bad-value',
        t(`Ongeldige soort; kies uit: ${opts}.`, `Invalid kind; choose from: ${opts}.`),
      );
    }
    case 'custom': {
      const params = (i.params ?? {}) as Record<string, string>;
      const check = CHECKS[i.message];
      if (check) return one(i.message, check(params));
      return one('invalid', t(`Ongeldig: ${i.message}`, `Invalid: ${i.message}`));
    }
    default:
      return one('invalid', t(`Ongeldig: ${i.message}`, `Invalid: ${i.message}`));
  }
}
