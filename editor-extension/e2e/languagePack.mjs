// VS Code in French without Microsoft's language pack (nothing can be downloaded here): a pack of our
// own that declares French and translates nothing of VS Code's, so that VS Code's display language
// becomes `fr` — its own words stay English, the extensions' package.nls.fr.json and l10n bundles apply.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const vsce = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'vsce');
const PUBLISHER = 'cmplan-e2e';

/** Packages the empty pack for `language` into `folder`; returns its .vsix and its extension id. */
export function emptyLanguagePack(folder, language) {
  const name = `language-pack-${language}`;
  const source = join(folder, name);
  mkdirSync(join(source, 'translations'), { recursive: true });
  writeFileSync(join(source, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(source, 'README.md'), `Declares ${language} for the CmPlan end-to-end test; translates nothing.\n`);
  writeFileSync(
    join(source, 'package.json'),
    JSON.stringify({
      name,
      publisher: PUBLISHER,
      version: '0.0.1',
      license: 'MIT',
      engines: { vscode: '^1.96.0' },
      categories: ['Language Packs'],
      contributes: { localizations: [{ languageId: language, languageName: language, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }),
  );
  const vsix = join(folder, `${name}.vsix`);
  execFileSync(vsce, ['package', '--allow-missing-repository', '--skip-license', '-o', vsix], { cwd: source, stdio: 'pipe' });
  return { vsix, id: `${PUBLISHER}.${name}`, language };
}

/**
 * What VS Code reads at start to find the pack of its `--locale` (it writes this file itself only
 * once a window has asked, too late for the first start): the installed pack's core translations.
 */
export function registerLanguagePack(userData, extensions, pack) {
  const installed = join(extensions, `${pack.id}-0.0.1`);
  writeFileSync(
    join(userData, 'languagepacks.json'),
    JSON.stringify({
      [pack.language]: {
        hash: `${pack.id}-0.0.1`,
        extensions: [{ extensionIdentifier: { id: pack.id }, version: '0.0.1' }],
        translations: { vscode: join(installed, 'translations', 'main.i18n.json') },
        label: pack.language,
      },
    }),
  );
}
