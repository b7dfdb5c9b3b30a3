// Loaded lazily, only when a session has no stored plan: the built-in methods (no zod).
import { twelveMethods } from '../catalog/builtin';
import { eersteBijeenkomst } from '../catalog/methods/eerste-bijeenkomst';
import type { Method } from '../catalog/schema';

/** Returns the built-in method with that id, or undefined; pure. */
export function builtinMethod(id: string): Method | undefined {
  return [eersteBijeenkomst, ...twelveMethods].find((m) => m.id === id);
}
