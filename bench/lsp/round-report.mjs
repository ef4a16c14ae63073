// Writes the "Editor round" section of docs/performance.md from round.mjs's results:
//   node round-report.mjs --in bench/out --sizes 1000,10000 >> docs/performance.md
// round-<server>-<size>.json for each size: cmplan (ReadyToRun), cmplan-native when measured, and yaml;
// the targets of issue 14 with their status, for each cmplan build; round-notes.md (what holds back a target not met, from the profile) when present.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { here } from './session.mjs';

const { values: options } = parseArgs({ options: { in: { type: 'string' }, sizes: { type: 'string', default: '1000,10000' } } });
const sizes = options.sizes.split(',').map(Number);
const load = (server, size) => {
  const path = resolve(options.in, `round-${server}-${size}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};
const ms = (value) => value == null ? '—' : `${value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)} ms`;
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;
const order = ['round', 'diagnostics', 'codeAction', 'documentSymbol', 'foldingRange', 'semanticTokens', 'inlayHint', 'documentHighlight', 'hover'];

// The cmplan builds measured, with their names in the table and in the targets: ReadyToRun (the dotnet
// tool, the universal VS Code package) and native (the linux-x64 package, the README's install).
const builds = existsSync(resolve(options.in, `round-cmplan-native-${sizes[0]}.json`))
  ? [['cmplan', 'cmplan lsp (ReadyToRun)', ', ReadyToRun'], ['cmplan-native', 'cmplan lsp (native)', ', native']]
  : [['cmplan', 'cmplan lsp', '']];
const names = Object.fromEntries([...builds.map(([server, name]) => [server, name]), ['yaml', null]]);

const lines = ['## Editor round (issue 14)', ''];
lines.push('After each one-character edit, what VS Code asks, sent at once without waiting (`bench/lsp/round.mjs`):',
  'codeAction for the cursor with no `only`, documentSymbol, foldingRange, semanticTokens (full, then',
  'full/delta when the server offers it), inlayHint for 60 visible lines, documentHighlight, and a hover every',
  'fifth edit. Each request is timed from the `didChange` to its answer; the round, to the last answer or',
  'the `publishDiagnostics` of that version, whichever comes last. p50 / p95.', '');
const header = ['Server', 'File', 'Rounds', ...order, 'VmRSS after'];
lines.push(`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
for (const size of sizes) {
  for (const server of Object.keys(names)) {
    const result = load(server, size);
    if (!result) continue;
    const name = names[server] ?? `yaml-language-server ${result.serverVersion ?? ''}`.trim();
    const cells = order.map((request) => {
      const s = result.requests[request];
      return s ? `${ms(s.p50Ms)} / ${ms(s.p95Ms)}` : result.skipped.includes(request) ? 'not offered' : '—';
    });
    lines.push(`| ${[name, result.file, result.rounds, ...cells, mb(result.memory.end.rssKiB)].join(' | ')} |`);
  }
}
const loads = sizes.flatMap((size) => Object.keys(names).map((server) => load(server, size)?.loadAverage)).filter(Boolean);
if (loads.length) {
  const worst = Math.max(...loads.flatMap((l) => [l.start, l.end]));
  lines.push('', `Load average (1 min) at the start and end of each run: ${loads.map((l) => `${l.start.toFixed(1)}→${l.end.toFixed(1)}`).join(', ')}${worst > 2 ? ' — a busy machine (2 cores): times are inflated accordingly.' : '.'}`);
}
lines.push('');

const yaml = Object.fromEntries(sizes.map((size) => [size, load('yaml', size)]));
const big = Math.max(...sizes);
const small = Math.min(...sizes);
const targets = [];
const target = (what, measured, goal, met) => targets.push(`| ${what} | ${measured} | ${goal} | ${met ? '**met**' : '**not met**'} |`);
for (const [server, , of] of builds) {
  const cmplan = Object.fromEntries(sizes.map((size) => [size, load(server, size)]));
  if (cmplan[big]) {
    const r = cmplan[big].requests;
    target(`Whole round p95, ${big.toLocaleString('en-US')} posts${of}`, ms(r.round.p95Ms), '≤ 60 ms', r.round.p95Ms <= 60);
    const worst = order.slice(2).filter((n) => r[n]).reduce((a, b) => (r[a].p95Ms >= r[b].p95Ms ? a : b));
    target(`Each request p95, ${big.toLocaleString('en-US')} posts (slowest: ${worst})${of}`, ms(r[worst].p95Ms), '≤ 25 ms', r[worst].p95Ms <= 25);
    target(`Keystroke → diagnostics p95 in the round, ${big.toLocaleString('en-US')} posts${of}`, ms(r.diagnostics.p95Ms), '≤ 20 ms', r.diagnostics.p95Ms <= 20);
    target(`VmRSS after ${cmplan[big].rounds} rounds, ${big.toLocaleString('en-US')} posts${of}`, mb(cmplan[big].memory.end.rssKiB), '≤ 250 MB', cmplan[big].memory.end.rssKiB / 1024 <= 250);
  }
  if (cmplan[small] && small !== big) {
    target(`Whole round p95, ${small.toLocaleString('en-US')} posts${of}`, ms(cmplan[small].requests.round.p95Ms), '≤ 15 ms', cmplan[small].requests.round.p95Ms <= 15);
  }
  for (const size of sizes) {
    if (cmplan[size] && yaml[size]) {
      const ratio = yaml[size].requests.round.p95Ms / cmplan[size].requests.round.p95Ms;
      target(`Round p95 vs yaml-language-server, ${size.toLocaleString('en-US')} posts${of}`, `${ratio.toFixed(1)}× (${ms(yaml[size].requests.round.p95Ms)} ÷ ${ms(cmplan[size].requests.round.p95Ms)})`, '≥ 5×', ratio >= 5);
    }
  }
}
if (targets.length) {
  lines.push('| Target | Measured | Goal | Status |', '|---|---:|---|---|', ...targets, '');
}
const notes = resolve(here, 'round-notes.md');
if (existsSync(notes)) lines.push(readFileSync(notes, 'utf8').trim(), '');
process.stdout.write(lines.join('\n') + '\n');
