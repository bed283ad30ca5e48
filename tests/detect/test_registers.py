"""Vital records, parish registers and family papers: keys that name a place of birth,
fields set apart by bars, possessive keys, names written with the marks of their language.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.detect._gazetteer import FoldedNames, fold, name_lists


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize("key", ["Birthplace", "Place of birth", "Abode", "Birth place"])
def test_a_place_of_birth_key_names_a_place_not_a_date(detector: Detector, key: str) -> None:
    # "Birthplace" holds "birth": it must not read as a date-of-birth key
    text = f"Mother's date of birth: 01/28/1974    {key}: Kilkenny\n"
    assert ("LOCATION", "Kilkenny") in found(detector, text)


def test_fields_set_apart_by_bars(detector: Detector) -> None:
    text = (
        "Entry 339 | Baptised: 12 May 1884\n"
        "   Father: Stanisław Kamiński | Mother: Zofia Wójcik | Abode: Wadowice\n"
    )
    got = found(detector, text)
    assert ("PERSON", "Stanisław Kamiński") in got
    assert ("PERSON", "Zofia Wójcik") in got
    assert ("LOCATION", "Wadowice") in got
    # no value runs on over the bar into the next field
    assert not any("|" in v for _, v in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("1. Child's name: McAllister, Dennis\n2. Sex: F\n", "McAllister, Dennis"),
        ("Father's name: Noboru Yoshida\n", "Noboru Yoshida"),
        ("Mother’s maiden name: Okonkwo, Adaeze\n", "Okonkwo, Adaeze"),
    ],
)
def test_a_possessive_key_asks_for_a_name(ner_detector: Detector, text: str, name: str) -> None:
    got = found(ner_detector, text)
    assert ("PERSON", name) in got
    assert not any(t == "LOCATION" for t, _ in got)  # "Yoshida" is no place here


def test_the_key_of_a_name_is_no_name(ner_detector: Detector) -> None:
    # "Baba Adı" (the father's name) and "Ana Adı" begin with given names, but are keys
    text = "Ölenin Adı Soyadı: Hatice ŞAHIN\nBaba Adı: Mustafa    Ana Adı: Zeynep\n"
    persons = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert persons == {"Hatice ŞAHIN", "Mustafa", "Zeynep"}


def test_a_placeholder_word_under_a_role_key_is_no_one(ner_detector: Detector) -> None:
    text = "PSY 201 — Research Methods | Room ENG 120 | Capacity 131 | Instructor: Staff\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))
    # a given name that is also a word, and a key that asks for a name, are believed
    assert ("PERSON", "Grace") in found(ner_detector, "Instructor: Grace\n")
    text = '{"family_name": "Price", "given_name": "Ashley"}'
    assert ("PERSON", "Price") in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "[10:15] Me: Is it ok if Mom's friend Frances M. Abernathy picks up the flowers?",
            {"Frances M. Abernathy"},
        ),
        ("Attending physician Dr. Sharma notified at 5:14 PM; NPI 1080500054.", {"Sharma"}),
        ("Gesamtbetrag 3072,00 €\n(enthält 19 % USt.)\nUSt-IdNr. DE260319465\n", set()),
    ],
)
def test_relations_titles_and_abbreviations_are_no_names(
    ner_detector: Detector, text: str, persons: set[str]
) -> None:
    assert {v for t, v in found(ner_detector, text) if t == "PERSON"} == persons


def test_names_with_the_marks_their_lists_lack(ner_detector: Detector) -> None:
    # the name sources spell "Bozena" and "Wojcik"; the register writes them in Polish
    text = "   Sponsors: Zbigniew Wójcik, Bożena Nowak | Minister: Rev. A. Nowak\n"
    got = found(ner_detector, text)
    assert ("PERSON", "Zbigniew Wójcik") in got
    assert ("PERSON", "Bożena Nowak") in got


def test_fold_and_folded_names() -> None:
    assert fold("łukasz") == "lukasz"
    assert fold("wójcik") == "wojcik"
    assert fold("gülşen") == "gulsen"
    assert fold("søren") == "soren"
    names = FoldedNames({"bozena", "wojcik"})
    assert "bożena" in names and "bozena" in names and "wójcik" in names
    assert "bożenka" not in names
    first, _last = name_lists()
    assert "małgorzata" in first
    # a common word of another language, or a place, is no name for its folded spelling
    assert "kapitän" not in first
    assert "évora" not in first


def test_an_address_under_a_key_ends_before_the_next_field_in_capitals(
    detector: Detector,
) -> None:
    text = (
        "Home address: 669 S Jefferson Boulevard, Apt 11C, Atlanta, Georgia. MR# 0315-003 | "
        "Health plan ID: HMO92813220\n"
    )
    got = found(detector, text)
    assert ("ADDRESS", "669 S Jefferson Boulevard, Apt 11C, Atlanta, Georgia") in got
    assert ("MEDICAL_RECORD_NUMBER", "0315-003") in got


def test_a_register_of_the_nineteenth_century_has_its_dates(detector: Detector) -> None:
    text = (
        "Entry 330 | Baptised: 19 Oct 1884 | Child: Elżbieta | Born: 3 Oct 1884\n"
        "## Target: Maarten de Jong (b. 27 Oct 1860, Bavaria; d. 5 May 1931, Lubbock, Texas)\n"
        "who I believe was born on 8 May 1863 in Sicily and died on 21 February 1914.\n"
    )
    got = found(detector, text)
    assert ("DATE_TIME", "19 Oct 1884") in got
    assert ("DATE_OF_BIRTH", "3 Oct 1884") in got
    assert ("DATE_OF_BIRTH", "27 Oct 1860") in got  # "b." is "born"
    assert ("DATE_TIME", "5 May 1931") in got  # "d." is not
    assert ("DATE_OF_BIRTH", "8 May 1863") in got
    # a bare year of that century is still no date, nor a numeric date
    assert not any(t.startswith("DATE") for t, _ in found(detector, "Founded 1884. Ref 3/10/1884"))


def test_a_time_range_after_a_date_is_its_own(ner_detector: Detector) -> None:
    got = found(ner_detector, "Visitation will be held December 12, 2023 from 4:00 to 7:00 PM.")
    assert {v for t, v in got if t == "DATE_TIME"} == {"December 12, 2023", "4:00", "7:00 PM"}
    # one time after "from" is still the date's own
    got = found(ner_detector, "Your cake tasting on 18 Oct 2024 from 12:00. No action needed.")
    assert ("DATE_TIME", "18 Oct 2024 from 12:00") in got


def test_times_under_their_keys(detector: Detector) -> None:
    text = (
        '<service type="visitation"><start>2024-01-14T16:45:00</start>'
        "<end>2024-01-14T18:45:00</end></service>\n"
        '  "deceasedDateTime": "2025-02-14T11:57:00Z",\n'
        "Ölüm Tarihi: 30 Temmuz 2024    Ölüm Saati: 02:22\n"
        "- Condoleance aansluitend, van 17.45 uur tot 18:45 uur\n"
    )
    got = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert {"2024-01-14T16:45:00", "2024-01-14T18:45:00", "2025-02-14T11:57:00Z"} <= got
    assert {"30 Temmuz 2024", "02:22", "17.45 uur", "18:45 uur"} <= got
    # a log's own ISO stamp stays quiet
    assert not found(detector, "2024-01-14T16:45:00 INFO worker started\n")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("URZĄD STANU CYWILNEGO W KRAKOWIE\n\nODPIS SKRÓCONY AKTU URODZENIA", "KRAKOWIE"),
        ("urodzony w Rzeszowie, syn Jana", "Rzeszowie"),
        ("mieszka we Wrocławiu od 2019 r.", "Wrocławiu"),
        ("przyjechał z Poznania do pracy", "Poznania"),
        ("Spotkanie w Katowicach, sala 3", "Katowicach"),
        ("Archiwum w Warszawie", "Warszawie"),
    ],
)
def test_polish_towns_in_their_cases(detector: Detector, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(detector, text)


@pytest.mark.parametrize("text", ["W Tym roku", "we Texans love it", "do Paris trip", "W Kowalski"])
def test_no_polish_case_of_no_town(detector: Detector, text: str) -> None:
    got = found(detector, text)
    assert not any(t == "LOCATION" and v not in {"Paris"} for t, v in got)
