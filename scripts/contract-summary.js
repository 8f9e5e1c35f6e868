// Sums the contract test's per-app counts (CONTRACT_REPORT lines) into one line for the CI log.
const { existsSync, readFileSync } = require('node:fs');
const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log(`contract test: no report at ${file}`);
  process.exit(0);
}
const lines = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const sum = (key) => lines.reduce((total, line) => total + line[key], 0);
const specs = new Set(lines.map((line) => line.spec)).size;
console.log(
  `contract test (${process.argv[3] ?? ''}): ${sum('validated')} responses validated against the OpenAPI document in ${specs} specs (${lines.length} test apps), ${sum('skipped')} not applicable, ${sum('violations')} violations`,
);
