/** Facts about the region that do not change with the data. */
export const REGION = {
  name: 'regiopolREGION Paderborn',
  /** lon/lat bounding box of the 29 member municipalities (from region_outline.geojson). */
  bbox: [8.1828, 51.3721, 9.4615, 52.0506] as [number, number, number, number],
  /** Official metric CRS in NRW: all areas and distances are computed in it. */
  metricSrid: 25832,
  municipalityCount: 29,
} as const
