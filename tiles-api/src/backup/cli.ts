import { resolve } from 'node:path'
import { loadConfig } from '../config.ts'
import { dumpEmbedded, dumpServer, restoreEmbedded, restoreServer } from './backup.ts'

/*
 * npm run backup -- <file>    DATABASE_URL: pg_dump -Fc; else the embedded folder (server stopped)
 * npm run restore -- <file>   into DATABASE_URL's empty database, or into an empty PGLITE_DATA_DIR
 */

const [command, file] = process.argv.slice(2)
if ((command !== 'backup' && command !== 'restore') || !file) {
  console.error('usage: npm run backup -- <file> | npm run restore -- <file>')
  process.exit(2)
}
const config = loadConfig()
const target = config.DATABASE_URL ? 'the PostgreSQL server' : `the embedded database in ${config.PGLITE_DATA_DIR}`
try {
  // npm runs workspace scripts in the workspace folder; the file is named from where the user ran npm.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file)
  if (command === 'backup') {
    await (config.DATABASE_URL ? dumpServer(config.DATABASE_URL, path) : dumpEmbedded(config.PGLITE_DATA_DIR, path))
    console.log(`backup of ${target} written to ${path}`)
  } else {
    await (config.DATABASE_URL ? restoreServer(config.DATABASE_URL, path) : restoreEmbedded(path, config.PGLITE_DATA_DIR))
    console.log(`restored ${path} into ${target}`)
  }
} catch (e) {
  console.error(`${command}: ${(e as Error).message}`)
  process.exit(1)
}
