// End to end in French: code-server (VS Code 1.96) whose display language stays English (a French
// display language needs Microsoft's language pack, which cannot be downloaded here), with
// `cmplan.language` set to `fr`. What this proves: the extension's own messages follow the setting
// (the Explain Rule picker, the server path error and its buttons), the setting reaches the server
// (the client's answer to workspace/configuration, read in the LSP trace) and a change of it is
// forwarded at once (the server asks again and gets `en`). When the shipped cmplan speaks French
// (`cmplan check --lang fr`), the Problems panel must show its French messages too.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { cli } from './cli.mjs';
import { startCodeServer } from './codeServer.mjs';
import { until, Workbench } from './workbench.mjs';

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

/** What the client last answered to the server's workspace/configuration, from the CmPlan output channel's LSP trace. */
function lastConfiguration(userData) {
  const log = find(join(userData, 'logs'), 'CmPlan.log').map((f) => readFileSync(f, 'utf8')).join('\n');
  const answers = log.split("Sending response 'workspace/configuration").slice(1);
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

test('CmPlan in VS Code with cmplan.language = fr', { timeout: 600_000 }, async (t) => {
  assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
  const home = execFileSync(join(extension, 'e2e', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

  rmSync(output, { recursive: true, force: true });
  const workspace = join(output, 'workspace');
  cpSync(join(extension, 'e2e', 'workspace'), workspace, { recursive: true });
  const settings = join(workspace, '.vscode', 'settings.json');
  const planPath = join(workspace, PLAN);
  writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'fr' }));
  const english = cli('check', planPath, '--now', NOW, '--format', 'json').files[0].diagnostics;
  const french = frenchCheck(planPath);

  const server = await startCodeServer({
    home,
    vsix,
    workspace,
    runDir: join(output, 'profile'),
    // The LSP trace goes to the CmPlan output channel, whose log file the test reads.
    settings: { 'cmplan.trace.server': 'verbose' },
  });
  t.after(() => server.stop());
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);

  const step = async (name, action) => {
    const begun = Date.now();
    try {
      await action();
      console.log(`  ✓ ${name} (${Date.now() - begun} ms)`);
    } catch (error) {
      const file = join(output, `failure-${name.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: file }).catch(() => {});
      error.message += `\n  step: ${name}\n  screenshot: ${file}\n  code-server log (end):\n${server.log().slice(-3000)}`;
      throw error;
    }
  };

  const vscode = new Workbench(page);
  await step('open the workbench and a plan', async () => {
    await page.goto(server.url);
    await vscode.ready();
    await vscode.openFile(PLAN);
  });

  await step('the server is told cmplan.language = fr', async () => {
    const answer = await until('the answer to workspace/configuration in the trace', () => lastConfiguration(server.userData));
    assert.equal(answer[1].language, 'fr', JSON.stringify(answer));
    assert.equal(answer[0], NOW, 'cmplan.now still comes first');
  });

  await step('the Problems panel lists the problems, in French when the server speaks it', async () => {
    const shown = (french ?? english).filter((d) => d.severity !== 'hint');
    const text = await vscode.problems(shown.map((d) => d.rule));
    if (french === undefined) {
      console.log('  (the shipped cmplan has no --lang fr: its messages are English, not checked in French)');
      return;
    }
    for (const d of shown) {
      assert.ok(text.includes(d.message.slice(0, 40)), `Problems shows ${d.rule}'s French message:\n${text}`);
    }
  });

  const explainRule = async (placeholder) => {
    await vscode.pick('F1', '>CmPlan: Explain Rule', 'Explain Rule', { closes: false });
    const input = vscode.quickInput().locator('.quick-input-box input');
    await until(`the picker asking "${placeholder}"`, async () => (await input.getAttribute('placeholder')) === placeholder);
    const list = vscode.quickInput().locator('.quick-input-list');
    await until('the rule list', async () => (await list.innerText()).includes('dated-content'));
    const shown = { title: await vscode.quickInput().locator('.quick-input-title').innerText(), list: await list.innerText() };
    await page.keyboard.press('Escape');
    return shown;
  };

  await step('Explain Rule speaks French', async () => {
    const dated = english.find((d) => d.rule === 'dated-content');
    await vscode.goTo(dated.line, dated.column);
    const picker = await explainRule(`Quelle règle${NNBSP}? Sa documentation s’ouvre à côté de l’éditeur`);
    assert.equal(picker.title, `CmPlan${NNBSP}: Expliquer une règle`);
    // The list is virtual: the structural rules, further down, are not in the page.
    for (const words of ['Sur cette ligne', 'Règles configurables', 'erreur · ', 'avertissement · ']) {
      assert.ok(picker.list.includes(words), `the picker says "${words}":\n${picker.list}`);
    }
    assert.doesNotMatch(picker.list, /On this line|Configurable|Structural|\berror · /);
    await page.screenshot({ path: join(output, 'explain-rule-fr.png') });
  });

  await step('cmplan.language = en: the server asks again at once, the extension speaks English', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'en' }));
    await until('an answer to workspace/configuration with language en', () => lastConfiguration(server.userData)?.[1].language === 'en');
    const picker = await explainRule('Which rule? Its documentation opens beside the editor');
    assert.equal(picker.title, 'CmPlan: Explain Rule');
    assert.ok(picker.list.includes('On this line') && picker.list.includes('error · '), picker.list);
  });

  await step('back to French: a missing cmplan.server.path is reported in French', async () => {
    writeFileSync(settings, JSON.stringify({ 'cmplan.now': NOW, 'cmplan.language': 'fr', 'cmplan.server.path': 'missing/cmplan' }));
    const text = await vscode.notification('qui n’existe pas (introuvable)');
    assert.ok(text.includes(`cmplan.server.path vaut ${join(workspace, 'missing', 'cmplan')}, qui n’existe pas (introuvable).`), text);
    const buttons = await page.locator('.notification-toast .monaco-button').allInnerTexts();
    assert.deepEqual(buttons, ['Ouvrir les paramètres', 'Afficher la sortie']);
    await page.screenshot({ path: join(output, 'server-path-error-fr.png') });
  });
});
