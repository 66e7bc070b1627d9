import { describe, expect, it } from 'vitest'
import { checkFileSize, importFeatures, readLayers } from './read.ts'
import { loadSqlJsNode } from './sqljs-node.ts'
import { zip } from './zip.ts'

/* Files that cannot be read get one German sentence saying why. */

const read = (name: string, content: string | Uint8Array) =>
  readLayers(name, typeof content === 'string' ? new TextEncoder().encode(content) : content, { loadSql: loadSqlJsNode })

const xplan = (ns: string, body = '') => `<?xml version="1.0"?><x:XPlanAuszug xmlns:x="http://www.xplanung.de/xplangml/${ns}" xmlns:gml="http://www.opengis.net/gml/3.2">${body}</x:XPlanAuszug>`

describe('files refused as a whole', () => {
  it('a .zip that is not a zip archive', async () => {
    await expect(read('reserven.zip', 'kein zip')).rejects.toThrow('Die Datei ist kein ZIP-Archiv. Ein Shapefile wird als ZIP mit .shp, .shx, .dbf und .prj hochgeladen.')
  })

  it('an archive without .shp', async () => {
    await expect(read('reserven.zip', zip({ 'liesmich.txt': 'hallo' }))).rejects.toThrow('Das ZIP-Archiv enthält keine .shp-Datei (und keine .dbf-Datei).')
  })

  it('a .shp without its .dbf', async () => {
    await expect(read('reserven.zip', zip({ 'flaechen.shp': new Uint8Array(100), 'flaechen.prj': '' }))).rejects.toThrow('Zu „flaechen.shp“ fehlt die Attributtabelle „flaechen.dbf“ im ZIP-Archiv.')
  })

  it('a .dbf without its .shp', async () => {
    await expect(read('reserven.zip', zip({ 'flaechen.dbf': new Uint8Array(33) }))).rejects.toThrow('Zur Tabelle „flaechen.dbf“ fehlt die Geometriedatei „flaechen.shp“ im ZIP-Archiv.')
  })

  it('an unknown coordinate system, by name', async () => {
    const geojson = JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2056' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [2600000, 1200000] } }] })
    const { layers } = await read('schweiz.geojson', geojson)
    expect(() => importFeatures(layers)).toThrow(/^Das Koordinatensystem „EPSG:2056“ der Ebene „schweiz“ wird nicht unterstützt\. Unterstützt sind EPSG:25832 \(ETRS89 \/ UTM zone 32N\), .*EPSG:31467 \(DHDN \/ 3-degree Gauss-Kruger zone 3\), .*EPSG:32632 \(WGS 84 \/ UTM zone 32N\)\.$/)
  })

  it('broken XML, with the line', async () => {
    await expect(read('plan.gml', '<?xml version="1.0"?>\n<a><b></a>')).rejects.toThrow(/^Die XML-Datei ist fehlerhaft \(Zeile 2, Spalte \d+\): /)
  })

  it('an XPlanGML version that is not supported', async () => {
    await expect(read('plan.gml', xplan('4/1'))).rejects.toThrow('XPlanGML 4.1 wird nicht unterstützt; unterstützt sind die Versionen 5.0 bis 5.4 und 6.0.')
  })

  it('an empty file', async () => {
    await expect(read('leer.gpkg', new Uint8Array())).rejects.toThrow('Die Datei „leer.gpkg“ ist leer.')
  })

  it('a file without features', async () => {
    await expect(read('leer.geojson', '{"type":"FeatureCollection","features":[]}')).rejects.toThrow('Die Datei „leer.geojson“ enthält keine Objekte.')
  })

  it('a file of 500 MB, by its size alone before anything is read', () => {
    expect(() => checkFileSize('gross.gpkg', 500 * 1024 * 1024 + 1)).toThrow('Die Datei „gross.gpkg“ ist 500 MB groß; erlaubt sind höchstens 500 MB. Bitte teilen Sie sie auf.')
  })

  it('a .gpkg that is not a GeoPackage', async () => {
    await expect(read('falsch.gpkg', 'hallo welt, kein sqlite')).rejects.toThrow('Die Datei ist kein GeoPackage (keine SQLite-Datenbank).')
  })
})
