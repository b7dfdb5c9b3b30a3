// `npm run manifest -- https://your.host/path/ [--out file]`: the Miro app manifest (YAML) for the
// built app hosted at that address. Prints it, and writes it to dist/app-manifest.yaml (or --out)
// so it can be pasted into the app settings under "Edit in manifest".
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ICONS = { colored: 'icon.svg', outline: 'icon-outline.svg' };

/** Exit code 2 with a message in Dutch and English: the input cannot give a usable manifest. */
function refuse(nl, en) {
  console.error(`manifest: ${nl}\nmanifest: ${en}`);
  process.exit(2);
}

const USAGE_NL = 'gebruik: npm run manifest -- https://jouw.host/pad/ [--out bestand]';
const USAGE_EN = 'usage: npm run manifest -- https://your.host/path/ [--out file]';

function parseArgs(argv) {
  let address;
  let out;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      out = argv[++i];
      if (!out) {
        refuse(
          `--out mist een bestandsnaam.\n${USAGE_NL}`,
          `--out needs a file name.\n${USAGE_EN}`,
        );
      }
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else if (arg === '--help' || arg === '-h') {
      console.log(`${USAGE_NL}\n${USAGE_EN}`);
      process.exit(0);
    } else if (arg.startsWith('-')) {
      refuse(`onbekende optie ${arg}.\n${USAGE_NL}`, `unknown option ${arg}.\n${USAGE_EN}`);
    } else if (address === undefined) {
      address = arg;
    } else {
      refuse(
        `één adres graag, niet ook ${arg}.\n${USAGE_NL}`,
        `one address please, not also ${arg}.\n${USAGE_EN}`,
      );
    }
  }
  if (address === undefined) {
    refuse(`geef het adres van de app.\n${USAGE_NL}`, `give the app's address.\n${USAGE_EN}`);
  }
  return { address, out };
}

/** The address as Miro needs it: HTTPS (or http://localhost), no query or fragment, ending in '/'. */
function normalise(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    refuse(
      `"${address}" is geen volledig adres (begin met https://).`,
      `"${address}" is not a full address (start with https://).`,
    );
  }
  const localhost = url.protocol === 'http:' && url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !localhost) {
    refuse(
      `Miro laadt een app alleen via HTTPS (of http://localhost tijdens het ontwikkelen), niet ${url.protocol}//${url.host}. Gebruik een https://-adres.`,
      `Miro loads an app only over HTTPS (or http://localhost while developing), not ${url.protocol}//${url.host}. Use an https:// address.`,
    );
  }
  if (url.username || url.password) {
    refuse(
      'zet geen gebruikersnaam of wachtwoord in het adres.',
      'do not put a user name or password in the address.',
    );
  }
  if (url.search || url.hash) {
    refuse(
      'het adres is de map van de app, zonder ?… of #…; de app voegt zelf ?view=panel toe.',
      "the address is the app's folder, without ?… or #…; the app adds ?view=panel itself.",
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** A YAML scalar: plain when that is safe, else a double-quoted (JSON) string. */
function scalar(value) {
  const plain =
    /^[A-Za-z0-9_./][A-Za-z0-9_./:%~+@!$&'()*,;=?-]*$/.test(value) &&
    !value.endsWith(':') &&
    !/^(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9._e+-]*)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

function toYaml(manifest, sdkUri) {
  const lines = [
    `# Miro app manifest for ${sdkUri}`,
    '# Paste it into the app settings: "Edit in manifest". / Plak dit in de app-instellingen.',
    `appName: ${scalar(manifest.appName)}`,
    `sdkVersion: ${scalar(manifest.sdkVersion)}`,
    `sdkUri: ${scalar(manifest.sdkUri)}`,
    'scopes:',
    ...manifest.scopes.map((s) => `  - ${scalar(s)}`),
    'icons:',
    `  colored: ${scalar(manifest.icons.colored)}`,
    `  outline: ${scalar(manifest.icons.outline)}`,
  ];
  return lines.join('\n') + '\n';
}

const { address, out } = parseArgs(process.argv.slice(2));
const sdkUri = normalise(address);
const manifest = {
  appName: 'Intervisie',
  sdkVersion: 'SDK_V2',
  sdkUri,
  scopes: ['boards:read', 'boards:write'],
  icons: {
    colored: new URL(ICONS.colored, sdkUri).href,
    outline: new URL(ICONS.outline, sdkUri).href,
  },
};
for (const file of Object.values(ICONS)) {
  if (!existsSync(resolve(root, 'public', file))) {
    console.error(
      `manifest: let op, public/${file} ontbreekt / warning, public/${file} is missing`,
    );
  }
}

const yaml = toYaml(manifest, sdkUri);
const target = out ? resolve(out) : resolve(root, 'dist', 'app-manifest.yaml');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, yaml);
process.stdout.write(yaml);
const shown = relative(process.cwd(), target) || target;
console.error(
  `\nmanifest: geschreven naar / written to ${shown.startsWith('..') ? target : shown}`,
);
