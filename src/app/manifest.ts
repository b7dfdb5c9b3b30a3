// The app's Miro manifest (app.json) as a zod schema; JSON is valid YAML, so app.json pastes as is.
import { z } from 'zod';

const Scope = z.enum([
  'boards:read',
  'boards:write',
  'identity:read',
  'identity:write',
  'team:read',
  'team:write',
]);

export const Manifest = z.strictObject({
  appName: z.string().min(1).max(50),
  sdkVersion: z.literal('SDK_V2'),
  sdkUri: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://') || /^http:\/\/localhost(:\d+)?(\/|$)/.test(u), {
      message: 'sdkUri must be HTTPS, or http://localhost while developing',
    }),
  scopes: z.array(Scope).min(1),
  icon: z.string().url().optional(),
});
export type Manifest = z.infer<typeof Manifest>;
