"""A benchmark corpus of realistic wire stories, varied from the samples by substitution.

Each story joins paragraphs of two or three samples, then swaps countries, capitals, people,
weekdays and numbers, so that no two stories are copies and the vocabulary keeps growing the
way a real archive's does. Lengths stay in the 400-900 word range of wire copy.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

COUNTRIES = [("Poland", "Warsaw", "Polish"), ("Russia", "Moscow", "Russian"),
             ("France", "Paris", "French"), ("Germany", "Berlin", "German"),
             ("Ukraine", "Kyiv", "Ukrainian"), ("Iran", "Tehran", "Iranian"),
             ("Turkey", "Ankara", "Turkish"), ("Japan", "Tokyo", "Japanese"),
             ("Brazil", "Brasilia", "Brazilian"), ("India", "New Delhi", "Indian"),
             ("Egypt", "Cairo", "Egyptian"), ("Canada", "Ottawa", "Canadian"),
             ("Spain", "Madrid", "Spanish"), ("Kenya", "Nairobi", "Kenyan")]
GIVEN = ["Anna", "Marek", "Lucia", "Pavel", "Amir", "Yuki", "Carlos", "Nadia", "Tomas", "Leila",
         "Oskar", "Ines", "Rahul", "Sofia", "Emre", "Grace"]
FAMILY = ["Novak", "Petrov", "Moreau", "Keller", "Haddad", "Tanaka", "Silva", "Kaur", "Demir",
          "Okafor", "Lindqvist", "Costa", "Brandt", "Varga", "Mendes", "Sato"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CAST = re.compile(r"\b(Berezin|Orlov|Zharkov|Whitfield|Hale|Reyes|Marchand|Hrytsenko|Albrecht|"
                  r"Wierzbicki|Vermeulen|Eklund|Tavakoli|Aydın)\b")


def _paragraphs() -> list[list[str]]:
    return [[p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
            for path in sorted(SAMPLES.glob("*.txt"))]


def make_story(number: int, stories: list[list[str]]) -> str:
    rng = random.Random(number)
    target = rng.randint(420, 850)
    parts: list[str] = []
    length = 0
    for paragraph in (p for story in rng.sample(stories, 4) for p in story):
        size = len(paragraph.split())
        if length + size > 900:
            continue
        parts.append(paragraph)
        length += size
        if length >= target:
            break
    text = "\n\n".join(parts)
    swaps = rng.sample(COUNTRIES, 2)
    for (name, capital, demonym), (new_name, new_capital, new_demonym) in zip(COUNTRIES[:2], swaps):
        text = text.replace(name, new_name).replace(capital, new_capital).replace(demonym, new_demonym)
    people = {}
    text = CAST.sub(lambda m: people.setdefault(m[0], rng.choice(FAMILY) + rng.choice(["", "ski", "ova", "er"])), text)
    text = re.sub(r"\b(Nikolai|Dmitry|Anton|Thomas|Margaret|Daniel|Hélène|Oksana|Katrin|Tomasz)\b",
                  lambda m: rng.choice(GIVEN), text)
    text = re.sub(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday)\b",
                  lambda m: rng.choice(WEEKDAYS), text)
    text = re.sub(r"\b(\d{1,3})\b", lambda m: str(int(m[1]) + rng.randint(0, 9)), text)
    return f"Story {number}: {text}"


def write_corpus(path: Path, count: int) -> Path:
    """Write ``count`` stories as JSONL (id, text, date) and return the path."""
    stories = _paragraphs()
    with path.open("w", encoding="utf-8") as stream:
        for number in range(count):
            record = {"id": f"bench-{number:05d}", "text": make_story(number, stories),
                      "date": f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}"}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
