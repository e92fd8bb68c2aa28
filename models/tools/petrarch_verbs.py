"""Derive candidate trigger rows from PETRARCH-2's CAMEO verb dictionary.

PETRARCH-2 codes events with a verb dictionary organised as synsets: a header line
``---  NAME   [code]  ---`` followed by its verbs (``DENOUNCE``, ``FLOG {FLOGS FLOGGING
FLOGGED } [180]``: a verb may carry its own code, which wins over the synset's), then pattern
lines (``- * SANCTIONS [163]``) that code a verb with a given object. This script reads the
verb lines only and proposes one row per verb, precision first:

* single-word verbs, and verb + particle compounds (``+LASH_OUT`` -> lash + out) whose
  particle is one the parser attaches as ``prt`` (off, out, up, down, back, over, away);
  other compounds (``+ASK_FOR``, ``+MEET_WITH``) and multi-word phrases are left out;
* whose code (the verb's own, else the synset's; the active code of ``a:b``) is one that
  ``models/actions.tsv`` itself uses for a verb, with a PLOVER type: the row takes the PLOVER
  type, mode and future code that the curated verb rows give that CAMEO code (those without
  an object constraint, else the others without their mode, which describes the object; the
  most frequent, then the first); so CAMEO 01 statements (no PLOVER type) and codes the
  curated lexicon never uses give nothing;
* not a verb that ``actions.tsv`` or ``actions_wordnet.tsv`` lists (their rows win), nor one
  that ``actions.tsv``'s header LEAVES OUT ON PURPOSE;
* not a verb that the dictionary also lists, without a code of its own, in an uncoded
  (``[---]``) synset, nor one it codes differently in two synsets: such a word has senses
  that are no event, or senses that are different events;
* whose base form en_core_web_sm tags VERB with itself as lemma in a plain frame ("They will
  X."): inflected forms (``FORGAVE``) and nouns in verb lists (``CONCESSION``) drop out;
* unless a reader rejected it (``REJECTED_ON_REVIEW``, by the word's meaning: too general, or
  mostly used in a sense that is no event in news).

Pattern lines are not used. Of the 273 one-word patterns (``- * NOUN [code] # VERB``) in the
first sixth of the file, 182 belong to a verb ``actions.tsv`` lists, whose own rows win (the
lexicon ignores a supplement's rows for such a word), and 25 more name a noun that is itself a
trigger ("stage a PROTEST"), which the light-verb rule already codes; the remaining 66 are
mostly general verbs (remain, believe, present, draft, continue, find) with an adjective or
noun that makes a statement ("remain OPTIMISTIC": 01x, no PLOVER type) or a domestic act
("draft a BILL").

Source: ``petrarch2/data/dictionaries/CAMEO.2.0.txt`` of PETRARCH-2
(https://github.com/openeventdata/petrarch2, commit 486cb96), MIT licence, "Copyright (c) 2015
Open Event Data Alliance" (the notice is repeated in the header this script writes). The
dictionary is not part of this project; with a copy of the file::

    python models/tools/petrarch_verbs.py CAMEO.2.0.txt > models/actions_petrarch.tsv

The output has the columns of ``actions.tsv``; its ``note`` names the synset (and code) each
row came from. Counts of what each rule dropped go to stderr.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from annotate.resources import models_dir, read_table

COLUMNS = ("lemma", "pos", "particle", "object", "plover", "mode", "cameo", "future_cameo",
           "note")

# particles spaCy's parser attaches to a verb as `prt` (in, on, for, at, with are mostly
# prepositions: a row requiring them would rarely fire and never mean what the compound does)
PARTICLES = {"off", "out", "up", "down", "back", "over", "away"}

# Verbs the rules above propose that a reader rejected, by the reason: in news they are mostly
# used in a sense that is no event, or for an event the synset's code does not describe. The
# review is by the word's meaning, never by a sentence of a development file.
REJECTED_ON_REVIEW = {
    # mental states, plans and efforts, not acts towards another party (HOPE, INTEND, PREPARE,
    # STRIVE, CONSIDER, DISTRUST, PREDICT synsets)
    "desire", "hope", "aim", "determine", "endeavor", "endeavour", "strive", "expect", "mean",
    "want", "need", "prepare", "gear", "groom", "contemplate", "excogitate", "meditate", "mull",
    "muse", "ponder", "reason", "reconsider", "ruminate", "speculate", "think", "weigh",
    "distrust", "suspect", "oppugn", "esteem", "prize", "respect", "admire", "appreciate",
    "prefer", "favor", "favour", "abhor", "despair", "regret",
    # speech verbs and general communication (the event is the content)
    "suggest", "hint", "counsel", "advocate", "communicate", "promulgate", "swear", "aver",
    "avow", "vouch", "certify", "confess", "confide", "profess", "reveal", "expose", "unveil",
    "learn", "hear", "find", "acquaint", "introduce", "insert", "innovate", "elicit",
    "reinvite", "cable", "notify", "apprise", "apprize",
    # promise and advice verbs that mostly introduce a clause, like speech verbs ("assured him
    # that", "recommended that he be tried"): the event is the content
    "assure", "guarantee", "advise", "recommend",
    # movement, presence and gathering (GO_SOMEWHERE, ARRIVE, ASSEMBLE): travel, crowds,
    # people living somewhere; a visit or a protest is coded by its own words
    "approach", "depart", "egress", "embark", "journey", "leave", "attend", "assemble",
    "amass", "cluster", "conglomerate", "congregate", "conjoin", "constellate", "converge",
    "flock", "gather", "join", "unite", "encounter", "face", "brave", "confront", "interact",
    "inhabit", "reside", "infest", "circle", "ring", "surround", "parade", "garner", "drum",
    "muster",
    # general verbs of doing, managing, giving, changing and joining (the 050, 060 and 070
    # synsets: INFLUENCE, COORDINATE, BARGAIN, REJOICE, AID, ALLOCATE, BOOST, ENACT, ENLIST,
    # FACILITATE, GRANT, LINK, MERGE, OVERSEE_MANAGE, TRADE, INTERVENE, STABILISE)
    "advertise", "advertize", "promote", "affect", "impact", "influence", "persuade", "tempt",
    "associate", "concert", "conform", "coordinate", "correlate", "harmonise", "harmonize",
    "integrate", "orchestrate", "organise", "organize", "synchronise", "synchronize",
    "unionise", "unionize", "bargain", "barter", "haggle", "exuberate", "exult", "rejoice",
    "triumph", "help", "assist", "serve", "benefit", "allot", "apportion", "assign", "task",
    "amplify", "augment", "compound", "enhance", "enlarge", "escalate", "exaggerate",
    "heighten", "intensify", "magnify", "redouble", "constitute", "enact", "institute",
    "enlist", "enroll", "abate", "ameliorate", "appease", "assuage", "expediate", "facilitate",
    "mitigate", "simplify", "bequeath", "bestow", "endow", "entrust", "loan", "attach", "bind",
    "chain", "connect", "link", "relate", "blend", "coalesce", "combine", "conflate", "fuse",
    "merge", "unify", "administer", "command", "conduct", "control", "dictate", "direct",
    "enjoin", "govern", "handle", "head", "lead", "manage", "oversee", "prescribe",
    "regulate", "steer", "supervise", "supervize", "trade", "interfere", "intervene",
    "stabilise", "stabilize", "attire", "equip", "furnish", "outfit", "render", "stock",
    "tender", "guard", "protect", "safeguard", "shield", "tend", "ward", "shelter",
    # examining and searching: mostly journalists', scientists' or police work, not an
    # investigation of a party (INSPECT, PROBE, SEARCH)
    "analyse", "ascertain", "audit", "check", "comb", "dig", "examine", "explore", "glance",
    "look", "mine", "monitor", "rake", "reexamine", "research", "scan", "scrutinize", "search",
    "skim", "study", "sweep", "unearth", "spy",
    # permission, compliance and settling in general (ALLOW, SUBMIT, COMPROMISE, LOOSEN,
    # RETREAT, RELEASE): laws passed, rules obeyed, papers submitted, knots undone
    "authorize", "clear", "countenance", "empower", "enable", "legislate", "pass", "tolerate",
    "verify", "abide", "bide", "fill", "obey", "satify", "submit", "succumb", "bow",
    "compromise", "hash", "intermediate", "resolve", "settle", "disentangle", "tease", "undo",
    "untie", "unloose", "emancipate", "detach", "disconnect", "disengage", "draw", "get",
    "recede", "retire", "unblock", "concession", "declassify", "decriminalise",
    "decriminalize", "legalise", "legalize", "vindicate", "formalize", "forgave",
    # praise and encouragement words mostly used of moods, holidays and crowds (ACCLAIM,
    # ENCOURAGE, BLESS, LEGITIMISE)
    "bless", "sanctify", "celebrate", "commemorate", "cheer", "clap", "toast", "embolden",
    "encourage", "enliven", "galvanize", "inspire", "invigorate", "revitalize", "rouse",
    "spur", "felicitate", "honor", "honour", "reward", "legitimise", "legitimize", "reassure",
    # appeals and demands in general (HOPE, SUGGEST, DEMAND, UTILIZE, SELECT, REVIVE, OFFER)
    "apply", "adjure", "bid", "campaign", "crusade", "decree", "necessitate", "volunteer",
    "vote", "subscribe", "ensure", "resurrect", "resuscitate", "revive",
    # disagreement, sorrow and shame words mostly used of feelings, games and lawsuits
    # (VERBAL_CONFLICT, LAMENT, DISMAY, DISGRACE, CURSE)
    "challenge", "compete", "contend", "contest", "contradict", "contrast", "contravene",
    "counter", "counterbalance", "differ", "cry", "grieve", "mourn", "wail", "weep", "whine",
    "disappoint", "discourage", "dishearten", "dismay", "sadden", "slight", "debase",
    "defile", "degrade", "disgrace", "humble", "humiliate", "blaspheme", "curse", "grill",
    "renounce", "crucify", "lecture", "compensate", "caution", "endanger", "debate",
    # hindering and failing in general (DELAY, OVERRULE, FAIL, EVACUATE, DISRUPT, UNDERMINE)
    "defer", "forestall", "hamper", "hinder", "impede", "inhibit", "obstruct", "prevent",
    "procrastinate", "remit", "retard", "stall", "stymie", "table", "override", "fail",
    "defect", "betray", "countermine", "disarray", "disassociate", "disorder", "disrupt",
    "sabotage", "undermine", "secede",
    # taking, confining and removing in general, mostly crime, sport or office (APPREHEND,
    # EXTRACT, TAKE_CONTROL, TAKE_PROPERTY, FINE, CONFINE, DEPORT)
    "appropriate", "catch", "extract", "grab", "nab", "overturn", "pirate", "pluck",
    "revolutionise", "revolutionize", "snatch", "steal", "subvert", "usurp", "disallow",
    "fine", "tax", "confine", "oust",
    # harm and defeat in general, mostly sport, disasters, figures of speech or casualties of
    # another event (DESTROY, HURT, PHYSICAL_CONFLICT, KILL, DIE, ENGAGE, RAPE)
    "altercate", "bust", "clobber", "combat", "conflict", "crush", "decimate", "defeat",
    "desolate", "despoil", "destroy", "devastate", "die", "dominate", "duel", "engage",
    "eradicate", "flatten", "foray", "grapple", "hammer", "hang", "master", "match",
    "obliterate", "overcome", "overpower", "overshadow", "overtake", "overwhelm", "pelt", "pit",
    "quarrel", "ravage", "ravish", "reave", "ruin", "shatter", "siege", "smash", "snipe",
    "square", "stamp", "string", "struggle", "surmount", "target", "thump", "wipe", "injure",
    "dishonor", "dishonour",
    # words news uses far more often as nouns ("gang rape", "a border dispute", "the bar"),
    # where the tagger's verb readings are mostly errors
    "rape", "stone", "ram", "bar", "blitz", "skirmish", "dispute",
    # words whose business or figurative sense is common in news: companies cede market share
    # and ground, brand products and solicit bids or proxies
    "cede", "brand", "solicit",
    # a code against CAMEO's own definitions: dynamite is an explosive (183), not small arms
    "dynamite",
}

HEADER = """\
# actions_petrarch.tsv - trigger rows derived from PETRARCH-2's CAMEO verb dictionary.
#
# GENERATED by models/tools/petrarch_verbs.py from PETRARCH-2's dictionary
# petrarch2/data/dictionaries/CAMEO.2.0.txt (openeventdata/petrarch2, commit 486cb96); do not
# edit by hand, run the script again (its docstring says how). The columns are those of
# actions.tsv (see its header for what each means); `note` names the dictionary synset and the
# CAMEO code a row came from.
#
# How rows were chosen (precision first; PETRARCH-2 itself over-generates): the verb lines of
# the dictionary's synsets (not its patterns); single-word verbs and verb + particle compounds
# (off, out, up, down, back, over, away); coded with the verb's own code or else its synset's,
# only where actions.tsv uses that CAMEO code for a verb with a PLOVER type (the row takes that
# type, mode and future code; no mode where only rows with an object constraint give one);
# not a verb actions.tsv or actions_wordnet.tsv lists or actions.tsv leaves out on purpose;
# not a verb the dictionary also lists in an uncoded synset or codes differently in two
# synsets; tagged VERB with itself as lemma by en_core_web_sm; unless a reader rejected it
# (the script's REJECTED_ON_REVIEW, by the word's meaning).
# actions.tsv and actions_wordnet.tsv are read first and always win: these rows only add verbs
# they lack.
#
# The rows are derived from PETRARCH-2's dictionary, distributed under the MIT License:
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
"""

SYNSET = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB_LINE = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?")


def active_code(code: str | None) -> str | None:
    """The code PETRARCH-2 gives the verb's subject as actor: "042:043" -> "042"; an uncoded
    ("---") or passive-only (":110") code -> None."""
    if not code:
        return None
    code = code.split(":")[0].strip()
    return code if code.isdigit() else None


def read_verbs(text: str) -> list[tuple[str, str, str, str | None]]:
    """The dictionary's verb lines: (synset, synset code, entry, the verb's own code or None).
    Entries are lower case, a compound's parts joined by a space ("crack down")."""
    entries: list[tuple[str, str, str, str | None]] = []
    synset: tuple[str, str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        header = SYNSET.match(line)
        if header:
            synset = (header.group(1), header.group(2).strip())
            continue
        if synset is None or not line or line.startswith(("-", " ", "~", "&")):
            continue
        verb = VERB_LINE.match(line.strip())
        if verb:
            word = verb.group(1).lstrip("+").strip("_").replace("_", " ").lower()
            entries.append((synset[0], synset[1], word, verb.group(3)))
    return entries


def left_out_on_purpose(path: Path) -> set[str]:
    """The words actions.tsv's header LEAVES OUT ON PURPOSE (`quoted` in that section)."""
    words: set[str] = set()
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if "LEFT OUT ON PURPOSE" in line:
            inside = True
        elif inside:
            words.update(w for w in re.findall(r"`([a-z/ ]+)`", line) for w in w.split("/"))
    return {w.strip() for w in words if w.strip() and " " not in w.strip()}


def code_table(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """CAMEO code -> the PLOVER type, mode and future code actions.tsv's verb rows give it:
    the most frequent combination among its rows without an object constraint (the first in
    file order on a tie); for a code only constrained rows use, their type and future code
    without the mode, which there describes the object ("weapons")."""
    free: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    constrained: dict[str, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for row in rows:
        if row["pos"] == "VERB" and row["plover"] and row["cameo"] != "-":
            seen = constrained if row["object"] or row["particle"] else free
            seen[row["cameo"]][(row["plover"], row["mode"], row["future_cameo"])] += 1
    table = {code: (plover, "", future)
             for code, counts in constrained.items()
             for (plover, _, future), _n in counts.most_common(1)}
    table.update({code: counts.most_common(1)[0][0] for code, counts in free.items()})
    return {code: dict(zip(("plover", "mode", "future_cameo"), value))
            for code, value in table.items()}


def spacy_verbs(words: set[str]) -> set[str]:
    """The words the annotator's spaCy model (en_core_web_sm 3.8) tags VERB with themselves as
    lemma in "They will X."."""
    import spacy

    from annotate.pipeline.model import resolve_model_name

    nlp = spacy.load(resolve_model_name(), disable=["ner", "parser"])
    kept = set()
    for word, doc in zip(sorted(words), nlp.pipe(f"They will {w}." for w in sorted(words))):
        token = doc[2]
        if token.pos_ == "VERB" and token.lemma_.lower() == word:
            kept.add(word)
    return kept


def derive(text: str, curated: list[dict[str, str]], supplements: list[dict[str, str]],
           left_out: set[str], is_verb=spacy_verbs) -> tuple[list[dict[str, str]], Counter]:
    """Candidate rows, and how many entries each rule dropped."""
    codes = code_table(curated)
    listed = {r["lemma"].lower() for r in curated + supplements if r["pos"] == "VERB"}
    dropped: Counter[str] = Counter()
    found: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # entry -> code -> source
    uncoded: set[str] = set()
    for name, synset_code, entry, own in read_verbs(text):
        parts = entry.split()
        if len(parts) > 2 or (len(parts) == 2 and parts[1] not in PARTICLES):
            dropped["phrase or preposition compound"] += 1
            continue
        code = active_code(own) if own is not None else active_code(synset_code)
        if own is None and active_code(synset_code) is None:
            uncoded.add(entry)
            dropped["uncoded synset"] += 1
            continue
        if code is None:
            dropped["uncoded verb"] += 1
            continue
        found[entry][code] = (name, synset_code)
    rows: list[dict[str, str]] = []
    candidates: dict[str, tuple[str, tuple[str, str]]] = {}
    for entry, by_code in found.items():
        lemma = entry.split()[0]
        if entry in uncoded:
            dropped["also in an uncoded synset"] += 1
        elif len(by_code) > 1:
            dropped["two codes"] += 1
        elif lemma in listed or lemma in left_out:
            dropped["listed by the lexicon"] += 1
        elif lemma in REJECTED_ON_REVIEW:
            dropped["rejected on review"] += 1
        else:
            ((code, source),) = by_code.items()
            if code not in codes:
                dropped["code without a PLOVER row"] += 1
            else:
                candidates[entry] = (code, source)
    verbs = is_verb({entry.split()[0] for entry in candidates})
    for entry, (code, (name, synset_code)) in candidates.items():
        lemma, *particle = entry.split()
        if lemma not in verbs:
            dropped["not a verb lemma"] += 1
            continue
        own = "" if code == active_code(synset_code) else f", the verb's own code {code}"
        rows.append({"lemma": lemma, "pos": "VERB", "particle": "".join(particle), "object": "",
                     **codes[code], "cameo": code,
                     "note": f"PETRARCH-2 synset {name} [{synset_code}]{own}"})
    rows.sort(key=lambda r: (r["cameo"], r["lemma"], r["particle"]))
    return rows, dropped


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_file():
        print("usage: petrarch_verbs.py CAMEO.2.0.txt (PETRARCH-2's verb dictionary)",
              file=sys.stderr)
        return 2
    text = Path(argv[1]).read_text(encoding="utf-8", errors="replace")
    rows, dropped = derive(text, read_table("actions.tsv"), read_table("actions_wordnet.tsv"),
                           left_out_on_purpose(models_dir() / "actions.tsv"))
    sys.stdout.write(HEADER)
    sys.stdout.write("\t".join(COLUMNS) + "\n")
    for row in rows:
        sys.stdout.write("\t".join(row[c] for c in COLUMNS) + "\n")
    for reason, count in sorted(dropped.items()):
        print(f"dropped ({reason}): {count}", file=sys.stderr)
    print(f"{len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
