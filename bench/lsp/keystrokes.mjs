// Keystroke-to-diagnostics benchmark: one LSP client (Microsoft's vscode-languageserver-protocol)
// drives a language server through the same edit loop, whichever server it is:
//   node keystrokes.mjs --server cmplan --command out/cmplan/cmplan --file plan-10000.cmplan --out lsp-cmplan.json
//   node keystrokes.mjs --server yaml --file plan-10000.yaml --schema plan.schema.json --out lsp-yaml.json
// It opens the plan, then makes one-character edits inside one post's text (insert, then delete,
// so the document stays valid) and times each didChange until the publishDiagnostics for it.
// It reports p50/p95/max and the server's memory (VmRSS, VmHWM from /proc). Every wait is bounded.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import protocol from 'vscode-languageserver-protocol/node.js';
import { editLine } from './target.mjs';

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidChangeConfigurationNotification,
  PublishDiagnosticsNotification, ConfigurationRequest, RegistrationRequest, ShutdownRequest, ExitNotification,
} = protocol;

const here = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    server: { type: 'string' },
    command: { type: 'string' },
    file: { type: 'string' },
    schema: { type: 'string', default: resolve(here, 'plan.schema.json') },
    edits: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '10' },
    now: { type: 'string', default: '2026-12-01' },
    out: { type: 'string' },
  },
});
const edits = Number(options.edits);
const warmup = Number(options.warmup);
const file = resolve(options.file);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const yaml = options.server === 'yaml';

/** Milliseconds allowed for one answer: opening 50,000 posts in a slow server takes a while. */
const STEP = 120_000;
/** Milliseconds allowed for one edit's diagnostics. */
const EDIT = 30_000;

function within(promise, what, ms = STEP) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function start() {
  const [command, args] = yaml
    ? [process.execPath, [resolve(here, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio']]
    : [resolve(options.command), ['lsp']];
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = {
    'cmplan.now': options.now,
    yaml: {
      validate: true,
      hover: false,
      completion: false,
      format: { enable: false },
      schemaStore: { enable: false },
      schemas: { [pathToFileURL(resolve(options.schema)).href]: '*.yaml' },
    },
  };
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => settings[item.section] ?? null));
  connection.onRequest(RegistrationRequest.type, () => null);
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const at = performance.now();
    const index = waiters.findIndex((w) => w.uri === params.uri && (params.version == null || params.version >= w.version));
    if (index >= 0) {
      waiters.splice(index, 1)[0].resolve({ at, params });
    }
  });
  connection.listen();
  /** The next publishDiagnostics for the uri, at that version or later (yaml-language-server sends none). */
  const published = (target, version) => new Promise((resolveWaiter) => waiters.push({ uri: target, version, resolve: resolveWaiter }));
  return { child, connection, settings, published };
}

/** VmRSS and VmHWM of a process, in KiB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const { child, connection, settings, published } = start();
  const init = await within(connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dirname(file)).href,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
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
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: probe, languageId: options.server, version, text: probeText } });
    } else {
      await new Promise((r) => setTimeout(r, 100));
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: probe, version }, contentChanges: [{ text: probeText }] });
    }
    probed = await within(next, 'diagnostics of the probe');
  }
  if (!probed.params.diagnostics.length) {
    throw new Error(`${options.server}: the probe with a mistake got no diagnostics (is validation on?)`);
  }

  const openStart = performance.now();
  const opened = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: options.server, version: 1, text } });
  const first = await within(opened, `diagnostics of ${basename(file)} at open`);
  const openMs = first.at - openStart;
  const afterOpen = memory(child.pid);

  const target = editLine(text, yaml ? 'yaml' : 'cmplan');
  let current = text;
  const latencies = [];
  for (let n = 0; n < warmup + edits; n++) {
    const version = n + 2;
    const insert = n % 2 === 0;
    const character = target.character;
    const range = { start: { line: target.line, character }, end: { line: target.line, character: insert ? character : character + 1 } };
    const newText = insert ? 'e' : '';
    current = applyTo(current, target, insert);
    const change = incremental ? { range, text: newText } : { text: current };
    const done = published(uri, version);
    const sent = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    // A server that skips publishing unchanged diagnostics would leave this unanswered: say so.
    const { at } = await within(done, `publishDiagnostics for version ${version} (edit ${n + 1}; a server must publish once per version)`, EDIT);
    latencies.push(at - sent);
  }
  const end = memory(child.pid);
  await within(connection.sendRequest(ShutdownRequest.type), 'shutdown');
  await connection.sendNotification(ExitNotification.type);
  setTimeout(() => child.kill(), 2000).unref();

  const measured = latencies.slice(warmup);
  const sorted = [...measured].sort((a, b) => a - b);
  const result = {
    server: options.server,
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
    warmup,
    edits: measured.length,
    firstEditMs: latencies[0],
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1],
    meanMs: measured.reduce((a, b) => a + b, 0) / measured.length,
    memory: { afterOpen, end },
    debounceMs: yaml ? yamlDebounce() : null,
    latenciesMs: measured,
  };
  writeFileSync(options.out, JSON.stringify(result, null, 2) + '\n');
  console.log(`${options.server}: p50 ${result.p50Ms.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms, max ${result.maxMs.toFixed(1)} ms, RSS ${(end.rssKiB / 1024).toFixed(0)} MiB`);
}

/** yaml-language-server's wait before validating, read from its installed source (not a setting). */
function yamlDebounce() {
  const source = readFileSync(resolve(here, 'node_modules/yaml-language-server/lib/umd/yamlSettings.js'), 'utf8');
  const match = /this\.validationDelayMs = (\d+)/.exec(source);
  return match ? Number(match[1]) : null;
}

/** The text after the edit, for servers that only take the whole document. */
function applyTo(current, target, insert) {
  const lines = current.split('\n');
  const line = lines[target.line];
  lines[target.line] = insert ? line.slice(0, target.character) + 'e' + line.slice(target.character) : line.slice(0, target.character) + line.slice(target.character + 1);
  return lines.join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
