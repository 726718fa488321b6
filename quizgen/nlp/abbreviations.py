"""Abbreviations that end in a period without ending a sentence, as used in news and reference text.

Shared by the tokenizer (the period stays on the word) and the sentence splitter (added to the
abbreviation types Punkt learned from the corpora).
"""

TITLES = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt", "insp", "st", "jr", "sr", "amb", "brig",
    "cpl", "pvt", "esq", "mme", "mlle", "atty",
}
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
OTHER = {
    "no", "nos", "vs", "v", "etc", "inc", "corp", "ltd", "co", "dept", "univ", "est", "approx", "fig",
    "vol", "pp", "ed", "eds", "mt", "ft", "ave", "blvd", "rd", "cf", "al", "ca", "c", "op", "cit", "ibid",
    "e.g", "i.e", "a.m", "p.m", "u.s", "u.n", "u.k", "u.s.a", "d.c", "e.u", "bros", "assn", "intl",
}
ABBREVIATIONS: frozenset[str] = frozenset(TITLES | MONTHS | OTHER)
