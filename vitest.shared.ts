import { join } from 'node:path'

/**
 * Reporters for every workspace: the default one, plus a JSON file per workspace when
 * TEST_RESULTS_DIR is set, from which .ci/run prints one closing line for all tests.
 */
export function reporters(workspace: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.TEST_RESULTS_DIR
  return dir ? ['default', ['json', { outputFile: join(dir, `${workspace}.json`) }]] : ['default']
}
