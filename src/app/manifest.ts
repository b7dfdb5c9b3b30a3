// The app's Miro manifest as a zod schema: app.json (localhost, while developing; JSON is valid
// YAML, so it pastes as is) and what scripts/manifest.mjs writes for a hosted build.
import { z } from 'zod';

const Scope = z.enum([
  'boards:read',
  'boards:write',
  'identity:read',
  'identity:write',
  'team:read',
  'team:write',
]);

/** Miro loads the app, and its icons, over HTTPS; plain http only from localhost. */
const AppUrl = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://') || /^http:\/\/localhost(:\d+)?(\/|$)/.test(u), {
    message: 'must be HTTPS, or http://localhost while developing',
  });

export const Manifest = z.strictObject({
  appName: z.string().min(1).max(50),
  sdkVersion: z.literal('SDK_V2'),
  sdkUri: AppUrl,
  scopes: z.array(Scope).min(1),
  /** The app's icons, as Miro's example manifests name them: full colour and one-colour outline. */
  icons: z.strictObject({ colored: AppUrl, outline: AppUrl }),
});
export type Manifest = z.infer<typeof Manifest>;
