// Runs Orca, the GNOME screen reader, against a real Chromium under a virtual X server and records
// what it would say. No synthesiser or audio: Orca logs each utterance, and that log is the record.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, playerReady } from '../e2e/browser';

/** Chromium as a screen-reader user runs it: a real window, its accessibility tree always on. */
const CHROMIUM_ARGS = [
  '--force-renderer-accessibility',
  '--no-sandbox',
  '--no-first-run',
  '--disable-gpu',
  '--disable-features=Translate,TranslateUI',
  // A Swedish browser is not offered to translate the Swedish course (the prompt is noise to Orca).
  '--lang=sv-SE',
  '--accept-lang=sv-SE,sv',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--window-position=0,0',
  '--window-size=1280,960',
];

/** How long the speech log must stay unchanged before a key counts as done (the "about a second"). */
export const QUIET_MS = 1000;

/**
 * Loaded by Orca from its prefs folder (`orca -u DIR`): logs every utterance to a file, no key echo
 * (typed letters would otherwise be spoken one by one), and no speech server, so nothing needs audio.
 * No automatic reading on load: Orca would race the app's first render (and sometimes read only
 * "Kursen laddas …"); a scenario asks for the whole page with Orca's own Say All key instead.
 */
const customizations = (logFile: string) => `import logging
import orca.settings
orca.settings.enableKeyEcho = False
orca.settings.speechFactoryModules = []
orca.settings.speechServerFactory = None
orca.settings.sayAllOnLoad = False
orca.settings.pageSummaryOnLoad = False
_handler = logging.FileHandler(${JSON.stringify(logFile)}, encoding='utf-8')
_handler.setFormatter(logging.Formatter('%(message)s'))
logging.getLogger('speech').addHandler(_handler)
`;

// Runs inside dbus-run-session: hands the session bus address out through a file, then becomes Orca.
const SESSION_SCRIPT = 'printf "%s" "$DBUS_SESSION_BUS_ADDRESS" > "$1"; exec orca -u "$2"';

/** One step of a scenario: the key pressed (or the page opened) and what Orca said after it. */
export interface Step {
  action: string;
  speech: string[];
}

export interface ScreenReader {
  /** The one browser tab every scenario uses: closing windows makes Orca stall on dead objects. */
  page: Page;
  /** Loads `url` afresh, with the site's storage cleared, and records what Orca says as it loads. */
  open(url: string, label: string, ready?: string): Promise<Step>;
  /** Presses one key (xdotool's name, e.g. "h", "Return", "shift+Tab") and records the speech. */
  press(key: string): Promise<Step>;
  /** Presses `key` until Orca says something matching `pattern`, at most `max` times. */
  pressUntil(key: string, pattern: RegExp, max?: number): Promise<Step>;
  /** Types text into the focused field (no speech expected: key echo is off). */
  type(text: string): Promise<Step>;
  /** The steps recorded since the last `open`, and clears them. */
  takeSteps(): Step[];
  stop(): Promise<void>;
}

const UTTERANCE = /^SPEECH OUTPUT: '(.*)'( voice=\w+)?$/;

