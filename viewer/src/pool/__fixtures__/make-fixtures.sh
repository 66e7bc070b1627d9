#!/bin/sh
# Regenerates the upload test fixtures with GDAL (ogr2ogr), from the WKT below.
# Run from this folder: sh make-fixtures.sh. Needs ogr2ogr and zip.
#
# areas-25832.zip: a zipped Shapefile in ETRS89 / UTM 32N (EPSG:25832) with a valid
#   square in Borchen, a bow-tie, a feature without a name and one far outside the region.
# areas-4326.gpkg: a GeoPackage in WGS84 (EPSG:4326) with a polygon, a multipolygon and
#   a line (not an area) and a polygon inside the Shapefile's square (the API refuses it
#   as an overlap once the square is saved); the name is in the column "bezeichnung".
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/areas.csv" <<'CSV'
WKT,name,punkte
"POLYGON ((482400 5721600,482700 5721600,482700 5721900,482400 5721900,482400 5721600))",Streuobstwiese Am Hang,45000
"POLYGON ((483000 5721600,483200 5721800,483200 5721600,483000 5721800,483000 5721600))",Kreuzfläche,1000
"POLYGON ((482400 5722200,482600 5722200,482600 5722400,482400 5722400,482400 5722200),(482450 5722250,482450 5722350,482550 5722350,482550 5722250,482450 5722250))",,2000
"POLYGON ((400000 5600000,400200 5600000,400200 5600200,400000 5600200,400000 5600000))",Weit weg,3000
CSV
ogr2ogr -q -f "ESRI Shapefile" "$tmp/areas.shp" "$tmp/areas.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -a_srs EPSG:25832 -nlt POLYGON -nln areas -lco ENCODING=UTF-8 -oo AUTODETECT_TYPE=YES
rm -f areas-25832.zip
(cd "$tmp" && zip -q -X areas-25832.zip areas.shp areas.shx areas.dbf areas.prj areas.cpg)
mv "$tmp/areas-25832.zip" .

cat > "$tmp/gpkg.csv" <<'CSV'
WKT,bezeichnung,oekopunkte
"POLYGON ((8.76 51.65,8.764 51.65,8.764 51.652,8.76 51.652,8.76 51.65))",Hecke am Bach,12000
"MULTIPOLYGON (((8.72 51.64,8.722 51.64,8.722 51.641,8.72 51.641,8.72 51.64)),((8.724 51.64,8.726 51.64,8.726 51.641,8.724 51.641,8.724 51.64)))",Feldgehölze Alfen,8000
"LINESTRING (8.75 51.66,8.76 51.661)",Graben,500
"POLYGON ((8.747 51.646,8.749 51.646,8.749 51.647,8.747 51.647,8.747 51.646))",Obstwiese Hangfuß,3000
CSV
rm -f areas-4326.gpkg
ogr2ogr -q -f GPKG areas-4326.gpkg "$tmp/gpkg.csv" -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO \
  -a_srs EPSG:4326 -nlt GEOMETRY -nln flaechen -oo AUTODETECT_TYPE=YES
