// Driving the VS Code workbench in the page like a user: the command palette, quick open, go to line,
// the Problems panel, hovers, quick fixes, webviews. Every wait is on a condition, with a deadline.
import { join } from 'node:path';

export const STEP_MS = 30_000;

/** Retries a flaky UI step (a quick input that closed, a menu that did not open yet). */
export async function retry(what, action, attempts = 3) {
  let last;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await action(i);
    } catch (error) {
      last = error;
      console.log(`  retrying ${what} (${i}/${attempts}): ${error.message.split('\n')[0]}`);
    }
  }
  throw new Error(`${what} failed after ${attempts} attempts: ${last?.message}`);
}

/**
 * Runs a test's named steps: logs each with its time; a failure gets a screenshot in `folder` and
 * the end of code-server's `log()` added to its message.
 */
export function stepper(page, folder, log) {
  return async (name, action) => {
    const begun = Date.now();
    try {
      await action();
      console.log(`  ✓ ${name} (${Date.now() - begun} ms)`);
    } catch (error) {
      const file = join(folder, `failure-${name.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: file }).catch(() => {});
      error.message += `\n  step: ${name}\n  screenshot: ${file}\n  code-server log (end):\n${log().slice(-3000)}`;
      throw error;
    }
  };
}

/** Polls `probe` until it returns a truthy value. */
export async function until(what, probe, timeoutMs = STEP_MS) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  /** Waits for the workbench: `restored` names a file whose editor tab a reload brings back. */
  async ready(restored) {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    // The explorer shows the workspace once the file service is up; after a reload, the editors come back.
    const shown = restored ? this.page.locator(`.tab[aria-label*="${restored}"]`) : this.page.locator('.explorer-folders-view .monaco-list-row');
    await shown.first().waitFor({ timeout: 60_000 });
  }

  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /**
   * Types into the quick input opened by `key`, and accepts the row whose label contains `expected`.
   * `closes: false` when the pick opens another quick input (a command that asks something).
   */
  async pick(key, text, expected, { closes = true } = {}) {
    await retry(`"${text}" in the quick input`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(key);
      const input = this.quickInput().locator('.quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(text, { timeout: 5_000 });
      const row = this.quickInput().locator('.monaco-list-row', { hasText: expected }).first();
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await row.click();
      if (closes) {
        await this.quickInput().waitFor({ state: 'hidden', timeout: 5_000 });
      }
    });
  }

  async command(label) {
    await this.pick('F1', `>${label}`, label);
  }

  async openFile(name) {
    await this.pick('Control+P', name, name);
    await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: STEP_MS });
    await this.page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: STEP_MS });
  }

  /** Puts the cursor at a 1-based line and column of the active editor (Go to Line). */
  async goTo(line, column) {
    await retry(`go to ${line}:${column}`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+G');
      const input = this.quickInput().locator('.quick-input-box input');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`:${line}:${column}`, { timeout: 5_000 });
      await this.page.keyboard.press('Enter');
      await this.quickInput().waitFor({ state: 'hidden', timeout: 5_000 });
      await until(`the status bar to say Ln ${line}, Col ${column}`, async () =>
        (await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).includes(`Ln ${line}, Col ${column}`),
        5_000,
      );
    });
  }

  /** The Problems panel's text, once it lists every one of `expected`. */
  async problems(expected, { file } = {}) {
    await this.command('Focus Problems (Errors, Warnings, Infos)');
    const panel = this.page.locator('.markers-panel');
    // The list is virtual: with every plan of the workspace in it, one file's rows may be below the
    // fold. Filtered by the file's name, the panel shows that file's problems only.
    const filter = this.page.locator('.panel .viewpane-filter input');
    const text = await until(`the Problems panel to list ${expected.join(', ')}${file ? ` for ${file}` : ''}`, async () => {
      // A task that starts meanwhile reveals its terminal in the panel's place (even after the
      // command above): show Problems again, and look once it is there.
      if (!(await panel.isVisible())) {
        await this.command('Focus Problems (Errors, Warnings, Infos)');
        return false;
      }
      if (file && (await filter.inputValue()) !== file) {
        await filter.fill(file);
      }
      const text = await panel.innerText({ timeout: 5_000 });
      return expected.every((id) => text.includes(id)) && text;
    });
    if (file) {
      await filter.fill('');
    }
    return text;
  }

  /** The hover's text at the cursor. */
  async hover(expected) {
    return retry('the hover', async () => {
      await this.command('Show or Focus Hover');
      const hover = this.page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
      return until(`a hover containing ${expected}`, async () => {
        const text = await hover.innerText();
        return text.includes(expected) && text;
      }, 10_000);
    });
  }

  /** Opens the quick fix menu at the cursor and applies the action titled `title` (after `beforeApply`, e.g. a screenshot). */
  async quickFix(title, beforeApply = async () => {}) {
    await retry(`the quick fix "${title}"`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+.');
      const menu = this.page.locator('.action-widget');
      await menu.locator('.monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await beforeApply();
      // The menu is a keyboard list (a pointer block covers it for the mouse): walk to the action, accept it.
      await until(`"${title}" to be focused in the menu`, async () => {
        if ((await menu.locator('.monaco-list-row.focused').innerText().catch(() => '')).includes(title)) {
          return true;
        }
        await this.page.keyboard.press('ArrowDown');
        return false;
      }, 10_000);
      await this.page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 5_000 });
    });
  }

  /** The frame of the webview whose document has `selector` (with `text` in it, if given). */
  async webview(selector, text = '') {
    return until(`a webview with ${selector} ${text}`, async () => {
      for (const frame of this.page.frames()) {
        const found = await frame.$(selector).catch(() => null);
        if (found && (await found.innerText()).includes(text)) {
          return frame;
        }
      }
      return undefined;
    });
  }

  /** The text of the notification toasts, once one contains `expected`. */
  async notification(expected) {
    const toasts = this.page.locator('.notifications-toasts');
    return until(`a notification saying "${expected}"`, async () => {
      const text = await toasts.innerText().catch(() => '');
      return text.includes(expected) && text;
    });
  }
}
