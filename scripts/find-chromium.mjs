/**
 * Finds a Chromium for the browser tests: CHROME_PATH, then the usual install paths. Playwright
 * cannot download its own browsers here, so when none is found and we run as root with apt-get,
 * Debian's `chromium` package is installed; otherwise it stops with a one-line instruction.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium quiet on a machine whose network is closed: no background requests, no QUIC, no first-run UI. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Returns a Chromium path, installing Debian's package when that is possible. */
export function ensureChromium(env = process.env) {
  const found = findChromium(env);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package (about a minute)…');
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], quiet);
    const installed = findChromium(env);
    if (installed) return installed;
  }
  throw new Error('No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its binary.');
}
