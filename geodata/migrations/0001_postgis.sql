-- PostGIS for geometry; everything is stored in EPSG:4326 and measured in EPSG:25832.
create extension if not exists postgis;
