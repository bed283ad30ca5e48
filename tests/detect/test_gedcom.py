"""GEDCOM genealogy files: names, places and event dates by tag."""

from __future__ import annotations

from veil.detect import Detector
from veil.detect._gedcom import gedcom_findings

GED = """0 HEAD
1 SOUR GRAMPS
2 NAME Gramps
2 VERS 5.1.6
1 DATE 2 FEB 2024
1 CHAR UTF-8
0 @U1@ SUBM
1 NAME Zeynep Aydın
0 @I1@ INDI
1 NAME Pádraig /Mac Giolla/
2 GIVN Pádraig
2 SURN Mac Giolla
1 SEX M
1 BIRT
2 DATE 26 JAN 1940
2 PLAC Cork, Ireland
1 DEAT
2 DATE 5 JAN 2023
1 RESI
2 ADDR 2428 N Cedar Pl, Providence, RI 02999
1 CHAN
2 DATE 3 MAR 2024
1 NOTE Emigrated via Ellis Island. Called "Pádraig" by family.
0 @I2@ INDI
1 NAME Ciarán /Ní Bhriain/
1 BIRT
2 DATE ABT 1948
2 PLAC Galway, Ireland
0 TRLR
"""


def _spans(text: str, fs: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    return {(f.entity_type.value, text[f.start : f.end]) for f in fs}


def test_tags_say_what_values_are() -> None:
    got = _spans(GED, gedcom_findings(GED))
    assert got == {
        ("PERSON", "Zeynep Aydın"),
        ("PERSON", "Pádraig /Mac Giolla/"),
        ("PERSON", "Pádraig"),
        ("PERSON", "Mac Giolla"),
        ("DATE_OF_BIRTH", "26 JAN 1940"),
        ("LOCATION", "Cork, Ireland"),
        ("DATE_TIME", "5 JAN 2023"),
        ("ADDRESS", "2428 N Cedar Pl, Providence, RI 02999"),
        ("PERSON", "Ciarán /Ní Bhriain/"),
        ("LOCATION", "Galway, Ireland"),
    }  # not the program's name, the file's date, the change stamp, nor "ABT 1948"
    from veil.detect._gedcom import gedcom_quiet

    assert [GED[s:e] for s, e in gedcom_quiet(GED)] == ["2 FEB 2024", "3 MAR 2024"]


def test_only_gedcom_files() -> None:
    text = "1 NAME Pádraig /Mac Giolla/\n2 PLAC Cork, Ireland\n"
    assert gedcom_findings(text) == []  # no "0 HEAD" line: not a GEDCOM file


def test_in_the_detector_a_name_comes_back_in_notes(ner_detector: Detector) -> None:
    got = _spans(GED, ner_detector.find(GED))
    assert ("PERSON", "Pádraig /Mac Giolla/") in got
    assert ("LOCATION", "Cork, Ireland") in got
    note = GED.index('"Pádraig"') + 1
    assert any(
        f.entity_type.value == "PERSON" and f.start == note for f in ner_detector.find(GED)
    )  # an accented given name found once is a name where it comes back
    assert not any(v == "Ellis Island" for t, v in got if t == "PERSON")
    assert ("DATE_TIME", "3 MAR 2024") not in got and ("DATE_TIME", "2 FEB 2024") not in got
