// "Exporteer deze methode als JSON": the method as the custom import reads it (methods.exportJson),
// saved as a file. The exporter sits with the zod checker, so it loads lazily, off the panel chunk.
import type { Method } from '../catalog/schema';
import { downloadFile } from './report-dom';

/** Returns the file name for a method's JSON: `<id>.json`; pure. */
export const jsonFileName = (method: Method) => `${method.id}.json`;

/** The exported JSON and whether the file was saved; the panel shows the JSON to copy either way. */
export type Exported = { json: string; file: string; saved: boolean };

/** Resolves with the method's JSON after handing it to `save` (default: a download); touches the DOM. */
export async function exportMethodFile(
  method: Method,
  save: (name: string, text: string) => void = (name, text) =>
    downloadFile(name, text, 'application/json;charset=utf-8'),
): Promise<Exported> {
  const { exportMethod } = await import('../catalog/custom');
  const json = exportMethod(method);
  const file = jsonFileName(method);
  try {
    save(file, json);
    return { json, file, saved: true };
  } catch {
    return { json, file, saved: false };
  }
}
