import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../../src/app/manifest';

const raw = JSON.parse(readFileSync(new URL('../../app.json', import.meta.url), 'utf8'));
const script = fileURLToPath(new URL('../../scripts/manifest.mjs', import.meta.url));
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

describe('app.json', () => {
  it('is a valid Miro manifest for SDK v2 on localhost:3000 with board scopes', () => {
    const manifest = Manifest.parse(raw);
    expect(manifest.sdkUri).toBe('http://localhost:3000');
    expect(manifest.scopes).toEqual(['boards:read', 'boards:write']);
    expect(manifest.icons).toEqual({
      colored: 'http://localhost:3000/icon.svg',
      outline: 'http://localhost:3000/icon-outline.svg',
    });
  });

  it('refuses a plain-http remote sdkUri and an unknown field', () => {
    expect(Manifest.safeParse({ ...raw, sdkUri: 'http://example.com' }).success).toBe(false);
    expect(Manifest.safeParse({ ...raw, sdkVersion: 'SDK_V1' }).success).toBe(false);
    expect(Manifest.safeParse({ ...raw, extra: 1 }).success).toBe(false);
  });

  it('wants both icons and no longer knows the single `icon` field', () => {
    const { icons, ...rest } = raw;
    expect(Manifest.safeParse(rest).success).toBe(false);
    expect(Manifest.safeParse({ ...rest, icon: icons.colored }).success).toBe(false);
    expect(Manifest.safeParse({ ...raw, icons: { colored: icons.colored } }).success).toBe(false);
    const remote = { ...icons, outline: 'http://example.com/icon-outline.svg' };
    expect(Manifest.safeParse({ ...raw, icons: remote }).success).toBe(false);
  });

  it('points at icons that are in public/', () => {
    for (const url of Object.values(Manifest.parse(raw).icons)) {
      expect(existsSync(join(publicDir, new URL(url).pathname))).toBe(true);
    }
  });
});

/** Reads the small YAML subset the script writes: `key: value`, `- item` lists, one-level maps. */
function readYaml(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let open: string | undefined;
  const value = (v: string) => (v.startsWith('"') ? JSON.parse(v) : v);
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const item = /^ {2}- (.+)$/.exec(line);
    const nested = /^ {2}([A-Za-z]+): (.+)$/.exec(line);
    const top = /^([A-Za-z]+):(?: (.+))?$/.exec(line);
    if (item && open) {
      if (!Array.isArray(out[open])) out[open] = [];
      (out[open] as unknown[]).push(value(item[1]!));
    } else if (nested && open) {
      if (typeof out[open] !== 'object' || out[open] === null) out[open] = {};
      (out[open] as Record<string, unknown>)[nested[1]!] = value(nested[2]!);
    } else if (top) {
      open = top[2] === undefined ? top[1] : undefined;
      if (top[2] !== undefined) out[top[1]!] = value(top[2]);
    } else {
      throw new Error(`unexpected YAML line: ${line}`);
    }
  }
  return out;
}

describe('scripts/manifest.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intervisie-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  it('writes the manifest for an HTTPS sub-path, and it passes the schema', () => {
    const out = join(dir, 'sub', 'app-manifest.yaml');
    const result = run('https://example.org/intervisie/', '--out', out);
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(result.stdout).toBe(text);
    expect(result.stderr).toContain(out);
    const manifest = Manifest.parse(readYaml(text));
    expect(manifest).toEqual({
      appName: 'Intervisie',
      sdkVersion: 'SDK_V2',
      sdkUri: 'https://example.org/intervisie/',
      scopes: ['boards:read', 'boards:write'],
      icons: {
        colored: 'https://example.org/intervisie/icon.svg',
        outline: 'https://example.org/intervisie/icon-outline.svg',
      },
    });
  });

  it('adds the trailing slash, so icons resolve inside the sub-path', () => {
    const out = join(dir, 'slash.yaml');
    expect(run('https://example.org/intervisie', '--out', out).status).toBe(0);
    const manifest = Manifest.parse(readYaml(readFileSync(out, 'utf8')));
    expect(manifest.sdkUri).toBe('https://example.org/intervisie/');
    expect(manifest.icons.outline).toBe('https://example.org/intervisie/icon-outline.svg');
  });

  it('accepts http://localhost while developing', () => {
    const out = join(dir, 'local.yaml');
    expect(run('http://localhost:3000', '--out', out).status).toBe(0);
    expect(Manifest.parse(readYaml(readFileSync(out, 'utf8'))).sdkUri).toBe(
      'http://localhost:3000/',
    );
  });

  it('refuses a plain-http address that is not localhost, in Dutch and English, and writes nothing', () => {
    const out = join(dir, 'refused.yaml');
    for (const address of ['http://example.org/intervisie/', 'http://localhost.example.org/']) {
      const result = run(address, '--out', out);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('HTTPS');
      expect(result.stderr).toMatch(/Miro laadt/);
      expect(result.stderr).toMatch(/Miro loads/);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses a missing address with usage', () => {
    const result = run('--out', join(dir, 'none.yaml'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run manifest --');
  });
});
