// Bundles the extension (Node, CommonJS) and the schedule webview (browser, with its CSS) with esbuild.
// `--production` minifies without source maps; `--watch` rebuilds on change; `--tests` builds the unit tests.
import * as esbuild from 'esbuild';

import { readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['webview/calendar.ts'],
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  },
];

// The unit tests (test/unit/*.test.ts), for node --test: code that does not need VS Code.
const unitTests = {
  ...common,
  entryPoints: readdirSync('test/unit').filter((f) => f.endsWith('.test.ts')).map((f) => `test/unit/${f}`),
  outdir: 'out/test/unit',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
};

if (tests) {
  await esbuild.build(unitTests);
} else if (watch) {
  for (const options of builds) {
    await (await esbuild.context(options)).watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
