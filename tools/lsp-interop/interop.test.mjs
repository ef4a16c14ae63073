// Interop test: Microsoft's node LSP client (vscode-languageserver-protocol) against `cmplan lsp`.
// Builds nothing: it runs the already-built server, `dotnet $CMPLAN_DLL lsp` (default: the Debug
// build of server/CmPlan.Cli in this repository). Every wait is bounded, so a broken server fails
// the test instead of hanging it. Run with `node --test tools/lsp-interop/`.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import protocol from 'vscode-languageserver-protocol/node.js';

const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  CodeActionRequest,
  DocumentFormattingRequest,
  HoverRequest,
  PrepareRenameRequest,
  RenameRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  WorkspaceDiagnosticRequest,
  WorkspaceSymbolRequest,
  DidChangeWorkspaceFoldersNotification,
  DidChangeWatchedFilesNotification,
  RegistrationRequest,
  ShutdownRequest,
  ExitNotification,
} = protocol;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dll = process.env.CMPLAN_DLL ?? resolve(repo, 'server/CmPlan.Cli/bin/Debug/net10.0/cmplan.dll');

/** Milliseconds allowed for one answer (the first includes the server's start-up). */
const STEP = 15_000;

/** Rejects when `promise` has not settled within `ms`, naming what was awaited. */
function within(promise, what, ms = STEP) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The offset in a JS string (UTF-16 code units) of an LSP position given in UTF-16. */
function offsetAt(text, position) {
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', lineStart);
    assert.notEqual(next, -1, `line ${position.line} is past the end of the text`);
    lineStart = next + 1;
  }
  return lineStart + position.character;
}

/** The text with the edits applied: all positions refer to the original text, as LSP says. */
function applyEdits(text, edits) {
  const located = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of located) {
    result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  }
  return result;
}

