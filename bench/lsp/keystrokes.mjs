// Keystroke-to-diagnostics benchmark: one LSP client (Microsoft's vscode-languageserver-protocol)
// drives a language server through the same edit loop, whichever server it is:
//   node keystrokes.mjs --server cmplan --command out/cmplan/cmplan --file plan-10000.cmplan --out lsp-cmplan.json
//   node keystrokes.mjs --server yaml --file plan-10000.yaml --schema plan.schema.json --out lsp-yaml.json
// It opens the plan, then makes one-character edits inside one post's text (insert, then delete,
// so the document stays valid) and times each didChange until the publishDiagnostics for it.
// It reports p50/p95/max and the server's memory (VmRSS, VmHWM from /proc). Every wait is bounded.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import protocol from 'vscode-languageserver-protocol/node.js';
import { editLine } from './target.mjs';
import { applyTo, offsetOf, benchOptions, describeRun, openPlan, stop, percentile, start as startServer, within, yamlDebounce } from './session.mjs';

const { DidChangeTextDocumentNotification } = protocol;

const options = benchOptions({ edits: { type: 'string', default: '200' } });
const edits = Number(options.edits);
const warmup = Number(options.warmup);
const file = resolve(options.file);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
/** Milliseconds allowed for one edit's diagnostics. */
const EDIT = 30_000;

function start() {
  return startServer({ server: options.server, command: options.command, schema: options.schema, now: options.now });
}

async function main() {
  const { child, connection, settings, published } = start();
  const { init, incremental, first, openMs, afterOpen } = await openPlan({ child, connection, settings, published }, { file, text, uri, server: options.server });
  const yaml = options.server === 'yaml';

  const target = editLine(text, yaml ? 'yaml' : 'cmplan');
  // The whole text is kept only for a server that takes it whole (an incremental one gets the edit).
  const at = offsetOf(text, target);
  let current = text;
  const latencies = [];
  for (let n = 0; n < warmup + edits; n++) {
    const version = n + 2;
    const insert = n % 2 === 0;
    const character = target.character;
    const range = { start: { line: target.line, character }, end: { line: target.line, character: insert ? character : character + 1 } };
    const newText = insert ? 'e' : '';
    if (!incremental) current = applyTo(current, at, insert);
    const change = incremental ? { range, text: newText } : { text: current };
    const done = published(uri, version);
    const sent = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    // A server that skips publishing unchanged diagnostics would leave this unanswered: say so.
    const { at } = await within(done, `publishDiagnostics for version ${version} (edit ${n + 1}; a server must publish once per version)`, EDIT);
    latencies.push(at - sent);
  }
  const end = await stop({ child, connection });

  const measured = latencies.slice(warmup);
  const sorted = [...measured].sort((a, b) => a - b);
  const result = {
    ...describeRun({ server: options.server, init, file, text, target, incremental, first, openMs }),
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
