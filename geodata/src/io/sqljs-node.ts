import initSqlJs, { type SqlJsStatic } from 'sql.js'

/* sql.js in Node (server, CLI, tests): the wasm comes from node_modules. Loaded once. */

let loading: Promise<SqlJsStatic> | null = null

export function loadSqlJsNode(): Promise<SqlJsStatic> {
  loading ??= initSqlJs()
  return loading
}
