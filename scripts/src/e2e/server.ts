import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * Starts the app the way the README does: build the viewer, then run tiles-api (which
 * serves viewer/dist and /api on one port) with an embedded database in a fresh folder.
 */

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const viewerDir = join(repoRoot, 'viewer')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

/** Builds viewer/dist unless it is newer than every viewer source file. */
export function ensureViewerBuilt(): void {
  const index = join(viewerDir, 'dist', 'index.html')
  const sources = Math.max(newestMtime(join(viewerDir, 'src')), newestMtime(join(viewerDir, 'build')), statSync(join(viewerDir, 'index.html')).mtimeMs)
  if (existsSync(index) && statSync(index).mtimeMs > sources) return
  const result = spawnSync('npm', ['run', 'build', '-w', '@regiopol/viewer'], { cwd: repoRoot, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('viewer build failed')
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface RunningAtlas {
  url: string
  stop: () => Promise<void>
}

async function waitForReady(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tiles-api exited with ${child.exitCode}:\n${log()}`)
    try {
      const res = await fetch(`${url}/readyz`)
      if (res.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`tiles-api not ready after ${timeoutMs} ms:\n${log()}`)
}

export async function startAtlas(): Promise<RunningAtlas> {
  ensureViewerBuilt()
  // A server already running (E2E_ATLAS_URL) saves the embedded database's start while a test is written.
  const running = process.env.E2E_ATLAS_URL
  if (running) return { url: running.replace(/\/$/, ''), stop: async () => {} }
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'regiopol-e2e-pg-'))
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'tiles-api/src/server.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, LOG_FORMAT: 'off', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      if (child.exitCode === null) child.kill('SIGKILL')
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForReady(url, child, () => output)
  } catch (err) {
    await stop()
    throw err
  }
  return { url, stop }
}
