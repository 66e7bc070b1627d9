import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CRS_DEFINITIONS, crsOfWkt, transformer } from './crs.ts'

/*
 * proj4 with our EPSG parameters against GDAL/PROJ (an independent implementation with
 * the EPSG database): the same point in every supported system. ETRS89-based systems
 * agree to the millimetre; DHDN (Gauß-Krüger) within 2 m, since PROJ may pick another of
 * the published DHDN transformations than EPSG:1777.
 */

const hasGdal = existsSync('/usr/bin/gdaltransform')
if (!hasGdal) console.warn('SKIPPED: proj4 against GDAL because gdaltransform is missing (Debian: gdal-bin)')

const PADERBORN: [number, number] = [8.75, 51.72]

describe.skipIf(!hasGdal)('proj4 against GDAL', () => {
  for (const code of Object.keys(CRS_DEFINITIONS).map(Number).filter((c) => c !== 4326)) {
    it(`EPSG:${code}`, () => {
      const out = execFileSync('gdaltransform', ['-s_srs', '+proj=longlat +datum=WGS84', '-t_srs', `EPSG:${code}`, '-output_xy'], { input: PADERBORN.join(' '), encoding: 'utf8' })
      const [gx, gy] = out.trim().split(/\s+/).map(Number)
      const [x, y] = transformer(4326, code)(PADERBORN)
      // ETRS89 geographic in degrees: about 69 km per degree of longitude here, 111 km of latitude.
      const metres = code === 4258 ? Math.hypot((x! - gx!) * 69000, (y! - gy!) * 111000) : Math.hypot(x! - gx!, y! - gy!)
      expect(metres).toBeLessThan(code === 31466 || code === 31467 ? 2 : 0.001)
    })
  }
})

describe('a .prj names its system', () => {
  it('GDAL’s ESRI name of Gauß-Krüger zone 3 is EPSG:31467', () => {
    expect(crsOfWkt('PROJCS["DHDN_3_Degree_Gauss_Zone_3",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz",DATUM["D_Deutsches_Hauptdreiecksnetz",SPHEROID["Bessel_1841",6377397.155,299.1528128]]]]')).toMatchObject({ kind: 'known', epsg: 31467 })
  })

  it('ESRI UTM 32N with the zone number in the easting is EPSG:4647', () => {
    expect(crsOfWkt('PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989"],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",32500000.0]]')).toMatchObject({ kind: 'known', epsg: 4647 })
  })

  it('an unknown system keeps its name', () => {
    expect(crsOfWkt('PROJCS["CH1903+ / LV95",AUTHORITY["EPSG","2056"]]')).toEqual({ kind: 'unsupported', label: 'CH1903+ / LV95 (EPSG:2056)' })
  })
})
