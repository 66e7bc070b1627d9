/** What benchmarks and scripts use of the tiles: the tile grid and the ST_AsMVT statement. */
export { tileAt, tileBounds, type TileCoord } from './matrix.ts'
export { mvtTile, tileRows } from './query.ts'
