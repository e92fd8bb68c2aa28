"""Verbs beyond the codebook: the lexicon rows derived from PETRARCH-2's CAMEO verb dictionary
(models/tools/petrarch_verbs.py -> models/actions_petrarch.tsv) and what they code in
sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.actions.lexicon import load_lexicon
from annotate.resources import read_table

from ..conftest import ROOT, coded, load_tool

Annotate = Callable[..., dict[str, Any]]

petrarch_verbs = load_tool("petrarch_verbs")

# A made-up dictionary in the format of CAMEO.2.0.txt: synonym sets first, then synsets.
DICTIONARY = """\
# A made-up verb dictionary for a test.
&WEAPON
+ROCKET

####### VERB PATTERNS #######

---  SCOLD_SET   [111]  ---
BERATE  # a comment
CHIDE {CHIDES CHIDED CHIDING }
GRUMBLE [110]
+TELL_OFF {+TELLS_OFF +TOLD_OFF}
+SCOFF_AT
- * POLICY                                            [111]         # CHIDE

---  MOVE_SET   [---]  ---
BUDGE
SHOVE [190]
- * &WEAPON                                           [154]         # BUDGE

---  VISIT_SET   [042:043]  ---
DROPIN

---  PASSIVE_SET   [:110]  ---
APPALL

---  STATEMENTS   [010]  ---
MURMUR

---  TWO_A   [111]  ---
NAG

---  TWO_B   [190]  ---
NAG

