// Starts code-server (real VS Code 1.96 in the browser) on a free loopback port with a fresh profile,
// the extension's .vsix installed, and a workspace; stops it. Used by the e2e test.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { registerLanguagePack } from './languagePack.mjs';

/** A port the kernel says is free on 127.0.0.1 now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, log, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms (${last})\n${log()}`);
}

/** User settings that keep VS Code quiet and deterministic: no welcome page, tips, trust prompts or update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

/** The command lines of the processes running now whose first word starts with `prefix` (Linux: /proc). */
export function processesUnder(prefix) {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      } catch {
        return []; // gone meanwhile
      }
    })
    .filter((argv) => argv.length > 0 && argv[0].startsWith(prefix));
}

/**
 * Installs the .vsix into a fresh extensions folder as a user does (`code-server --install-extension`)
 * and starts code-server on `workspace`, with more user `settings` if given, in the display language
 * of `languagePack` (languagePack.mjs) if given. Returns its URL, the profile folders and `stop()`.
 */
export async function startCodeServer({ home, vsix, workspace, runDir, settings = {}, languagePack }) {
  const entry = join(home, 'node_modules/code-server/out/node/entry.js');
  const userData = join(runDir, 'user-data');
  const extensions = join(runDir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', join(runDir, 'config.yaml')];
  const install = (file) => execFileSync(process.execPath, [entry, ...common, '--install-extension', file], { stdio: 'pipe', timeout: 120_000 });
  install(vsix);
  const locale = [];
  if (languagePack) {
    install(languagePack.vsix);
    registerLanguagePack(userData, extensions, languagePack);
    locale.push('--locale', languagePack.language);
  }

  const port = await freePort();
  let log = '';
  const child = spawn(
    process.execPath,
    [entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...locale, workspace],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(`${url}healthz`, () => log, 60_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url: `${url}?folder=${encodeURIComponent(workspace)}`,
    userData,
    extensions,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
