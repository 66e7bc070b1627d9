import { defineConfig } from 'vitest/config'
import { reporters } from '../vitest.shared.ts'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // End-to-end files each start a server and a browser: one at a time on two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters: reporters('scripts'),
  },
})
