"""Logistics records: gate logs, consignment notes, delivery slips and route sheets, where a
name is often written "SURNAME, Given" (in capitals too) after a key, a title or a role
word. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "2025-11-01 19:59:49,544 GATE-OUT lane 11 truck HH-DC 1181 cntr CSNU4634320 "
            "driver Delacroix, Mathieu lic 7146021804 haulier BlueHarbor Logistics",
            "Delacroix, Mathieu",
        ),
        ("ROUTE 33 - January 31, 2023 - Driver: KANG, SEO-YEON - Van V25", "KANG, SEO-YEON"),
        ("Destinatario: Sig.ra AL-FARSI, LAYLA\nVia del Porto 72/A", "AL-FARSI, LAYLA"),
        ("Destinataire : M. Girard, Amélie\n113 chemin des Vignes", "Girard, Amélie"),
        ("Buyer / Consignee:\nOCAMPO, XÓCHITL\n9394 Summer Grove Blvd", "OCAMPO, XÓCHITL"),
        ("| 1 | 08:30-09:30 | AL-FARSI, KARIM | Flat 2, 161 Church Lane |", "AL-FARSI, KARIM"),
    ],
)
def test_surname_comma_given_name_in_logistics_fields(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title before a surname and a word that is no given name: the surname alone
        ("Zuständig: Herr Bauer, Durchwahl (0341) 429 0364.", "Bauer, Durchwahl"),
        # a department, then a name with its particle: no "Department, Given" name
        (
            "Rückfragen: Personalabteilung, Jörg von Bülow, Tel. +49 (0)89 77875-742",
            "Personalabteilung, Jörg",
        ),
        # capitals that are a town and its country
        ("Port of loading: ROTTERDAM, NETHERLANDS\n", "ROTTERDAM, NETHERLANDS"),
    ],
)
def test_comma_names_stay_out_of_other_fields(detector: Detector, text: str, wrong: str) -> None:
    assert ("PERSON", wrong) not in found(detector, text)
