import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../../src/app/manifest';

const raw = JSON.parse(readFileSync(new URL('../../app.json', import.meta.url), 'utf8'));

describe('app.json', () => {
  it('is a valid Miro manifest for SDK v2 on localhost:3000 with board scopes', () => {
    const manifest = Manifest.parse(raw);
    expect(manifest.sdkUri).toBe('http://localhost:3000');
    expect(manifest.scopes).toEqual(['boards:read', 'boards:write']);
  });

  it('refuses a plain-http remote sdkUri and an unknown field', () => {
    expect(Manifest.safeParse({ ...raw, sdkUri: 'http://example.com' }).success).toBe(false);
    expect(Manifest.safeParse({ ...raw, sdkVersion: 'SDK_V1' }).success).toBe(false);
    expect(Manifest.safeParse({ ...raw, extra: 1 }).success).toBe(false);
  });
});
