// Adds up the vitest JSON reports of every workspace and both database runs and
// prints one closing line; exits non-zero when a test failed or none ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

let passed = 0
let failed = 0
let skipped = 0
for (const dir of process.argv.slice(2)) {
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    passed += report.numPassedTests
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0)
    skipped += report.numPendingTests + report.numTodoTests
    console.log(`${dir.split('/').pop()}/${file.replace('.json', '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`)
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
