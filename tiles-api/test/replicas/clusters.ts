import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/*
 * A primary and a streaming standby of PostgreSQL 15 in a temporary folder, on two free
 * loopback ports: initdb, pg_ctl, pg_basebackup -R. PostgreSQL refuses to run as root,
 * so as root the clusters run as the `postgres` OS user.
 */

const BIN = '/usr/lib/postgresql/15/bin'
const POSTGIS = '/usr/share/postgresql/15/extension/postgis.control'

/** Why the clusters cannot be made here, or undefined when they can. */
export function unavailable(): string | undefined {
  if (!existsSync(`${BIN}/pg_basebackup`)) return `${BIN} has no pg_basebackup (Debian: postgresql-15)`
  if (!existsSync(POSTGIS)) return 'PostGIS for PostgreSQL 15 is not installed (Debian: postgresql-15-postgis-3)'
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['postgres'], { stdio: 'ignore' })
    } catch {
      return 'running as root and there is no postgres OS user to run the clusters'
    }
  }
  return undefined
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

const asRoot = process.getuid?.() === 0
function run(cmd: string, args: string[]) {
  const [file, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', `${BIN}/${cmd}`, ...args]] : [`${BIN}/${cmd}`, args]
  return execFileSync(file, all, { stdio: 'pipe', timeout: 120_000 }).toString()
}

export interface Clusters {
  primaryUrl: string
  replicaUrl: string
  stopReplica(): void
  close(): Promise<void>
}

export async function startClusters(): Promise<Clusters> {
  const dir = await mkdtemp(join(tmpdir(), 'regiopol-replica-'))
  await chmod(dir, 0o700)
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString())
    await chown(dir, uid, gid)
  }
  const [p1, p2] = [await freePort(), await freePort()]
  const primary = join(dir, 'primary')
  const replica = join(dir, 'replica')
  const started: string[] = []
  const stop = (data: string) => {
    try {
      run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w'])
    } catch {
      // already stopped
    }
  }
  const close = async () => {
    for (const d of started.reverse()) stop(d)
    await rm(dir, { recursive: true, force: true })
  }
  try {
    run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync'])
    await writeFile(join(primary, 'postgresql.auto.conf'), `port = ${p1}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nfsync = off\n`)
    if (asRoot) execFileSync('chown', ['postgres', join(primary, 'postgresql.auto.conf')])
    run('pg_ctl', ['start', '-D', primary, '-w', '-l', join(dir, 'primary.log')])
    started.push(primary)
    run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(p1), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream'])
    run('pg_ctl', ['start', '-D', replica, '-w', '-l', join(dir, 'replica.log'), '-o', `-p ${p2}`])
    started.push(replica)
  } catch (error) {
    await close()
    throw error
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${p1}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${p2}/postgres`,
    stopReplica: () => stop(replica),
    close,
  }
}
