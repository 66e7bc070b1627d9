"""Loads OGC API - Features collections in QGIS (headless) and reports what QGIS sees.

Usage: python3 load_collections.py <api-url> <spec.json>
spec: {"collections": [...], "render": [...], "subsets": [{"collection": ..., "subset": ...}]}
Prints one JSON object: counts per collection and URL form (without and with a trailing
slash), drawn pixels per feature of each rendered collection, counts per subset string.
"""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

api, spec_file = sys.argv[1], sys.argv[2]
spec = json.load(open(spec_file))
app = QgsApplication([], False)
app.initQgis()


def layer(url, collection):
    uri = f"url='{url}' typename='{collection}' restrictToRequestBBOX='0'"
    return QgsVectorLayer(uri, collection, "OAPIF")


def drawn_pixels(lyr, extent):
    settings = QgsMapSettings()
    settings.setLayers([lyr])
    settings.setDestinationCrs(lyr.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(100, 100))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor(255, 255, 255).rgb()
    return sum(1 for x in range(0, image.width()) for y in range(0, image.height()) if image.pixel(x, y) != white)


out = {"counts": {}, "pixels": {}, "subsets": []}
for collection in spec["collections"]:
    for form in (api, api + "/"):
        lyr = layer(form, collection)
        out["counts"].setdefault(collection, []).append(lyr.featureCount() if lyr.isValid() else -1)
# Each feature rendered on its own small map around its location: drawn pixels per feature id.
for collection in spec.get("render", []):
    lyr = layer(api, collection)
    out["pixels"][collection] = {
        str(f.attribute("id") if "id" in f.fields().names() else f.id()): drawn_pixels(lyr, f.geometry().boundingBox().buffered(0.002))
        for f in lyr.getFeatures()
        if f.hasGeometry()
    }
for case in spec.get("subsets", []):
    lyr = layer(api, case["collection"])
    ok = lyr.setSubsetString(case["subset"])
    out["subsets"].append({**case, "ok": ok, "count": sum(1 for _ in lyr.getFeatures()) if lyr.isValid() else -1})
print(json.dumps(out), flush=True)
# QGIS 3.22 crashes in exitQgis() while provider threads still hold layers; the answer is out.
os._exit(0)
