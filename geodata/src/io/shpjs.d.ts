/* The two parts of shpjs we use (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson'
  /** Geometries of a .shp; with no .prj given they stay in the file's CRS. */
  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string): (Geometry | null)[]
  /** Attribute rows of a .dbf, decoded with the .cpg's code page. */
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[]
}
