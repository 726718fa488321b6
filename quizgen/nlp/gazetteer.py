"""Place, given-name and nationality lists (built by tools/build_gazetteer.py) and a phrase matcher."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .resources import load_model


@dataclass(frozen=True)
class Gazetteer:
    places: frozenset[str]
    countries: frozenset[str]
    given_names: frozenset[str]
    nationalities: frozenset[str]
    common_words: frozenset[str]
    place_phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word → word tuples, longest first

    def match_places(self, words: list[str]) -> list[tuple[int, int]]:
        """Longest place-name matches over a token list, as (first, one past last) token indices."""
        spans = []
        i = 0
        while i < len(words):
            for phrase in self.place_phrases.get(words[i], ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    spans.append((i, i + len(phrase)))
                    i += len(phrase)
                    break
            else:
                i += 1
        return spans


@cache
def gazetteer() -> Gazetteer:
    data = load_model("gazetteer")
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for name in data["places"]:
        words = tuple(name.replace(",", " ,").split())
        phrases.setdefault(words[0], []).append(words)
    return Gazetteer(
        places=frozenset(data["places"]),
        countries=frozenset(data["countries"]),
        given_names=frozenset(data["given_names"]),
        nationalities=frozenset(data["nationalities"]),
        common_words=frozenset(data["common_words"]),
        place_phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
    )
