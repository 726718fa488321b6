"""Helpers that make zip-based outputs (docx, xlsx) byte-identical from one build to the next."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
FIXED_W3CDTF = "2000-01-01T00:00:00Z"
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def fix_zip_dates(path: Path) -> None:
    """Rewrite a zip file with every entry's timestamp fixed, and an Office document's "modified"
    property too (openpyxl stamps the current time on save, whatever the workbook says)."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    entries = [(info, _MODIFIED.sub(rb"\g<1>" + FIXED_W3CDTF.encode() + rb"\g<2>", data)
                if info.filename == "docProps/core.xml" else data) for info, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, data)
