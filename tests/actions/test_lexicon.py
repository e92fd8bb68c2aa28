"""The trigger lexicon: complete, well-formed, and rows chosen as its header says."""

from annotate.actions.lexicon import QUADS, load_lexicon, quad_of

PLOVER_TYPES = set(QUADS)


def test_every_cameo_root_has_triggers() -> None:
    roots = {rule.root for rules in load_lexicon().rules.values() for rule in rules
             if not rule.no_event}
    assert roots == set(range(1, 21))


def test_rows_are_well_formed() -> None:
    for rules in load_lexicon().rules.values():
        for rule in rules:
            assert rule.pos in ("VERB", "NOUN", "ADJ"), rule
            assert rule.no_event or rule.cameo.isdigit() and len(rule.cameo) in (3, 4), rule
            assert rule.plover is None or rule.plover in PLOVER_TYPES, rule


def test_object_constrained_row_wins() -> None:
    lexicon = load_lexicon()
    diplomats = lexicon.select("expel", "VERB", set(), {"diplomat"})
    journalists = lexicon.select("expel", "VERB", set(), {"journalist"})
    assert diplomats is not None and diplomats.cameo == "161"
    assert journalists is not None and journalists.cameo == "174"


def test_particle_rows_need_their_particle() -> None:
    lexicon = load_lexicon()
    called_off = lexicon.select("call", "VERB", {"off"}, {"talk"})
    assert called_off is not None and called_off.root == 16
    without = lexicon.select("call", "VERB", set(), {"talk"})  # "called for talks"
    assert without is None or without.root != 16


def test_quads_follow_plover_and_cameo() -> None:
    assert quad_of("SANCTION", "161") == "material conflict"
    assert quad_of("CONSULT", "041") == "verbal cooperation"
    assert quad_of(None, "010") == "verbal cooperation"
    assert quad_of(None, "120") == "verbal conflict"
