import initSqlJs, { type SqlJsStatic } from 'sql.js'
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'

/*
 * sql.js for the browser, with its wasm from our own bundle (Vite emits the file and
 * gives its URL), so GeoPackages open offline and the CSP needs no foreign origin.
 * Loaded once, and only when the first GeoPackage is read.
 */

let loading: Promise<SqlJsStatic> | null = null

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => wasmUrl })
  return loading
}
