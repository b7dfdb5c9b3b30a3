// Type-level proof that the app's SDK subset (`BoardLike`) asks for nothing Miro's `Board` lacks.
// `tsc --noEmit` (part of `npm test`) fails if it does. Methods that take one of Miro's item
// classes as an argument are compared with that argument left out: our plain item shapes carry
// only the members the app uses, and Miro's classes have more.
import type { Board, Frame } from '@mirohq/websdk-types';
import type { BoardLike, FrameItem } from '../../src/miro/types';

type WithoutItemArgs<T> = Omit<T, 'add' | 'remove'>;
type FrameFits = WithoutItemArgs<Frame> extends WithoutItemArgs<FrameItem> ? true : never;
type BoardFits =
  Omit<Board, 'createFrame' | 'collaboration'> extends Omit<
    BoardLike,
    'createFrame' | 'collaboration'
  >
    ? true
    : never;
type ZoomFits =
  Board['collaboration']['startSession'] extends BoardLike['collaboration']['startSession']
    ? true
    : never;

export const proofs: [FrameFits, BoardFits, ZoomFits] = [true, true, true];
