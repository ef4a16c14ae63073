// End to end in French, two ways, in code-server (VS Code 1.96):
// - VS Code in French (`--locale fr`, with an empty language pack of our own: Microsoft's cannot be
//   downloaded here, so VS Code's own words stay English), cmplan.language `auto`: the command
//   titles and setting descriptions come from package.nls.fr.json, the extension's messages from
//   l10n/bundle.l10n.fr.json through vscode.l10n, and the server is started with locale `fr`;
// - VS Code in English, cmplan.language `fr`: the extension's messages follow the setting (the
//   Explain Rule picker, the language status, the server path error and its buttons), the setting
//   reaches the server (the client's answer to workspace/configuration, read in the LSP trace) and
//   a change of it is forwarded at once (the server asks again and gets `en`).
// When the shipped cmplan speaks French (`cmplan check --lang fr`), the Problems panel must show
// its French messages in both.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { cli } from './cli.mjs';
import { startCodeServer } from './codeServer.mjs';
import { emptyLanguagePack } from './languagePack.mjs';
import { stepper, until, Workbench } from './workbench.mjs';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
// Apart from the English test's output, which that test clears when it starts.
const output = join(extension, 'e2e', 'output-fr');
const { version } = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const vsix = join(extension, `cmplan-linux-x64-${version}.vsix`);
const NOW = '2027-02-01';
const PLAN = 'printemps-2027.cmplan';
const NNBSP = '\u202f';

/** The files under `folder` named `name`, at any depth. */
function find(folder, name) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.split('/').pop() === name).map((f) => join(folder, f));
}

