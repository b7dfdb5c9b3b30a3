// Every built-in method, the first meeting first, and finding one by id. No zod: the panel's
// first chunk and the guard load this (builtin.ts holds the twelve the first meeting lists).
import { twelveMethods } from './builtin';
import { eersteBijeenkomst } from './methods/eerste-bijeenkomst';
import type { Method } from './schema';

/** Every built-in method: the first meeting, then the twelve in the source's order. */
export const builtinMethods: readonly Method[] = [eersteBijeenkomst, ...twelveMethods];

/** Returns the built-in method with that id, or undefined; pure. */
export function builtinMethod(id: string): Method | undefined {
  return builtinMethods.find((m) => m.id === id);
}
