"""Every module reads models/ through annotate.resources, which finds the folder both in a
source checkout and in an installed wheel (where it ships as annotate/models). A path built
from a module's own location works only in a checkout, so the tests of an editable install
pass while an installed annotator fails on its first story."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotate"
# A path to the data folder built by hand: `... / "models"` or `parents[2]`.
_OWN_PATH = re.compile(r"""/\s*["']models["']|parents\[\d\]""")


def test_only_resources_builds_the_models_path() -> None:
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{number}"
                 for path in sorted(PACKAGE.rglob("*.py")) if path.name != "resources.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if _OWN_PATH.search(line)]
    assert offenders == []
