import { defineConfig } from 'vitest/config'
import { reporters } from '../vitest.shared.ts'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // The embedded database serves one connection at a time: test files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: reporters('tiles-api'),
  },
})
