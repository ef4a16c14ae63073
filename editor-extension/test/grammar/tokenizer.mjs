// Tokenizes .cmplan text with the extension's TextMate grammar, as VS Code does (vscode-textmate + Oniguruma).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const extension = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function loadGrammar() {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      textmate.parseRawGrammar(readFileSync(join(extension, 'syntaxes/cmplan.tmLanguage.json'), 'utf8'), 'cmplan.tmLanguage.json'),
  });
  return registry.loadGrammar('source.cmplan');
}

const grammar = await loadGrammar();

/** Every line's tokens: `{ text, scopes }` with the scopes from outermost to innermost. */
export function tokenize(text) {
  let state = textmate.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    };
  });
}

/** Prints the tokens of a file, one per line, for looking at what the grammar does. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { line, tokens } of tokenize(readFileSync(process.argv[2], 'utf8'))) {
    console.log(line);
    for (const t of tokens) {
      if (t.text.trim()) {
        console.log(`  ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`);
      }
    }
  }
}
