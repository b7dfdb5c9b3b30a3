// Putting a method's template on the practice board without the panel (?method=<id>), through
// the board adapter's generateTemplate, as the facilitator.
import { generateTemplate } from '../board/generate';
import { layoutParticipant } from '../shared/people';
import type { MiroLike, OnlineUserInfo } from '../miro/types';

/** What the URL asks for: a method and how many people (undefined: none asked). */
export interface TemplateRequest {
  methodId: string;
  participants: number;
}

/** Returns the template request in a query string, if any; pure. */
export function templateRequest(search: string): TemplateRequest | undefined {
  const params = new URLSearchParams(search);
  const methodId = params.get('method');
  if (!methodId) return undefined;
  const n = Number(params.get('participants') ?? '6');
  return { methodId, participants: Number.isFinite(n) ? n : 6 };
}

/** Generates the template as `miro`'s user; resolves with an error message in Dutch, or undefined. */
export async function generateFor(
  miro: MiroLike,
  methodId: string,
  users: readonly OnlineUserInfo[],
  today: Date,
): Promise<string | undefined> {
  const result = await generateTemplate(miro, {
    methodId,
    participants: users.map(layoutParticipant),
    options: { date: today.toISOString().slice(0, 10), lang: 'nl', sessionId: 'oefenbord' },
  });
  return result.ok ? undefined : result.error.message.nl;
}
