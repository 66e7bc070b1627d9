/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { reporters } from '../vitest.shared.ts'
import { glyphs } from './build/glyphs.ts'

export default defineConfig({
  plugins: [react(), glyphs()],
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: { chunkSizeWarningLimit: 1500 },
  test: { include: ['src/**/*.test.ts'], environment: 'node', reporters: reporters('viewer') },
})
