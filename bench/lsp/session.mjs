// What both LSP benchmarks share: starting a server (cmplan lsp or yaml-language-server) behind
// Microsoft's LSP client, bounded waits, the server's memory, percentiles.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import protocol from 'vscode-languageserver-protocol/node.js';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, PublishDiagnosticsNotification,
  ConfigurationRequest, RegistrationRequest, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidChangeConfigurationNotification,
  ShutdownRequest, ExitNotification,
} = protocol;

export const here = dirname(fileURLToPath(import.meta.url));

/** The command-line options both benchmarks take, with their own (`extra`) added. */
export function benchOptions(extra) {
  return parseArgs({
    options: {
      server: { type: 'string' },
      command: { type: 'string' },
      file: { type: 'string' },
      schema: { type: 'string', default: resolve(here, 'plan.schema.json') },
      warmup: { type: 'string', default: '10' },
      now: { type: 'string', default: '2026-12-01' },
      out: { type: 'string' },
      ...extra,
    },
  }).values;
}

/** Milliseconds allowed for one answer: opening 50,000 posts in a slow server takes a while. */
export const STEP = 120_000;

export function within(promise, what, ms = STEP) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts a server: `cmplan` (the executable at `command`) or `yaml` (the installed
 * yaml-language-server, validating with `schema`). Settings answer workspace/configuration.
 * `published(uri, version)` resolves at the next publishDiagnostics for that version or later.
 */
export function start({ server, command, schema, now, hover = false }) {
  const yaml = server === 'yaml';
  const [executable, args] = yaml
    ? [process.execPath, [resolve(here, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio']]
    : [resolve(command), ['lsp']];
  const child = spawn(executable, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = {
    'cmplan.now': now,
    yaml: {
      validate: true,
      hover,
      completion: false,
      format: { enable: false },
      schemaStore: { enable: false },
      schemas: { [pathToFileURL(resolve(schema)).href]: '*.yaml' },
    },
  };
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => settings[item.section] ?? null));
  connection.onRequest(RegistrationRequest.type, () => null);
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const at = performance.now();
    for (let index = waiters.length - 1; index >= 0; index--) {
      const w = waiters[index];
      if (w.uri === params.uri && (params.version == null || params.version >= w.version)) {
        waiters.splice(index, 1)[0].resolve({ at, params });
      }
    }
  });
  connection.listen();
  const published = (target, version) => new Promise((resolveWaiter) => waiters.push({ uri: target, version, resolve: resolveWaiter }));
  return { child, connection, settings, published, yaml };
}

/** VmRSS and VmHWM of a process, in KiB. */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50, p95 and max of a list of milliseconds. */
export function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1], count: sorted.length };
}

/** yaml-language-server's wait before validating, read from its installed source (not a setting). */
export function yamlDebounce() {
  const source = readFileSync(resolve(here, 'node_modules/yaml-language-server/lib/umd/yamlSettings.js'), 'utf8');
  const match = /this\.validationDelayMs = (\d+)/.exec(source);
  return match ? Number(match[1]) : null;
}

/**
 * The text after a one-character edit, for servers that only take the whole document. The edit is
 * made at a character offset found once (`offsetOf`): splitting and joining every line at each
 * keystroke cost the client ~14 ms and megabytes of garbage a round on 10,000 posts, and its
 * collections then fell inside the timed answers. An editor keeps its text in a structure an edit
 * does not copy; the client should not add work a real one does not do.
 */
export function applyTo(current, at, insert) {
  return insert ? current.slice(0, at) + 'e' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
}

/** The character offset of a line and character in a text. */
export function offsetOf(text, { line, character }) {
  let offset = 0;
  for (let index = 0; index < line; index++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

/**
 * Initializes the server (as VS Code does: resolvable code actions, versioned diagnostics), proves
 * with a probe that it validates, then opens the plan and waits for its first diagnostics.
 */
export async function openPlan({ child, connection, settings, published }, { file, text, uri, server }) {
  const yaml = server === 'yaml';
  const init = await within(connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dirname(file)).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { resolveSupport: { properties: ['edit'] } } },
    },
    workspaceFolders: null,
  }), 'initialize');
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  const sync = init.capabilities.textDocumentSync;
  const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;

  // A probe with a mistake first: proves the server validates (for YAML, that the schema applies).
  const probe = pathToFileURL(resolve(dirname(file), yaml ? 'probe.yaml' : 'probe.cmplan')).href;
  const probeText = yaml ? 'plan:\n  name: Probe\n  colour: blue\nchannels: []\nposts: []\n' : 'channel x\n  colour blue\n';
  let probed;
  for (let attempt = 0; attempt < 50 && !probed?.params.diagnostics.length; attempt++) {
    const version = attempt + 1;
    const next = published(probe, version);
    if (attempt === 0) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: probe, languageId: server, version, text: probeText } });
    } else {
      await new Promise((r) => setTimeout(r, 100));
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: probe, version }, contentChanges: [{ text: probeText }] });
    }
    probed = await within(next, 'diagnostics of the probe');
  }
  if (!probed.params.diagnostics.length) {
    throw new Error(`${server}: the probe with a mistake got no diagnostics (is validation on?)`);
  }

  const openStart = performance.now();
  const opened = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: server, version: 1, text } });
  const first = await within(opened, `diagnostics of ${basename(file)} at open`);
  const openMs = first.at - openStart;
  const afterOpen = memory(child.pid);

  return { init, incremental, first, openMs, afterOpen };
}

/** The server's memory now, then shutdown and exit (killed if it lingers). */
export async function stop({ child, connection }) {
  const end = memory(child.pid);
  await within(connection.sendRequest(ShutdownRequest.type), 'shutdown');
  await connection.sendNotification(ExitNotification.type);
  setTimeout(() => child.kill(), 2000).unref();
  return end;
}

/** What every result says of its run: the server, the file, where it typed, the open. */
export function describeRun({ server, init, file, text, target, incremental, first, openMs }) {
  return {
    server,
    serverVersion: init.serverInfo?.version ?? null,
    node: process.version,
    file: basename(file),
    bytes: Buffer.byteLength(text),
    lines: text.split('\n').length,
    post: target.post,
    line: target.line,
    incremental,
    diagnosticsAtOpen: first.params.diagnostics.length,
    openMs,
  };
}
