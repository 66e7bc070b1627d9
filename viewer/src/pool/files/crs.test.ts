import { describe, expect, it } from 'vitest'
import { crsOfEpsg, crsOfWkt, toWgs84 } from './crs.ts'

const ESRI_25832 =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
const OGC_25832 =
  'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6258"]],AUTHORITY["EPSG","4258"]],PROJECTION["Transverse_Mercator"],PARAMETER["false_easting",500000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","25832"]]'
const ESRI_4326 = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
const ESRI_ZONE_PREFIX =
  'PROJCS["ETRS_1989_UTM_Zone_N32",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",32500000.0],PARAMETER["Central_Meridian",9.0],UNIT["Meter",1.0]]'
const GK3 = 'PROJCS["DHDN / 3-degree Gauss-Kruger zone 3",GEOGCS["DHDN",AUTHORITY["EPSG","4314"]],PROJECTION["Transverse_Mercator"],AUTHORITY["EPSG","31467"]]'

describe('recognising the CRS of a .prj', () => {
  it('takes ESRI and OGC WKT of EPSG:25832 as UTM 32N', () => {
    expect(crsOfWkt(ESRI_25832).kind).toBe('utm32')
    expect(crsOfWkt(OGC_25832)).toEqual({ kind: 'utm32', label: 'EPSG:25832' })
  })

  it('takes geographic WGS84 as is and a missing .prj as undeclared', () => {
    expect(crsOfWkt(ESRI_4326).kind).toBe('wgs84')
    expect(crsOfWkt(undefined).kind).toBe('none')
  })

  it('refuses Gauß-Krüger and UTM with a zone prefix by name instead of guessing', () => {
    expect(crsOfWkt(GK3)).toEqual({ kind: 'unsupported', label: 'DHDN / 3-degree Gauss-Kruger zone 3 (EPSG:31467)' })
    expect(crsOfWkt(ESRI_ZONE_PREFIX)).toEqual({ kind: 'unsupported', label: 'ETRS_1989_UTM_Zone_N32' })
    expect(crsOfEpsg(3035, 'ETRS89-extended / LAEA Europe')).toEqual({ kind: 'unsupported', label: 'ETRS89-extended / LAEA Europe (EPSG:3035)' })
  })
})

describe('reprojecting to WGS84', () => {
  it('moves a UTM 32N position to the lon/lat PROJ gives and drops heights', () => {
    // gdaltransform -s_srs EPSG:25832 -t_srs OGC:CRS84: 482700 5721900 -> 8.74995623410168 51.6478331905764
    const g = toWgs84({ type: 'Point', coordinates: [482700, 5721900, 120] }, { kind: 'utm32', label: '' })
    expect(g).toEqual({ type: 'Point', coordinates: [expect.closeTo(8.74995623410168, 9), expect.closeTo(51.6478331905764, 9)] })
    expect(toWgs84({ type: 'Point', coordinates: [8.7, 51.7, 120] }, { kind: 'wgs84', label: '' })).toEqual({ type: 'Point', coordinates: [8.7, 51.7] })
  })
})
