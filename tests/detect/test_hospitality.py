"""Restaurants, hotels, delivery: venues named after their cook, menu lines, kitchen logs.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    "text",
    [
        'dispatch.pickup restaurant="Chez Marcel" addr="217 Collins Ave"',
        "jag besökte Trattoria da Enzo den fredag och blev mycket besviken.",
        "Your table at Osteria Bellavista is confirmed for 9 Sep 2026.",
    ],
)
def test_a_restaurant_named_after_its_cook(ner_detector: Detector, text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_a_counted_dish_is_no_one(ner_detector: Detector) -> None:
    text = "2 x Tiramisu                $8.12\n1 x Margherita 12in         $35.62\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_a_sensor_log_row_opens_with_its_stamp(detector: Detector) -> None:
    text = (
        "HACCP-Temperaturprotokoll\nGerät | Temp. | Status\n"
        "2024-12-26 19:24 | Freezer 2 | -22.1 °C | OK\n"
        "2024-12-26 22:10 | Saladette | 1.9 °C | OK\n"
    )
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))
    # a date and time in a sentence stays a date
    assert ("DATE_TIME", "2024-12-26 22:10") in found(detector, "Delivery on 2024-12-26 22:10.")
