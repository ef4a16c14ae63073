// Every string the extension shows goes through `t`: VS Code's own l10n (its display language) while
// cmplan.language is `auto`, else the bundle of the chosen language, so that the extension speaks the
// language the server was told to speak. Package.json's texts (commands, settings) can only follow
// VS Code's display language: VS Code reads package.nls.<language>.json itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { type Argument, chosenLanguage, format, type Language } from './format';

export type { Language } from './format';

/** The extension's l10n folder (package.json's "l10n"), known once the extension is activated. */
let folder: string | undefined;
const bundles = new Map<Language, Readonly<Record<string, string>>>();

export function useBundlesOf(context: vscode.ExtensionContext): void {
  folder = context.asAbsolutePath('l10n');
  bundles.clear();
}

function setting(): string {
  return vscode.workspace.getConfiguration('cmplan').get<string>('language', 'auto');
}

/** The language the extension and the server speak: cmplan.language, else VS Code's display language. */
export function language(): Language {
  return chosenLanguage(setting(), vscode.env.language);
}

/** Whether a settings change may change the language (cmplan.language itself). */
export function affectsLanguage(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('cmplan.language');
}

function bundle(chosen: Language): Readonly<Record<string, string>> {
  let found = bundles.get(chosen);
  if (found === undefined) {
    found = {};
    if (chosen !== 'en' && folder !== undefined) {
      try {
        found = JSON.parse(readFileSync(join(folder, `bundle.l10n.${chosen}.json`), 'utf8')) as Record<string, string>;
      } catch {
        // A package without the bundle speaks English rather than failing.
      }
    }
    bundles.set(chosen, found);
  }
  return found;
}

/** The message in the user's language, its `{0}`, `{1}`… replaced by the arguments. */
export function t(message: string, ...args: Argument[]): string {
  const chosen = setting();
  if (chosen !== 'fr' && chosen !== 'en') {
    return vscode.l10n.t(message, ...args);
  }
  return format(bundle(chosen)[message] ?? message, args);
}
