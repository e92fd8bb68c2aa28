"""Precision, recall and F1 from counts, shared by every layer's scorer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    true_positives: float = 0
    predicted: float = 0
    gold: float = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, true_positives: float, predicted: float, gold: float) -> None:
        self.true_positives += true_positives
        self.predicted += predicted
        self.gold += gold

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "true_positives": self.true_positives,
                "predicted": self.predicted, "gold": self.gold}
