"""``--url``: fetch one page, only when the user asks, with a timeout and a size limit.

This is the only place quizgen touches the network, and only for the URL given on the command line.
"""

from __future__ import annotations

import urllib.error
import urllib.request

from ..model import Article
from .errors import IngestError

TIMEOUT_SECONDS = 20
_SUFFIX_FOR_TYPE = {"application/pdf": ".pdf", "text/html": ".html", "application/xhtml+xml": ".html",
                    "text/markdown": ".md", "text/plain": ".txt",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def fetch_article(url: str, *, max_bytes: int, timeout: float = TIMEOUT_SECONDS) -> Article:
    from . import article_from_bytes

    if not url.lower().startswith(("http://", "https://")):
        raise IngestError(url, "is not an http:// or https:// address")
    request = urllib.request.Request(url, headers={"User-Agent": "quizgen (article reader)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"is {int(declared):,} bytes, over the {max_bytes:,}-byte limit; "
                                       "raise it with --max-size MB")
            raw = response.read(max_bytes + 1)
            content_type = response.headers.get_content_type()
    except IngestError:
        raise
    except urllib.error.HTTPError as exc:
        raise IngestError(url, f"could not be fetched (HTTP {exc.code} {exc.reason})") from None
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise IngestError(url, f"could not be fetched ({reason}); are you online?") from None
    if len(raw) > max_bytes:
        raise IngestError(url, f"is over the {max_bytes:,}-byte limit; raise it with --max-size MB")
    return article_from_bytes(raw, url, suffix=_SUFFIX_FOR_TYPE.get(content_type, ""), url=url, max_bytes=max_bytes)