/** Starts Xvfb, one D-Bus session with Orca in it, and Chromium on that session's accessibility bus. */
export async function startScreenReader(): Promise<ScreenReader> {
  const dir = mkdtempSync(join(tmpdir(), 'orca-'));
  const prefs = join(dir, 'prefs');
  const logFile = join(dir, 'speech.log');
  const busFile = join(dir, 'bus');
  mkdirSync(prefs);
  writeFileSync(join(prefs, 'orca-customizations.py'), customizations(logFile));
  writeFileSync(logFile, '');

  const processes: ChildProcess[] = [];
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    detached: true,
  });
  processes.push(xvfb);
  const display = `:${await firstLine(xvfb, 10_000)}`;
  // Orca's own words ("heading level 1") in English whatever the machine's locale.
  const env = { ...process.env, DISPLAY: display, LANG: 'C.UTF-8', LANGUAGE: 'C', LC_ALL: 'C.UTF-8' };
  const session = spawn('dbus-run-session', ['--', 'bash', '-c', SESSION_SCRIPT, 'session', busFile, prefs], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  processes.push(session);

  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let steps: Step[] = [];
  let offset = 0;

  const stop = async () => {
    await context?.close().catch(() => undefined);
    for (const child of processes.reverse()) killGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const bus = await waitFor(() => readIfThere(busFile), 10_000, 'the D-Bus session did not start');
    await waitFor(() => readFileSync(logFile, 'utf8').includes('Screen reader on'), 20_000, 'Orca did not start');
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ translate: { enabled: false }, intl: { accept_languages: 'sv-SE,sv' } }),
    );
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      locale: 'sv-SE',
      viewport: null,
      headless: false,
      // The offline worker registers at the first key and claims the page while a scenario runs; what
      // Orca says of the UI does not depend on it.
      serviceWorkers: 'block',
      // The automation infobar would be one more thing for Orca to announce.
      ignoreDefaultArgs: ['--enable-automation'],
      args: CHROMIUM_ARGS,
      env: { ...env, DBUS_SESSION_BUS_ADDRESS: bus },
    });
    context.setDefaultTimeout(10_000);
    // The window Chromium starts with has its address bar focused; a tab opened from outside has the page focused.
    page = await context.newPage();
    await context.addInitScript(blockStorageWhenAsked);
  } catch (error) {
    await stop();
    throw error;
  }

  const speechSince = () => {
    const size = statSync(logFile).size;
    if (size <= offset) return [];
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(logFile, 'r');
    readSync(fd, buffer, 0, buffer.length, offset);
    closeSync(fd);
    offset = size;
    return buffer
      .toString('utf8')
      .split('\n')
      .map((line) => UTTERANCE.exec(line)?.[1])
      .filter((text): text is string => text !== undefined);
  };

  /** Waits until Orca has spoken (up to `speakWithin`) and then stayed quiet for QUIET_MS. */
  const settle = async (speakWithin: number, quietMs = QUIET_MS) => {
    const start = Date.now();
    let size = statSync(logFile).size;
    let changed = size > offset ? Date.now() : 0;
    while (Date.now() - start < 30_000) {
      await sleep(100);
      const now = statSync(logFile).size;
      if (now !== size) {
        size = now;
        changed = Date.now();
      }
      if (changed && Date.now() - changed >= quietMs) return;
      if (!changed && Date.now() - start >= speakWithin) return;
    }
    throw new Error('Orca did not fall quiet within 30 s');
  };

  const record = async (action: string, speakWithin: number, quietMs = QUIET_MS) => {
    await settle(speakWithin, quietMs);
    const step = { action, speech: speechSince() };
    steps.push(step);
    return step;
  };

  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env });

  const press = async (key: string) => {
    speechSince();
    xdotool('key', '--clearmodifiers', key);
    return record(key, 5000);
  };

  return {
    page: page!,
    async open(url, label, ready = 'main h1, main h2') {
      const tab = page!;
      // A field left focused keeps Orca in focus mode, and then it misses the next document's load.
      if (await tab.evaluate(() => document.activeElement?.matches('input, textarea, select') ?? false)) {
        await tab.evaluate(() => (document.activeElement as HTMLElement).blur());
        await settle(2000);
      }
      // Leave the app first, so nothing it flushes on pagehide lands after the storage is cleared.
      await tab.goto('about:blank');
      const cdp = await context!.newCDPSession(tab);
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
      await cdp.detach();
      await settle(2000);
      speechSince();
      steps = [];
      await tab.goto(url);
      await tab.locator(ready).first().waitFor();
      // The start page is in index.html before the player: keys must wait for the player, and Orca
      // for the player's changes to the page it has already taken in.
      await playerReady(tab);
      await settle(1500);
      // Orca says so when it has taken the new document in; keys sent before that can go astray.
      const loaded = () => readFileSync(logFile).subarray(offset).toString('utf8');
      const announced = () => /Finished loading|document web/.test(loaded());
      if (!(await waitFor(announced, 8_000, '').catch(() => false))) {
        console.warn(`Orca missed the load of ${label}; loading it again`);
        await tab.reload();
        await tab.locator(ready).first().waitFor();
        await playerReady(tab);
        await waitFor(announced, 10_000, `Orca did not announce ${label} as loaded`);
      }
      return record(`open ${label}`, 1000);
    },
    press,
    async pressUntil(key, pattern, max = 20) {
      const heard: string[] = [];
      for (let i = 0; i < max; i++) {
        const step = await press(key);
        if (step.speech.some((line) => pattern.test(line))) return step;
        heard.push(...step.speech);
      }
      throw new Error(`Orca never said ${pattern} after pressing ${key} ${max} times; it said:\n${heard.join('\n')}`);
    },
    async type(text) {
      speechSince();
      xdotool('type', '--clearmodifiers', '--delay', '50', text);
      return record(`type "${text}"`, 1000);
    },
    takeSteps() {
      const taken = steps;
      steps = [];
      return taken;
    },
    stop,
  };
}

/** Opened with "?block-storage", a page finds IndexedDB blocked, as in a locked-down browser. */
export const BLOCK_STORAGE = 'block-storage';

function blockStorageWhenAsked(): void {
  if (!new URLSearchParams(location.search).has('block-storage')) return;
  Object.defineProperty(window, 'indexedDB', {
    get() {
      throw new DOMException('blocked', 'SecurityError');
    },
  });
}

function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not report a display')), timeoutMs);
    child.stdio[3]?.once('data', (data: Buffer) => {
      clearTimeout(timer);
      resolve(data.toString().trim());
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

function readIfThere(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

async function waitFor<T>(condition: () => T, timeoutMs: number, message: string): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(message);
    await sleep(100);
  }
}

/** Ends a process started with `detached` and everything it started (Orca, the bus, AT-SPI). */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
