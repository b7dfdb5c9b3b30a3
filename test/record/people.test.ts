import { describe, expect, it } from 'vitest';
import { methods } from '../../src/catalog/methods';
import { toBoardText } from '../../src/record/board-text';
import { toMarkdown } from '../../src/record/markdown';
import { reportPeople } from '../../src/record/people';
import { toPrintHtml } from '../../src/record/print-html';
import { simSession } from './helpers';

describe('the people of the verslag', () => {
  it('lists each person once with the roles the session gave them', async () => {
    const s = await simSession(methods.byId('tien-stappen')!);
    // What the setup stores: the facilitator leads and is a member by default.
    s.session.roles['u-bram'] = ['groepslid', 'gespreksleider', 'groepslid'];
    const report = await s.report();
    const md = toMarkdown(report, 'nl');
    const line = md.split('\n').find((l) => l.startsWith('- Deelnemers:'));
    expect(line).toBe(
      '- Deelnemers: Anna (Inbrenger), Bram (Gespreksleider), Chris (Groepslid), Dewi (Groepslid), Eva (Groepslid)',
    );
    for (const name of ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva'])
      expect(line?.match(new RegExp(`${name} \\(`, 'g'))).toHaveLength(1);
    expect(toPrintHtml(report, 'nl')).toContain('Bram (Gespreksleider), Chris');
    expect(toBoardText(report, 'nl')[0]?.content).toContain('Bram (Gespreksleider), Chris');
  });

  it('keeps two roles that do not overlap and orders them as the method does', async () => {
    const method = methods.byId('viskom')!;
    const s = await simSession(method);
    s.session.roles['u-chris'] = ['gespreksleider', 'buitengroep'];
    const chris = reportPeople(method, s.session).find((p) => p.id === 'u-chris');
    expect(chris?.roles.map((r) => r.nl)).toEqual(['Buitengroep', 'Gespreksleider']);
  });

  it('names each VIA inbrenger with their round (R14)', async () => {
    const method = methods.byId('via')!;
    const s = await simSession(method);
    s.session.roles['u-chris'] = ['inbrenger'];
    const people = reportPeople(method, s.session);
    expect(people.map((p) => p.roles.map((r) => r.nl).join(', '))).toEqual([
      'Inbrenger ronde 1',
      'Facilitator',
      'Inbrenger ronde 2',
      'Groepslid',
      'Groepslid',
    ]);
    expect(people.find((p) => p.id === 'u-chris')?.roles[0]?.en).toBe('Case presenter round 2');
  });

  it('lists a participant entered twice once', async () => {
    const method = methods.byId('post-it')!;
    const s = await simSession(method);
    const twice = {
      ...s.session,
      participants: [...s.session.participants, s.session.participants[0]!],
    };
    expect(reportPeople(method, twice).filter((p) => p.id === 'u-anna')).toHaveLength(1);
  });
});
