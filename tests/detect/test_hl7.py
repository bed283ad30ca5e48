"""HL7 v2 messages: identifiers by segment and field (positions from the HL7 v2.5.1
standard's PID, NK1, PV1, IN1 and GT1 definitions), written by hand."""

from __future__ import annotations

from veil.detect import Detector
from veil.detect._hl7 import hl7_findings

MESSAGE = "\r".join(
    [
        "MSH|^~\\&|EPIC|NORTHSIDE|LAB|NORTHSIDE|20240115083335||ADT^A04|524925768|P|2.5.1",
        "EVN||20240115083335",
        "PID|1||540-103-061^^^NORTHSIDE^MR~X99^^^OTHER^PI||SADEGHI^REZA^J||19620418|M|||"
        "7719 RIVER BEND CT #744^^PORTLAND^OR^97222^USA||(503) 555-0143^PRN^PH|||W||"
        "9499881923|582-20-7352|S1234567^OR",
        "NK1|1|SADEGHI^LEILA|SPO^Spouse|8885 HIGHLAND DR^^SACRAMENTO^CA^95850^USA|+1 916 555 0199",
        "PV1|1|E|CLIN2^480^2^NORTHSIDE||||5662085226^DAVIS^EMILY^Y^^^DR"
        + "|" * 37
        + "202512090842",
        "OBR|1|66502|NLCCYRQW|24331-1^LIPID PANEL^LN|||20230324042033",
        "IN1|1|AETNA01^Aetna Choice POS II|20737|Aetna|PO BOX 34437^^NEWARK^NJ^07141||"
        "800-555-0100|GRP87448||||20230712|20241231|||SADEGHI^REZA|01|19620418"
        + "|" * 18
        + "W286030201",
    ]
)

EXPECTED = {
    ("MEDICAL_RECORD_NUMBER", "540-103-061"),
    ("PERSON", "SADEGHI^REZA^J"),
    ("DATE_OF_BIRTH", "19620418"),
    ("ADDRESS", "7719 RIVER BEND CT #744^^PORTLAND^OR^97222^USA"),
    ("PHONE_NUMBER", "(503) 555-0143"),
    ("ACCOUNT_NUMBER", "9499881923"),
    ("US_SSN", "582-20-7352"),
    ("DRIVER_LICENSE", "S1234567"),
    ("PERSON", "SADEGHI^LEILA"),
    ("ADDRESS", "8885 HIGHLAND DR^^SACRAMENTO^CA^95850^USA"),
    ("PHONE_NUMBER", "+1 916 555 0199"),
    ("PERSON", "DAVIS^EMILY^Y"),
    ("DATE_TIME", "202512090842"),  # PV1-44: admitted, with the time of day
    ("DATE_TIME", "20230324042033"),  # OBR-7: when the specimen was taken
    ("ADDRESS", "PO BOX 34437^^NEWARK^NJ^07141"),
    ("PHONE_NUMBER", "800-555-0100"),
    ("DATE_TIME", "20230712"),
    ("DATE_TIME", "20241231"),
    ("PERSON", "SADEGHI^REZA"),
    ("HEALTH_PLAN_NUMBER", "W286030201"),
}


def test_fields_of_an_hl7_message() -> None:
    got = {(f.entity_type.value, MESSAGE[f.start : f.end]) for f in hl7_findings(MESSAGE)}
    # IN1-18 repeats the birth date: both are there, as the same value
    assert got - {("DATE_OF_BIRTH", "19620418")} == EXPECTED - {("DATE_OF_BIRTH", "19620418")}
    assert ("DATE_OF_BIRTH", "19620418") in got
    # the message's own timestamps (MSH-7, EVN-2) are machine timestamps
    assert not any(MESSAGE[f.start : f.end].startswith("20240115") for f in hl7_findings(MESSAGE))


def test_the_detector_reports_them_with_newlines_too(detector: Detector) -> None:
    text = MESSAGE.replace("\r", "\n")
    got = {(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)}
    assert got >= EXPECTED


def test_other_separators_from_msh() -> None:
    text = "MSH#*~\\&#A#B\nPID#1##77-1**H*MR##DOE*JANE##19800101"
    got = {(f.entity_type.value, text[f.start : f.end]) for f in hl7_findings(text)}
    assert got == {
        ("MEDICAL_RECORD_NUMBER", "77-1"),
        ("PERSON", "DOE*JANE"),
        ("DATE_OF_BIRTH", "19800101"),
    }


def test_text_that_only_looks_like_hl7() -> None:
    for text in [
        "PID|1||123||DOE^JOHN",  # no MSH: not a message
        "MSH is the header segment; PID|5 is the name",
        "MSHA|x|y\nPID|1||123||DOE^JOHN",
        "",
    ]:
        assert hl7_findings(text) == []


def test_an_ssn_written_in_the_account_field() -> None:
    msg = (
        "MSH|^~\\&|OCC|HV|EHR|CC|20260613111811||ADT^A04|MSG976753|P|2.5.1\r"
        "PID|1||295-949-86^^^CC^MR||MENON^ADITYA||19911026|M|||||615.936.0687|||||655-51-8665\r"
    )
    got = {(f.entity_type.value, msg[f.start : f.end]) for f in hl7_findings(msg)}
    assert ("US_SSN", "655-51-8665") in got
    other = msg.replace("655-51-8665", "ACC-2291-77")
    got = {(f.entity_type.value, other[f.start : f.end]) for f in hl7_findings(other)}
    assert ("ACCOUNT_NUMBER", "ACC-2291-77") in got