/** A diagnostic as the assertions compare it: rule, severity and range. */
function summary(d) {
  const r = d.range;
  return `${d.code} ${d.severity} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Starts the server and connects the client to its stdio; collects publishDiagnostics. */
function startServer() {
  assert.ok(existsSync(dll), `The server is not built: ${dll} (run dotnet build CmPlan.sln, or set CMPLAN_DLL)`);
  const child = spawn('dotnet', [dll, 'lsp'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => resolveExit({ code, signal }));
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const published = [];
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.matches(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  // The server asks for cmplan.now after `initialized`: answer with a fixed day, so the test does
  // not depend on the date it runs.
  // The `cmplan` section answered: null, or what a test sets (cmplan.language).
  let section = null;
  let configured;
  const configurationAsked = new Promise((resolveAsked) => {
    configured = resolveAsked;
  });
  connection.onRequest(ConfigurationRequest.type, (params) => {
    configured();
    return params.items.map((item) => (item.section === 'cmplan.now' ? NOW : item.section === 'cmplan' ? section : null));
  });
  connection.listen();

  /** The first publishDiagnostics for the uri at that version (already received, or to come). */
  function diagnostics(uri, version) {
    const matches = (p) => p.uri === uri && p.version === version;
    const seen = published.find(matches);
    const promise = seen
      ? Promise.resolve(seen)
      : new Promise((resolveWaiter) => waiters.push({ matches, resolve: resolveWaiter }));
    return within(promise, `publishDiagnostics for ${uri} version ${version}`);
  }

  /** The next publishDiagnostics for the uri, from now on (a re-publication keeps the version). */
  function nextDiagnostics(uri) {
    const promise = new Promise((resolveWaiter) => waiters.push({ matches: (p) => p.uri === uri, resolve: resolveWaiter }));
    return within(promise, `the next publishDiagnostics for ${uri}`);
  }

  const setSection = (value) => {
    section = value;
  };

  return { child, connection, exited, published, diagnostics, nextDiagnostics, setSection, configurationAsked, stderr: () => stderr };
}

/** The `cmplan.now` the client gives: before the plan's publications. */
const NOW = '2027-02-01';

// Accents and emoji before the problems on the text line: "é" and "☕" are one UTF-16 unit each,
// "🚲" two (a surrogate pair); in UTF-8 they would be 2, 3 and 4 bytes.
const PLAN = [
  'plan "Interop"',
  '  timezone Europe/Paris',
  '',
  'channel x',
  '',
  'post velo',
  '  on x',
  '  at 2027-03-02 09:00',
  '  repeat every 5d',
  '  text "Caf\u00e9 \u2615 \u{1F6B2} v\u00e9lo  ici"',
  '',
].join('\n');

// The double blank after "vélo": `  text "` is 8 units, `Café ☕ 🚲 vélo` 14 (the bicycle counts 2).
const TEXT_LINE = 9;
const BLANKS = 8 + 14;
assert.equal(PLAN.split('\n')[TEXT_LINE].indexOf('  ici'), BLANKS);

// Not canonical: 4-space indentation, two blanks after `post`, no blank line between blocks,
// three blank lines in a row, no final line break (the last line ends after the bicycle).
const MESSY = 'channel x\n    network x\npost  p  # caf\u00e9 \u2615\n    on x\n\n\n\n    at 2027-03-02 09:00\n    text "\u{1F6B2} v\u00e9lo"';
const CANONICAL = 'channel x\n  network x\n\npost p  # caf\u00e9 \u2615\n  on x\n\n  at 2027-03-02 09:00\n  text "\u{1F6B2} v\u00e9lo"\n';

test('the node LSP client and cmplan lsp agree (utf-16, settings, diagnostics, code action, hover, rename, formatting, exit)', { timeout: 120_000 }, async (t) => {
  const server = startServer();
  t.after(() => {
    server.connection.dispose();
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill();
    }
  });
  const { connection } = server;

  // Lifecycle: the client offers only utf-16, so the server must choose it.
  const init = await within(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { general: { positionEncodings: ['utf-16'] }, workspace: { configuration: true } },
    }),
    `the initialize response (server stderr: ${server.stderr()})`,
    60_000,
  );
  assert.equal(init.capabilities.positionEncoding, 'utf-16');
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  assert.equal(init.capabilities.documentFormattingProvider, true);
  await connection.sendNotification(InitializedNotification.type, {});
  await within(server.configurationAsked, 'the workspace/configuration request for cmplan.now');

  // Diagnostics on open, with exact UTF-16 ranges.
  const uri = pathToFileURL('/tmp/cmplan-interop/velo.cmplan').href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'cmplan', version: 1, text: PLAN },
  });
  const opened = await server.diagnostics(uri, 1);
  assert.deepEqual(opened.diagnostics.map(summary).sort(), [
    'repost-too-frequent 2 8:15-8:17',
    'unbounded-repost 1 8:9-8:17',
    `whitespace 4 ${TEXT_LINE}:${BLANKS}-${TEXT_LINE}:${BLANKS + 2}`,
  ]);
  for (const d of opened.diagnostics) {
    assert.equal(d.source, 'cmplan');
    assert.match(d.codeDescription.href, new RegExp(`${d.code}`), `${d.code} links to its doc`);
    assert.ok(d.message.length > 0);
  }

  // A code action for the whitespace diagnostic: its preferred quickfix, applied by the client.
  const whitespace = opened.diagnostics.find((d) => d.code === 'whitespace');
  const actions = await within(
    connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: whitespace.range,
      context: { diagnostics: [whitespace], only: ['quickfix'] },
    }),
    'the codeAction response',
  );
  const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred && a.diagnostics?.some((d) => d.code === 'whitespace'));
  assert.ok(fix, `a preferred whitespace quickfix among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.deepEqual(Object.keys(fix.edit.changes), [uri]);
  const edits = fix.edit.changes[uri];
  assert.deepEqual(edits, [
    {
      range: { start: { line: TEXT_LINE, character: BLANKS }, end: { line: TEXT_LINE, character: BLANKS + 2 } },
      newText: ' ',
    },
  ]);
  const fixed = applyEdits(PLAN, edits);
  assert.equal(fixed.split('\n')[TEXT_LINE], '  text "Caf\u00e9 \u2615 \u{1F6B2} v\u00e9lo ici"');

  // The same edits as an incremental change (last position first, so each range is still valid).
  const changes = [...edits]
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText }));
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: changes,
  });
  const changed = await server.diagnostics(uri, 2);
  assert.deepEqual(changed.diagnostics.map(summary).sort(), ['repost-too-frequent 2 8:15-8:17', 'unbounded-repost 1 8:9-8:17']);

  // Hover on the post's id: its publications, computed by the server (Tue 2 Mar 2027 is the first).
  const hover = await within(
    connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 6 } }),
    'the hover response',
  );
  assert.equal(hover.contents.kind, 'markdown');
  assert.match(hover.contents.value, /Tue 2 Mar 2027/);
  assert.deepEqual(hover.range, { start: { line: 5, character: 5 }, end: { line: 5, character: 9 } });

  // Rename the channel from a reference: prepareRename gives the id, rename edits every use.
  const prepared = await within(
    connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 6, character: 5 } }),
    'the prepareRename response',
  );
  assert.deepEqual(prepared, { start: { line: 6, character: 5 }, end: { line: 6, character: 6 } });
  const rename = await within(
    connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line: 6, character: 5 }, newName: 'twitter-lyon' }),
    'the rename response',
  );
  const renamed = applyEdits(fixed, rename.changes[uri]);
  assert.match(renamed, /^channel twitter-lyon$/m);
  assert.match(renamed, /^ {2}on twitter-lyon$/m);
  // The old id named a network: the rename keeps it explicit, so the text limit does not change.
  assert.match(renamed, /^ {2}network x$/m);
  assert.doesNotMatch(renamed, /\bon x$/m);

  // Formatting a messy document: one whole-document edit whose end is in UTF-16 (after the bicycle).
  const messyUri = pathToFileURL('/tmp/cmplan-interop/messy.cmplan').href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: messyUri, languageId: 'cmplan', version: 1, text: MESSY },
  });
  await server.diagnostics(messyUri, 1);
  const formatting = await within(
    connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri: messyUri },
      options: { tabSize: 2, insertSpaces: true },
    }),
    'the formatting response',
  );
  assert.equal(formatting.length, 1);
  assert.deepEqual(formatting[0].range, { start: { line: 0, character: 0 }, end: { line: 8, character: 4 + 6 + 2 + 1 + 4 + 1 } });
  assert.equal(applyEdits(MESSY, formatting), CANONICAL);

  // Shutdown then exit: the process ends with code 0.
  const shutdown = await within(connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
  assert.equal(shutdown, null);
  await connection.sendNotification(ExitNotification.type);
  const exit = await within(server.exited, 'the server process to exit');
  assert.deepEqual(exit, { code: 0, signal: null }, `server stderr: ${server.stderr()}`);
});

test('a French client gets French diagnostics, hover and fix titles; cmplan.language switches them at once', async (t) => {
  const server = startServer();
  t.after(() => {
    if (server.child.exitCode === null) {
      server.child.kill();
    }
  });
  const { connection } = server;
  await within(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: 'fr',
      capabilities: { workspace: { configuration: true } },
    }),
    `the initialize response (server stderr: ${server.stderr()})`,
    60_000,
  );
  await connection.sendNotification(InitializedNotification.type, {});
  await within(server.configurationAsked, 'the workspace/configuration request');

  const uri = pathToFileURL('/tmp/cmplan-interop/fr.cmplan').href;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'cmplan', version: 1, text: PLAN },
  });
  const opened = await server.diagnostics(uri, 1);
  const unbounded = opened.diagnostics.find((d) => d.code === 'unbounded-repost');
  assert.match(unbounded.message, /^Répétition à 5 jours d'intervalle, sans \u00ab\u202ftimes\u202f\u00bb/);

  const hover = await within(
    connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 8 } }),
    'the hover response',
  );
  assert.match(hover.contents.value, /\*\*mar\. 2 mars 2027 à 09:00\*\*/);

  const actions = await within(
    connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unbounded.range, context: { diagnostics: [unbounded] } }),
    'the codeAction response',
  );
  assert.ok(actions.some((a) => a.title.startsWith('Arrêter le ')), JSON.stringify(actions.map((a) => a.title)));

  // cmplan.language set to en: the server asks again and publishes the open document in English.
  server.setSection({ language: 'en' });
  const english = server.nextDiagnostics(uri);
  await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  const republished = await english;
  assert.match(republished.diagnostics.find((d) => d.code === 'unbounded-repost').message, /^Repeats every 5 days with neither 'times' nor 'until'/);

  await within(connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
  await connection.sendNotification(ExitNotification.type);
  await within(server.exited, 'the server process to exit');
});

// A plan with one error: the post names a channel the plan does not declare.
const BROKEN = [
  'plan "Printemps 🌸"',
  '  timezone Europe/Paris',
  '',
  'channel mastodon',
  '',
  'post annonce-lancement',
  '  on instagram',
  '  at 2027-03-12 10:00',
  '  text "C\'est parti ! #lancement"',
  '',
].join('\n');

test('a pulling client sees the problems and symbols of closed plans in every workspace folder, and only there', { timeout: 120_000 }, async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'cmplan-interop-'));
  const site = join(root, 'site');
  const campagnes = join(root, 'campagnes');
  const outside = join(root, 'ailleurs');
  for (const folder of [site, campagnes, outside]) {
    mkdirSync(folder);
  }
  writeFileSync(join(site, 'vélo.cmplan'), PLAN);
  writeFileSync(join(campagnes, 'printemps.cmplan'), BROKEN);
  writeFileSync(join(outside, 'secret.cmplan'), BROKEN);
  symlinkSync(join(outside, 'secret.cmplan'), join(site, 'secret.cmplan'));
  const server = startServer();
  t.after(() => {
    if (server.child.exitCode === null) {
      server.child.kill();
    }
    rmSync(root, { recursive: true, force: true });
  });
  const { connection } = server;
  const registered = new Promise((resolveRegistered) => {
    connection.onRequest(RegistrationRequest.type, (params) => {
      resolveRegistered(params);
      return null;
    });
  });
  const folder = (path) => ({ uri: pathToFileURL(path).href, name: path.split('/').pop() });
  const init = await within(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: [folder(site)],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
        textDocument: { diagnostic: { dynamicRegistration: false } },
      },
    }),
    `the initialize response (server stderr: ${server.stderr()})`,
    60_000,
  );
  assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: true });
  assert.deepEqual(init.capabilities.workspace.workspaceFolders, { supported: true, changeNotifications: true });
  assert.equal(init.capabilities.workspaceSymbolProvider, true);
  await connection.sendNotification(InitializedNotification.type, {});
  const registration = await within(registered, 'the file watcher registration');
  assert.deepEqual(registration.registrations[0].registerOptions.watchers.map((w) => w.globPattern), ['**/cmplan.json', '**/*.cmplan']);

  // The second folder arrives after the start: its closed plan's problem is in the workspace answer.
  await connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder(campagnes)], removed: [] } });
  const first = await within(connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }), 'the workspace/diagnostic response');
  const byUri = new Map(first.items.map((item) => [item.uri, item]));
  const broken = pathToFileURL(join(campagnes, 'printemps.cmplan')).href;
  const velo = pathToFileURL(join(site, 'vélo.cmplan')).href;
  assert.deepEqual([...byUri.keys()].sort(), [broken, velo].sort(), 'the link out of the folder is not read');
  assert.equal(byUri.get(broken).kind, 'full');
  assert.equal(byUri.get(broken).version, null);
  assert.deepEqual(byUri.get(broken).items.map(summary), ['unknown-reference 1 6:5-6:14']);
  assert.deepEqual(byUri.get(velo).items.map(summary).sort(), [
    'repost-too-frequent 2 8:15-8:17',
    'unbounded-repost 1 8:9-8:17',
    `whitespace 4 ${TEXT_LINE}:${BLANKS}-${TEXT_LINE}:${BLANKS + 2}`,
  ]);

  // Asked again with the result ids it holds: nothing changed.
  const again = await within(
    connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: first.items.map((i) => ({ uri: i.uri, value: i.resultId })) }),
    'the second workspace/diagnostic response',
  );
  assert.deepEqual(again.items.map((i) => i.kind), ['unchanged', 'unchanged']);

  // Open, a plan is pulled per document, and nothing is pushed to a client that pulls.
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: broken, languageId: 'cmplan', version: 1, text: BROKEN } });
  const report = await within(connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: broken } }), 'the textDocument/diagnostic response');
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.items.map(summary), ['unknown-reference 1 6:5-6:14']);
  const unchanged = await within(
    connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: broken }, previousResultId: report.resultId }),
    'the second textDocument/diagnostic response',
  );
  assert.deepEqual(unchanged, { kind: 'unchanged', resultId: report.resultId });

  // A plan created on disk, told by the watcher: found.
  const created = join(campagnes, 'été.cmplan');
  writeFileSync(created, BROKEN.replace('annonce-lancement', 'apéro-terrasse'));
  await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(created).href, type: 1 }] });
  const symbols = await within(connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'apterr' }), 'the workspace/symbol response');
  assert.deepEqual(
    symbols.map((s) => [s.name, s.kind, s.containerName, s.location.uri, s.location.range.start.line]),
    [['apéro-terrasse', 24, 'été.cmplan', pathToFileURL(created).href, 5]],
  );
  const everything = await within(connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'annonce' }), 'the workspace/symbol response');
  assert.deepEqual(everything.map((s) => s.location.uri), [broken], 'one post, from the open document, none from the link out');
  assert.equal(server.published.length, 0, 'no publishDiagnostics to a client that pulls');

  await within(connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
  await connection.sendNotification(ExitNotification.type);
  await within(server.exited, 'the server process to exit');
});
