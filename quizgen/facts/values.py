"""Numeric values of number expressions: "7,600" → 7600, "$9.37bn" → 9.37e9, "six" → 6, "third" → 3."""

from __future__ import annotations

import re

from ..vocab import MULTIPLIER_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS

CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "¥": "JPY",
    "yen": "JPY", "yuan": "CNY", "₹": "INR", "rupee": "INR", "rupees": "INR", "c$": "CAD", "a$": "AUD",
    "hk$": "HKD", "shs": "KES", "ksh": "KES", "kes": "KES", "shilling": "KES", "shillings": "KES",
    "tenge": "KZT", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "franc": "CHF",
    "francs": "CHF", "peso": "MXN", "pesos": "MXN", "won": "KRW", "cents": "USD cents", "cent": "USD cents",
}
UNIT_NAMES = {
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "km": "km", "km2": "km2",
    "mile": "mi", "miles": "mi", "mi": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "m": "m", "feet": "ft", "foot": "ft", "ft": "ft", "kilogram": "kg", "kilograms": "kg", "kg": "kg",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "hectare": "ha", "hectares": "ha", "acre": "acres",
    "acres": "acres", "mph": "mph", "mw": "MW", "gw": "GW", "kw": "kW", "barrel": "barrels",
    "barrels": "barrels", "litre": "l", "litres": "l", "liter": "l", "liters": "l", "inch": "in",
    "inches": "in", "yard": "yd", "yards": "yd", "gallon": "gal", "gallons": "gal", "degrees": "degrees",
}


def number_value(text: str) -> float | None:
    """The value of a number written in digits and/or words, with scale words multiplied out."""
    cleaned = text.lower().replace("\u2013", "-").strip()
    cleaned = re.sub(r"^(?:us\$|c\$|a\$|hk\$|[$€£¥₹]|shs|ksh|usd)\s*", "", cleaned)
    words = re.findall(r"\d[\d,]*(?:\.\d+)?|[a-z]+", cleaned)
    if not words or re.search(r"(?:\d|\b[a-z]+)\s+to\s+(?:\d|[a-z]+\b)", cleaned) and all(
            part.strip() and (part.strip()[0].isdigit() or part.split()[0] in NUMBER_WORDS)
            for part in cleaned.split(" to ", 1)):
        return None  # "5 to 10 meters", "five to ten miles": a range has no one value
    total = 0.0
    current: float | None = None
    seen = False
    previous = ""
    for word in words:
        before, previous = previous, word
        if before == "and" and word not in NUMBER_WORDS:
            break  # "a hundred and more"
        if word[0].isdigit():
            value = float(word.replace(",", ""))
            current = value if current is None else current + value
            seen = True
        elif word in SCALE_WORDS and seen:
            scale = SCALE_WORDS[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = None
        elif word in NUMBER_WORDS:
            current = (current or 0) + NUMBER_WORDS[word]
            seen = True
        elif word in ORDINAL_WORDS:
            current = (current or 0) + ORDINAL_WORDS[word]
            seen = True
        elif word in MULTIPLIER_WORDS and not seen:
            return MULTIPLIER_WORDS[word]
        elif word == "and" and seen and before in ("hundred", "thousand"):
            continue  # "one hundred and fifty"
        elif seen:
            break
    if not seen:
        return None
    return total + (current or 0)


def ordinal_value(text: str) -> int | None:
    head = text.lower().split("-")[0]
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", head)
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS.get(head)
