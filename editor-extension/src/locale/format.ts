// The extension's language and its messages' placeholders, without VS Code (so the unit tests can run them).

/** The languages the extension's messages come in (l10n/bundle.l10n.<language>.json; English is the source). */
export type Language = 'en' | 'fr';

/** One message argument, as vscode.l10n.t takes them. */
export type Argument = string | number | boolean;

/**
 * The language the user chose: `cmplan.language` when it names one, else (`auto`) VS Code's display
 * language — `fr`, `fr-ca`… are French, anything else English (the only other language there is).
 */
export function chosenLanguage(setting: string | undefined, displayLanguage: string): Language {
  if (setting === 'fr' || setting === 'en') {
    return setting;
  }
  return /^fr(-|$)/i.test(displayLanguage) ? 'fr' : 'en';
}

/** Replaces `{0}`, `{1}`… by the arguments, as vscode.l10n.t does; a placeholder without an argument stays as written. */
export function format(template: string, args: readonly Argument[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : placeholder));
}

/** The placeholder numbers a message uses (`{0}` twice counts once), sorted. */
export function placeholders(message: string): number[] {
  return [...new Set([...message.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}
