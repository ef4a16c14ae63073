// The editor round benchmark: what VS Code asks after each one-character edit, sent as VS Code
// sends it (all at once, without waiting for answers), against cmplan lsp or yaml-language-server:
//   node round.mjs --server cmplan --command out/cmplan/cmplan --file plan-10000.cmplan --out round-cmplan-10000.json
//   node round.mjs --server yaml --file plan-10000.yaml --out round-yaml-10000.json
// After each edit: textDocument/codeAction for the cursor with no `only` (the light bulb),
// documentSymbol (outline, breadcrumbs), foldingRange, semanticTokens (full/delta once the server
// gave a result id), inlayHint for the visible lines, documentHighlight, and a hover every
// --hover-every edits. It times each request from the didChange to its answer, the diagnostics
// (didChange → publishDiagnostics of that version), and the whole round (didChange → the last of
// them). Requests the server does not offer are skipped (and named in the results). The server's
// memory is read after the rounds. Every wait is bounded.

import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';
import { editLine } from './target.mjs';
import { applyTo, offsetOf, benchOptions, describeRun, openPlan, stop, start, summary, within, yamlDebounce } from './session.mjs';

const { DidChangeTextDocumentNotification } = protocol;

const options = benchOptions({
  rounds: { type: 'string', default: '200' },
  'hover-every': { type: 'string', default: '5' },
  'visible-lines': { type: 'string', default: '60' },
});
const rounds = Number(options.rounds);
const warmup = Number(options.warmup);
const hoverEvery = Number(options['hover-every']);
const visible = Number(options['visible-lines']);
const file = resolve(options.file);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const yaml = options.server === 'yaml';

/** Milliseconds allowed for one round. */
const ROUND = 60_000;

async function main() {
  const loadAtStart = loadavg()[0];
  const session = start({ server: options.server, command: options.command, schema: options.schema, now: options.now, hover: true });
  const { child, connection, published } = session;
  const { init, incremental, first, openMs, afterOpen } = await openPlan(session, { file, text, uri, server: options.server });
  const capabilities = init.capabilities;
  const tokens = capabilities.semanticTokensProvider;
  const delta = typeof tokens?.full === 'object' && tokens.full.delta === true;

  const target = editLine(text, yaml ? 'yaml' : 'cmplan');
  const document = { uri };
  const requests = [
    ['codeAction', capabilities.codeActionProvider, (cursor) => ['textDocument/codeAction', { textDocument: document, range: { start: cursor, end: cursor }, context: { diagnostics: [], triggerKind: 2 } }]],
    ['documentSymbol', capabilities.documentSymbolProvider, () => ['textDocument/documentSymbol', { textDocument: document }]],
    ['foldingRange', capabilities.foldingRangeProvider, () => ['textDocument/foldingRange', { textDocument: document }]],
    ['semanticTokens', tokens, () => delta && previousTokens
      ? ['textDocument/semanticTokens/full/delta', { textDocument: document, previousResultId: previousTokens }]
      : ['textDocument/semanticTokens/full', { textDocument: document }]],
    ['inlayHint', capabilities.inlayHintProvider, (cursor) => ['textDocument/inlayHint', {
      textDocument: document,
      range: { start: { line: Math.max(0, cursor.line - visible / 2), character: 0 }, end: { line: cursor.line + visible / 2, character: 0 } },
    }]],
    ['documentHighlight', capabilities.documentHighlightProvider, (cursor) => ['textDocument/documentHighlight', { textDocument: document, position: cursor }]],
    ['hover', capabilities.hoverProvider, (cursor, n) => n % hoverEvery === 0 ? ['textDocument/hover', { textDocument: document, position: { line: cursor.line - 2, character: 4 } }] : null],
  ];
  const offered = requests.filter(([, provider]) => provider);
  const skipped = requests.filter(([, provider]) => !provider).map(([name]) => name);
  let previousTokens = null;

  // The whole text is kept only for a server that takes it whole (an incremental one gets the edit).
  const at = offsetOf(text, target);
  let current = text;
  const times = { diagnostics: [], round: [], ...Object.fromEntries(offered.map(([name]) => [name, []])) };
  const errors = {};
  for (let n = 0; n < warmup + rounds; n++) {
    const version = n + 2;
    const insert = n % 2 === 0;
    const character = target.character;
    const range = { start: { line: target.line, character }, end: { line: target.line, character: insert ? character : character + 1 } };
    if (!incremental) current = applyTo(current, at, insert);
    const change = incremental ? { range, text: insert ? 'e' : '' } : { text: current };
    const cursor = { line: target.line, character: insert ? character + 1 : character };
    const diagnostics = published(uri, version);
    const sent = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const answers = offered.map(([name, , make]) => {
      const request = make(cursor, n);
      if (!request) return null;
      return connection.sendRequest(request[0], request[1]).then(
        (result) => {
          if (name === 'semanticTokens') previousTokens = result?.resultId ?? null;
          return { name, at: performance.now() };
        },
        (error) => {
          errors[name] = (errors[name] ?? 0) + 1;
          if (name === 'semanticTokens') previousTokens = null;
          return { name, at: performance.now(), error: error.code };
        });
    }).filter(Boolean);
    const all = await within(Promise.all([...answers, diagnostics.then(({ at }) => ({ name: 'diagnostics', at }))]), `round ${n + 1}`, ROUND);
    if (n < warmup) continue;
    for (const { name, at } of all) times[name].push(at - sent);
    times.round.push(Math.max(...all.map(({ at }) => at)) - sent);
  }
  const end = await stop({ child, connection });

  const result = {
    ...describeRun({ server: options.server, init, file, text, target, incremental, first, openMs }),
    warmup,
    rounds,
    hoverEvery,
    semanticTokensDelta: delta,
    skipped,
    errors,
    requests: Object.fromEntries(Object.entries(times).filter(([, values]) => values.length).map(([name, values]) => [name, summary(values)])),
    memory: { afterOpen, end },
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    debounceMs: yaml ? yamlDebounce() : null,
  };
  writeFileSync(options.out, JSON.stringify(result, null, 2) + '\n');
  const { round, diagnostics } = result.requests;
  console.log(`${options.server} ${basename(file)}: round p50 ${round.p50Ms.toFixed(1)} ms, p95 ${round.p95Ms.toFixed(1)} ms; diagnostics p95 ${diagnostics.p95Ms.toFixed(1)} ms; RSS ${(end.rssKiB / 1024).toFixed(0)} MiB`);
  for (const [name, s] of Object.entries(result.requests)) console.log(`  ${name.padEnd(18)} p50 ${s.p50Ms.toFixed(1).padStart(8)}  p95 ${s.p95Ms.toFixed(1).padStart(8)}  (${s.count})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
