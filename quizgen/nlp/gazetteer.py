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
    regions: frozenset[str]  # states, provinces, continents: places that are not also a town's name
    place_phrases: dict[str, list[str]]  # first word → multi-word names starting with it

    def match_places(self, words: list[str]) -> list[tuple[int, int]]:
        """Longest place-name matches over a token list, as (first, one past last) token indices."""
        spans = []
        i = 0
        while i < len(words):
            best = 1 if words[i] in self.places else 0
            for phrase in self.place_phrases.get(words[i], ()):
                n = phrase.count(" ") + 1
                if n > best and " ".join(words[i:i + n]) == phrase:
                    best = n
            if best:
                spans.append((i, i + best))
                i += best
            else:
                i += 1
        return spans


@cache
def gazetteer() -> Gazetteer:
    data = load_model("gazetteer")
    phrases: dict[str, list[str]] = {}
    for name in data["places"]:
        if " " in name:  # one-word names are looked up in ``places`` directly
            phrases.setdefault(name[:name.index(" ")], []).append(name)
    return Gazetteer(
        places=frozenset(data["places"]),
        countries=frozenset(data["countries"]),
        given_names=frozenset(data["given_names"]),
        nationalities=frozenset(data["nationalities"]),
        common_words=frozenset(data["common_words"]),
        regions=frozenset(data["regions"]),
        place_phrases=phrases,
    )
