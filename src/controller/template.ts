// generateTemplate at the public API: takes the same participant list as startSession
// ({ id, name, role?, onMiro? }) and hands the layout only what it places.
import { generateTemplate as generate } from '../board/generate';
import type { GenerateHooks, GenerateInput } from '../board/generate';
import type { ApplyResult } from '../board/apply';
import { layoutParticipant } from '../shared/people';
import type { MiroLike } from '../miro/types';
import type { ParticipantInput } from './start-input';

type WithPeople<T> = T extends unknown
  ? Omit<T, 'participants'> & { participants: readonly ParticipantInput[] }
  : never;

/** generateTemplate's input with the shared participant shape. */
export type TemplateInput = WithPeople<GenerateInput>;

/** Generates a method's template on the board (see board/generate); mutates board, storage, viewport. */
export function generateTemplate(
  miro: MiroLike,
  input: TemplateInput,
  hooks?: GenerateHooks,
): Promise<ApplyResult> {
  return generate(
    miro,
    { ...input, participants: input.participants.map(layoutParticipant) } as GenerateInput,
    hooks,
  );
}
