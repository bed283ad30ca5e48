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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Mette Sørensen\nØstergade 53\n9000 Aalborg\n\nFAKTURA 4422/31",
            "Østergade 53\n9000 Aalborg",
        ),
        ("Adress: Östra Hamngatan 12, 411 10 Göteborg", "Östra Hamngatan 12, 411 10 Göteborg"),
        ("Adres: Świętokrzyska 14/3\n00-050 Warszawa", "Świętokrzyska 14/3\n00-050 Warszawa"),
    ],
)
@pytest.mark.parametrize("hyperscan", [True, False])
def test_a_street_opening_with_a_letter_beyond_ascii(
    text: str, address: str, hyperscan: bool
) -> None:
    # Hyperscan's word boundary knows ASCII letters only; both engines must agree
    d = Detector(ner=False, use_hyperscan=hyperscan)
    assert ("ADDRESS", address) in found(d, text)


def test_a_pipe_table_row_with_an_empty_last_cell(detector: Detector) -> None:
    text = (
        "member_id|first_name|last_name|email|last_stay\n"
        "HV364286574|Marlene|Krüger|m.kruger@mail.example|2024-05-04\n"
        "2593219617|Iñigo|Hernández|i.hernandez@example.org|\n"
        "GLD-2204-3289|Ricardo|Morales|ricardo.morales@mail.example|\n"
    )
    got = found(detector, text)
    for name in ("Marlene", "Krüger", "Iñigo", "Hernández", "Ricardo", "Morales"):
        assert ("PERSON", name) in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dank u. Bezorger Ruud is onderweg, u kunt hem bellen.", "Ruud"),
        ("Nous avons attendu et votre serveur Emma était désagréable.", "Emma"),
        ("Il cameriere Tancredi ci ha portato il conto sbagliato.", "Tancredi"),
    ],
)
def test_staff_named_by_their_job(ner_detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Find us at 536 Rue Sainte-Catherine O, #40, Toronto, ON M5V 0R7 or call us.",
            "536 Rue Sainte-Catherine O, #40, Toronto, ON M5V 0R7",
        ),
        (
            "Venue: 1200 boulevard René-Lévesque O, Montréal, QC H3B 4W8",
            "1200 boulevard René-Lévesque O, Montréal, QC H3B 4W8",
        ),
        (
            "or by post at No. 49, Anna Salai, Mumbai, Maharashtra 400061.",
            "No. 49, Anna Salai, Mumbai, Maharashtra 400061",
        ),
        (
            "Arjun U. Chatterjee\nNo. 164, MG Road\nMumbai, Maharashtra 400899\n",
            "No. 164, MG Road\nMumbai, Maharashtra 400899",
        ),
        ("Send it to 28 Shop Street\nDublin D02 X285\n", "28 Shop Street\nDublin D02 X285"),
    ],
)
def test_canadian_indian_and_irish_addresses(detector: Detector, text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(detector, text)


def test_a_place_named_after_someone_with_a_possessive(ner_detector: Detector) -> None:
    text = "Hi James, your table at Mama Rosa's Pizzeria is confirmed. Lunch at Joe's Diner?"
    got = found(ner_detector, text)
    assert ("PERSON", "James") in got
    assert not any(v in ("Rosa", "Joe", "Pizzeria", "Diner") for _, v in got)
    # a person's possessive before a plain noun is still a person
    assert ("PERSON", "Maria") in found(ner_detector, "I met Maria's brother at the station.")