/** The CmPlan output channel's log: the extension's messages and the LSP trace. */
function traceOf(userData) {
  return find(join(userData, 'logs'), 'CmPlan.log').map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** What the client last answered to the server's workspace/configuration, from the LSP trace. */
function lastConfiguration(userData) {
  const answers = traceOf(userData).split("Sending response 'workspace/configuration").slice(1);
  if (answers.length === 0) {
    return undefined;
  }
  // "Result: [ now, { the cmplan section } ]", pretty-printed, up to the next log line.
  const result = /Result: (\[[\s\S]*?\n\])/.exec(answers.at(-1));
  return result ? JSON.parse(result[1]) : undefined;
}

/** The French diagnostics of the shipped cmplan, or undefined when it speaks only English (no --lang). */
function frenchCheck(planPath) {
  try {
    return cli('check', planPath, '--now', NOW, '--lang', 'fr', '--format', 'json').files[0].diagnostics;
  } catch {
    return undefined;
  }
}

/**
 * code-server on a fresh copy of the workspace whose settings are `workspaceSettings`, with the LSP
 * trace on, the browser on it; what the steps need, all stopped when the test ends.
 */
async function session(t, name, { workspaceSettings, languagePack }) {
  assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
  const home = execFileSync(join(extension, 'e2e', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const folder = join(output, name);
  const workspace = join(folder, 'workspace');
  cpSync(join(extension, 'e2e', 'workspace'), workspace, { recursive: true });
  const settings = join(workspace, '.vscode', 'settings.json');
  writeFileSync(settings, JSON.stringify(workspaceSettings));

  const server = await startCodeServer({
    home,
    vsix,
    workspace,
    runDir: join(folder, 'profile'),
    // The LSP trace goes to the CmPlan output channel, whose log file the test reads.
    settings: { 'cmplan.trace.server': 'verbose' },
    languagePack: languagePack?.(folder),
  });
  t.after(() => server.stop());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);

  const step = stepper(page, folder, server.log);
  const vscode = new Workbench(page);
  await step('open the workbench and a plan', async () => {
    await page.goto(server.url);
    await vscode.ready();
    await vscode.openFile(PLAN);
  });
  return { folder, workspace, settings, planPath: join(workspace, PLAN), server, page, vscode, step };
}

/** The Explain Rule picker's title and list once it asks `placeholder`; closes it. */
async function explainRule(vscode, command, placeholder) {
  await vscode.pick('F1', `>${command}`, command, { closes: false });
  const input = vscode.quickInput().locator('.quick-input-box input');
  await until(`the picker asking "${placeholder}"`, async () => (await input.getAttribute('placeholder')) === placeholder);
  const list = vscode.quickInput().locator('.quick-input-list');
  await until('the rule list', async () => (await list.innerText()).includes('dated-content'));
  const shown = { title: await vscode.quickInput().locator('.quick-input-title').innerText(), list: await list.innerText() };
  await vscode.page.keyboard.press('Escape');
  return shown;
}

/** Checks the French picker: French title, sections and severities, no English ones. */
function assertFrenchPicker(picker) {
  assert.equal(picker.title, `CmPlan${NNBSP}: Expliquer une règle`);
  // The list is virtual: the structural rules, further down, are not in the page.
  for (const words of ['Sur cette ligne', 'Règles configurables', 'erreur · ', 'avertissement · ']) {
    assert.ok(picker.list.includes(words), `the picker says "${words}":\n${picker.list}`);
  }
  assert.doesNotMatch(picker.list, /On this line|Configurable|Structural|\berror · /);
}

/** The Problems panel lists the plan's problems; in French when the shipped cmplan speaks it. */
async function assertProblems(vscode, planPath) {
  const french = frenchCheck(planPath);
  const shown = (french ?? cli('check', planPath, '--now', NOW, '--format', 'json').files[0].diagnostics).filter((d) => d.severity !== 'hint');
  const text = await vscode.problems(shown.map((d) => d.rule), { file: basename(planPath) });
  if (french === undefined) {
    console.log('  (the shipped cmplan has no --lang fr: its messages are English, not checked in French)');
    return;
  }
  for (const d of shown) {
    assert.ok(text.includes(d.message.slice(0, 40)), `Problems shows ${d.rule}'s French message:\n${text}`);
  }
}

test.before(() => rmSync(output, { recursive: true, force: true }));

test('VS Code in French: commands, settings and messages in French, the server started in French', { timeout: 600_000 }, async (t) => {
  const { server, page, vscode, step, planPath } = await session(t, 'display-fr', {
    workspaceSettings: { 'cmplan.now': NOW },
    languagePack: (folder) => emptyLanguagePack(folder, 'fr'),
  });

  await step('the command palette names the commands in French', async () => {
    await vscode.page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await vscode.quickInput().locator('.quick-input-box input').fill('>CmPlan');
    const list = vscode.quickInput().locator('.quick-input-list');
    await until('the CmPlan commands', async () => (await list.innerText()).includes('Expliquer une règle…'));
    const text = await list.innerText();
    for (const title of ['CmPlan: Afficher le calendrier', 'CmPlan: Expliquer une règle…', 'CmPlan: Redémarrer le serveur de langage']) {
      assert.ok(text.includes(title), `the palette lists "${title}":\n${text}`);
    }
    await page.screenshot({ path: join(output, 'display-fr', 'palette-fr.png') });
    await page.keyboard.press('Escape');
  });

  await step('the server is started with locale fr, cmplan.language auto', async () => {
    const initialize = await until('the initialize request in the trace', () => traceOf(server.userData).split("Sending request 'initialize")[1]);
    assert.match(initialize, /"locale": "fr"/);
    const answer = await until('the answer to workspace/configuration in the trace', () => lastConfiguration(server.userData));
    assert.equal(answer[1].language, 'auto', JSON.stringify(answer));
  });

  await step('the Problems panel lists the problems, in French when the server speaks it', () => assertProblems(vscode, planPath));

  await step('Explain Rule speaks French through vscode.l10n', async () => {
    const dated = cli('check', planPath, '--now', NOW, '--format', 'json').files[0].diagnostics.find((d) => d.rule === 'dated-content');
    await vscode.goTo(dated.line, dated.column);
    assertFrenchPicker(await explainRule(vscode, 'CmPlan: Expliquer une règle', `Quelle règle${NNBSP}? Sa documentation s’ouvre à côté de l’éditeur`));
  });

  await step('the settings editor describes cmplan.language in French', async () => {
    await vscode.command('Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .suggest-input-container textarea, .settings-editor .suggest-input-container input').first();
    await search.waitFor({ timeout: 15_000 });
    await search.fill('cmplan.language');
    const setting = page.locator('.settings-editor .setting-item-contents', { hasText: 'La langue que parle CmPlan' });
    await until('the French description of cmplan.language', async () => (await setting.count()) > 0);
    await page.screenshot({ path: join(output, 'display-fr', 'settings-fr.png') });
  });
});

test('VS Code in English, cmplan.language = fr: the extension speaks French, the server is told, a change reaches it at once', { timeout: 600_000 }, async (t) => {
  const { workspace, settings, planPath, server, page, vscode, step } = await session(t, 'setting-fr', {
    workspaceSettings: { 'cmplan.now': NOW, 'cmplan.language': 'fr' },
  });

  await step('the server is told cmplan.language = fr', async () => {
    const answer = await until('the answer to workspace/configuration in the trace', () => lastConfiguration(server.userData));
    assert.equal(answer[1].language, 'fr', JSON.stringify(answer));
    assert.equal(answer[0], NOW, 'cmplan.now still comes first');
  });

  await step('the Problems panel lists the problems, in French when the server speaks it', () => assertProblems(vscode, planPath));

  await step('Explain Rule speaks French', async () => {
    const dated = cli('check', planPath, '--now', NOW, '--format', 'json').files[0].diagnostics.find((d) => d.rule === 'dated-content');
    await vscode.goTo(dated.line, dated.column);
    assertFrenchPicker(await explainRule(vscode, 'CmPlan: Explain Rule', `Quelle règle${NNBSP}? Sa documentation s’ouvre à côté de l’éditeur`));
    await page.screenshot({ path: join(output, 'setting-fr', 'explain-rule-fr.png') });
  });

  await step('the language status says in French which day the checks take as now', async () => {
    // The {} item of the status bar: its hover lists the language status items.
    await page.locator('.statusbar-item[id="status.languageStatus"]').hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await until('the language status hover', async () => (await hover.innerText()).includes(`Maintenant${NNBSP}: ${NOW}`));
    const text = await hover.innerText();
    assert.ok(text.includes('d’après cmplan.now') && text.includes('Afficher le calendrier'), text);
    await page.screenshot({ path: join(output, 'setting-fr', 'status-fr.png') });
    await page.mouse.move(0, 0);
  });

  await step('cmplan.language = en: the server asks again at once, the extension speaks English', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'en' }));
    await until('an answer to workspace/configuration with language en', () => lastConfiguration(server.userData)?.[1].language === 'en');
    const picker = await explainRule(vscode, 'CmPlan: Explain Rule', 'Which rule? Its documentation opens beside the editor');
    assert.equal(picker.title, 'CmPlan: Explain Rule');
    assert.ok(picker.list.includes('On this line') && picker.list.includes('error · '), picker.list);
  });

  await step('back to French: a missing cmplan.server.path is reported in French', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'fr', 'cmplan.server.path': 'missing/cmplan' }));
    const text = await vscode.notification('qui n’existe pas (introuvable)');
    assert.ok(text.includes(`cmplan.server.path vaut ${join(workspace, 'missing', 'cmplan')}, qui n’existe pas (introuvable).`), text);
    const buttons = await page.locator('.notification-toast .monaco-button').allInnerTexts();
    assert.deepEqual(buttons, ['Ouvrir les paramètres', 'Afficher la sortie']);
    await page.screenshot({ path: join(output, 'setting-fr', 'server-path-error-fr.png') });
  });
});
