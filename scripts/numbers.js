'use strict';
// npm run numbers: prints what the last test and bench runs measured (the README's Numbers come from it):
// .tmp/jest-<db>.json (.ci/run), .tmp/load-<db>.json, .tmp/edge-<db>.json, .tmp/install-results.json,
// bench-results/read-<db>.json. Missing files are skipped.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const read = (file) => {
  const full = path.join(ROOT, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : null;
};

for (const db of ['sqlite', 'postgres']) {
  const jest = read(`.tmp/jest-${db}.json`);
  if (jest) {
    const seconds = jest.testResults.reduce((sum, r) => sum + (r.endTime - r.startTime) / 1000, 0);
    const slowest = jest.testResults
      .map((r) => [path.relative(ROOT, r.name), Math.round((r.endTime - r.startTime) / 1000)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    console.log(
      `tests ${db}: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numPendingTests} skipped, ` +
        `${jest.numTotalTestSuites} suites, ${Math.round(seconds)} s; slowest ${JSON.stringify(slowest)}`,
    );
  }
  for (const kind of ['load', 'edge']) {
    const result = read(`.tmp/${kind}-${db}.json`);
    if (result) console.log(`${kind} ${db}: ${JSON.stringify(result)}`);
  }
  const bench = read(`bench-results/read-${db}.json`);
  if (bench) {
    const rps = Object.fromEntries(
      bench.rows.map((r) => [`${r.endpoint}/${r.target}`, Math.round(r.requestsPerSecond)]),
    );
    console.log(`bench ${db} (${bench.date}): ${JSON.stringify(rps)}`);
  }
}
const install = read('.tmp/install-results.json');
if (install) console.log(`install: ${JSON.stringify(install)}`);