---  UNCODED_TOO   [---]  ---
BERATE
"""

CURATED = [
    {"lemma": "rebuke", "pos": "VERB", "particle": "", "object": "", "plover": "ACCUSE",
     "mode": "disapprove", "cameo": "111", "future_cameo": "111", "note": ""},
    {"lemma": "complain", "pos": "VERB", "particle": "", "object": "", "plover": "ACCUSE",
     "mode": "disapprove", "cameo": "110", "future_cameo": "110", "note": ""},
    {"lemma": "shove", "pos": "VERB", "particle": "", "object": "", "plover": "ASSAULT",
     "mode": "", "cameo": "190", "future_cameo": "1384", "note": ""},
    {"lemma": "visit", "pos": "VERB", "particle": "", "object": "", "plover": "CONSULT",
     "mode": "visit", "cameo": "042", "future_cameo": "036", "note": ""},
    {"lemma": "mutter", "pos": "VERB", "particle": "", "object": "", "plover": "",
     "mode": "", "cameo": "010", "future_cameo": "010", "note": ""},
]


def derive(curated: list[dict[str, str]] = CURATED, supplements: list[dict[str, str]] = (),
           left_out: set[str] = frozenset()) -> tuple[list[dict[str, str]], Any]:
    return petrarch_verbs.derive(DICTIONARY, list(curated), list(supplements), set(left_out))


def test_synset_verbs_get_the_codes_the_curated_lexicon_gives_their_cameo_code() -> None:
    rows, _ = derive()
    got = {(r["lemma"], r["particle"]): (r["cameo"], r["plover"], r["mode"]) for r in rows}
    assert got[("chide", "")] == ("111", "ACCUSE", "disapprove")
    assert got[("grumble", "")] == ("110", "ACCUSE", "disapprove")  # the verb's own code wins
    assert got[("tell", "off")] == ("111", "ACCUSE", "disapprove")  # verb + particle
    assert got[("dropin", "")] == ("042", "CONSULT", "visit")  # the active code of a:b
    assert "PETRARCH-2 synset SCOLD_SET [111]" in next(
        r["note"] for r in rows if r["lemma"] == "chide")


def test_what_the_rules_leave_out() -> None:
    rows, dropped = derive()
    lemmas = {r["lemma"] for r in rows}
    assert "berate" not in lemmas  # also listed, without a code, in an uncoded synset
    assert "budge" not in lemmas  # an uncoded synset; its pattern is not read
    assert "shove" not in lemmas  # the curated lexicon lists it
    assert "scoff" not in lemmas  # a preposition compound ("scoff at")
    assert "appall" not in lemmas  # a passive-only code
    assert "murmur" not in lemmas  # CAMEO 01: no PLOVER type
    assert "nag" not in lemmas  # two synsets, two codes
    assert dropped["two codes"] == 1 and dropped["uncoded synset"] == 3


def test_supplements_left_out_words_and_rejected_words_give_nothing() -> None:
    chide = {"lemma": "chide", "pos": "VERB"}
    assert "chide" not in {r["lemma"] for r in derive(supplements=[chide])[0]}
    assert "chide" not in {r["lemma"] for r in derive(left_out={"chide"})[0]}
    assert {"recommend", "cede", "notify"} <= petrarch_verbs.REJECTED_ON_REVIEW


def test_codes_only_constrained_rows_use_keep_the_type_but_not_the_objects_mode() -> None:
    table = petrarch_verbs.code_table([
        {"lemma": "mass", "pos": "VERB", "particle": "", "object": "troop|tank",
         "plover": "MOBILIZE", "mode": "troops", "cameo": "154", "future_cameo": ""}])
    assert table["154"] == {"plover": "MOBILIZE", "mode": "", "future_cameo": ""}


def test_the_left_out_words_are_read_from_the_lexicon_header() -> None:
    left_out = petrarch_verbs.left_out_on_purpose(ROOT / "models" / "actions.tsv")
    assert {"insist", "plan", "intend", "decide"} <= left_out


def test_the_script_says_how_to_call_it(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    assert petrarch_verbs.main(["petrarch_verbs.py"]) == 2
    assert "usage: petrarch_verbs.py CAMEO.2.0.txt" in capsys.readouterr().err
    assert petrarch_verbs.main(["petrarch_verbs.py", str(tmp_path / "missing.txt")]) == 2


def test_the_generated_file_adds_only_verbs_the_other_files_lack() -> None:
    rows = read_table("actions_petrarch.tsv")
    assert rows, "the generated file has rows"
    listed = {r["lemma"] for r in read_table("actions.tsv") + read_table("actions_wordnet.tsv")
              if r["pos"] == "VERB"}
    assert not {r["lemma"] for r in rows} & listed
    assert not {r["lemma"] for r in rows} & petrarch_verbs.REJECTED_ON_REVIEW
    assert all(r["plover"] and r["cameo"][:2] != "01" for r in rows)


def test_the_lexicon_reads_the_derived_rows_after_the_curated_ones() -> None:
    lexicon = load_lexicon()
    assert lexicon.select("ransack", "VERB", set(), set()) is not None
    assert load_lexicon(supplements=()).select("ransack", "VERB", set(), set()) is None
    # a particle row: "lashed out" is criticism, plain "lash" is nothing
    assert lexicon.select("lash", "VERB", {"out"}, set()) is not None
    assert lexicon.select("lash", "VERB", set(), set()) is None


@pytest.mark.parametrize("text, expected", [
    ("Rebels wrested control of the provincial capital from government forces on Monday.",
     ("wrested", "171", "COERCE")),
    ("Government troops repelled a rebel assault on the northern garrison overnight.",
     ("repelled", "190", "ASSAULT")),
    ("Militiamen ransacked the offices of the electoral commission in Kabul on Saturday.",
     ("ransacked", "190", "ASSAULT")),
    ("Opposition lawmakers lashed out at the prime minister on Thursday.",
     ("lashed", "111", "ACCUSE")),
    ("The rebels relinquished control of the border crossing to U.N. peacekeepers.",
     ("relinquished", "080", "CONCEDE")),
])
def test_derived_verbs_code_their_event(annotate: Annotate, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert [action[:3] for action in coded(annotate(text))] == [expected]


def test_derived_verbs_with_their_parties(annotate: Annotate) -> None:
    record = annotate("The French foreign minister derided the Russian proposal as a stunt.")
    assert coded(record) == [("derided", "111", "ACCUSE", "FRA", "RUS", "asserted", False)]
    record = annotate("Israeli authorities evicted a Palestinian family from its home.")
    assert coded(record) == [("evicted", "174", "COERCE", "ISR", "PSE", "asserted", False)]
    record = annotate("Nigerian police gunned down two suspected kidnappers in Lagos.")
    assert coded(record)[0][:4] == ("gunned", "193", "ASSAULT", "NGA")
    record = annotate("The U.N. Security Council convened an emergency session on Syria.")
    assert coded(record) == [("convened", "042", "CONSULT", "IGO", "SYR", "asserted", False)]


@pytest.mark.parametrize("text", [
    "Heavy rain lashed the coast of Florida on Sunday.",  # lash without its particle
    "Officials assured reporters that the bridge was safe.",  # a promise verb as speech
    "Engineers examined the damaged bridge on Tuesday.",  # examining in general
    "Thousands gathered in the main square to celebrate the new year.",  # gatherings
    "The two countries have a long border dispute.",  # a noun the tagger may call a verb
    "The company notified its customers of the price increase.",  # general communication
    "Brewers ceded market share to their larger rivals last year.",  # a business sense
])
def test_sentences_with_rejected_senses_have_no_action(annotate: Annotate, text: str) -> None:
    assert annotate(text)["actions"] == []


@given(st.text(max_size=400))
def test_any_text_reads_as_a_dictionary_without_error(text: str) -> None:
    for _synset, _code, entry, _own in petrarch_verbs.read_verbs("---  S   [111]  ---\n" + text):
        assert entry == entry.lower() and entry.strip() == entry
