// The app's one short hash: 32-bit FNV-1a in base 36. What is hashed is stored on boards
// (template versions, content fingerprints, participant tokens), so the units stay as each
// caller had them: UTF-16 code units, or UTF-8 bytes for participant ids.

/** Returns the FNV-1a hash of the text's UTF-16 code units (or its UTF-8 bytes), in base 36; pure. */
export function fnv1a(text: string, units: 'utf-16' | 'utf-8' = 'utf-16'): string {
  let h = 0x811c9dc5;
  if (units === 'utf-8') for (const byte of new TextEncoder().encode(text)) h = step(h, byte);
  else for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h.toString(36);
}

const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193) >>> 0;
