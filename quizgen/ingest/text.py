"""Bytes to clean text: which encoding, and which characters must not reach the pipeline.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32), then UTF-8 (which almost never decodes
text in another encoding by accident), then detection with charset-normalizer. Detection is weak on
short texts (it calls four words of Latin-1 "UTF-16"), so a text that is mostly ASCII and decodes as
Windows-1252 is taken as Windows-1252, the encoding of nearly every Western "ANSI" file.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import IngestError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 (with BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32LE (with BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32BE (with BOM)"),
    (b"\xff\xfe", "utf-16-le", "UTF-16LE (with BOM)"),
    (b"\xfe\xff", "utf-16-be", "UTF-16BE (with BOM)"),
)
# C0 and C1 control characters except tab and line feed: DOCX and xlsx writers reject them, and a
# form feed (pdftotext's page break) or vertical tab (Word's line break) is a line break in prose.
_LINE_BREAKS = re.compile(r"\r\n?|[\f\v\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # terminal colour codes pasted from a console


def decode(raw: bytes, path: str | Path = "<text>") -> tuple[str, str]:
    """The text and a human name of the encoding used ("UTF-8", "Windows-1252 (detected)" …)."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec).removeprefix("\ufeff"), name
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"starts with a {name.split()[0]} byte-order mark but is not valid "
                                        f"{name.split()[0]} (byte offset {exc.start})") from None
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16
    if _looks_binary(raw):
        raise IngestError(path, "looks like a binary file, not text")
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return _detect(raw, path)


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM shows as a NUL beside nearly every ASCII character."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    for codec, share in (("utf-16-be", even_nuls), ("utf-16-le", odd_nuls)):
        if share > 0.3 and (odd_nuls if codec == "utf-16-be" else even_nuls) < 0.05:
            try:
                return raw.decode(codec), f"{codec.upper().replace('-LE', 'LE').replace('-BE', 'BE')} (no BOM)"
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 11, 27))
    return controls > len(sample) * 0.05


def _detect(raw: bytes, path: str | Path) -> tuple[str, str]:
    ascii_share = sum(1 for b in raw[:65536] if b < 128) / max(1, len(raw[:65536]))
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and ascii_share >= 0.9:
        return western, "Windows-1252 (detected)"
    from charset_normalizer import from_bytes

    best = next((match for match in from_bytes(raw)
                 if not match.encoding.startswith(("utf_16", "utf_32"))), None)
    if best is not None and str(best) == western:
        return western, "Windows-1252 (detected)"  # the same text: name the encoding people know
    if best is not None:
        return str(best), f"{best.encoding.replace('_', '-')} (detected)"
    if western is not None:
        return western, "Windows-1252 (guessed)"
    raise IngestError(path, "is not UTF-8 and its text encoding could not be recognised; re-save it as UTF-8")


def clean_text(text: str) -> str:
    """Line breaks made uniform (CRLF, CR, form feed, vertical tab → LF) and other control
    characters dropped, so no exporter meets a character it cannot write."""
    text = _ANSI_ESCAPE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)
