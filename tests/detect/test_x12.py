"""ASC X12 837 claims: identifiers by segment and element (positions from the 005010X222A1
implementation guide), written by hand."""

from __future__ import annotations

from veil.detect import Detector
from veil.detect._x12 import x12_findings

CLAIM = "\n".join(
    [
        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*CLAIMSCO       *250330*1922*^*"
        "00501*414829444*0*P*:~",
        "GS*HC*SENDER*RECEIVER*20250330*0611*6326*X*005010X222A1~",
        "ST*837*8309*005010X222A1~",
        "NM1*85*2*NORTHWEST ORTHO PC*****XX*5039254073~",
        "PER*IC*EMILY WHITE*TE*4539952591*FX*4539952592~",
        "NM1*IL*1*DEMIR*MEHMET*N***MI*CF97636W~",
        "N3*7505 JEFFERSON ROAD*APT 4~",
        "N4*TUCSON*AZ*85776~",
        "DMG*D8*19830603*M~",
        "REF*SY*582207352~",
        "REF*0F*ZGP19266861~",
        "REF*1L*974391~",
        "DTP*472*D8*20220116~",
        "SE*31*8085~",
        "IEA*1*808418382~",
    ]
)


def test_elements_of_a_claim() -> None:
    got = {(f.entity_type.value, CLAIM[f.start : f.end]) for f in x12_findings(CLAIM)}
    assert got == {
        ("PERSON", "EMILY WHITE"),
        ("PHONE_NUMBER", "4539952591"),
        ("PHONE_NUMBER", "4539952592"),
        ("PERSON", "DEMIR*MEHMET*N"),
        ("HEALTH_PLAN_NUMBER", "CF97636W"),
        ("ADDRESS", "7505 JEFFERSON ROAD*APT 4"),
        ("LOCATION", "TUCSON"),
        ("LOCATION", "AZ"),
        ("DATE_OF_BIRTH", "19830603"),
        ("US_SSN", "582207352"),
        ("HEALTH_PLAN_NUMBER", "ZGP19266861"),  # an 834's subscriber number, not its group
        ("DATE_TIME", "20220116"),
    }
    # the organisation (NM1*85*2) and the interchange's own dates are none of these
    assert not any("NORTHWEST" in CLAIM[f.start : f.end] for f in x12_findings(CLAIM))


def test_detector_reports_them(detector: Detector) -> None:
    got = {(f.entity_type.value, CLAIM[f.start : f.end]) for f in detector.find(CLAIM)}
    assert {("DATE_OF_BIRTH", "19830603"), ("HEALTH_PLAN_NUMBER", "CF97636W")} <= got


def test_not_an_interchange() -> None:
    for text in ["ISA is a header", "NM1*IL*1*DOE*JOHN~", "ISA*00*short~", ""]:
        assert x12_findings(text) == []


def test_a_subscriber_number_that_is_an_ssn() -> None:
    text = CLAIM.replace("REF*0F*ZGP19266861~", "REF*0F*265556709~")
    got = {(f.entity_type.value, text[f.start : f.end]) for f in x12_findings(text)}
    assert ("US_SSN", "265556709") in got
    # an SSN-shaped member number with an area no SSN has stays a member number
    text = CLAIM.replace("REF*0F*ZGP19266861~", "REF*0F*666556709~")
    got = {(f.entity_type.value, text[f.start : f.end]) for f in x12_findings(text)}
    assert ("HEALTH_PLAN_NUMBER", "666556709") in got


STATUS = "\n".join(
    [
        "ISA*00*          *00*          *02*RDWY           *ZZ*SHIPPER        *240425*1320*U*"
        "00401*000004512*0*P*>~",
        "GS*QM*RDWY*SHIPPER*20240425*1320*4512*X*004010~",
        "ST*214*0001~",
        "B10*PRO4938*BOL7741*RDWY~",
        "LX*1~",
        "AT7*X6*NS***20240425*0900*ET~",
        "MS1*ELK GROVE VILLAGE*IL*US~",
        "G62*69*20240414*U*0700~",
        "G61*IC*OLGA ROBERTS*TE*7048421735*EM*OLGA@EXAMPLE.COM~",
        "DTM*011*20230430~",
        "PRF*8675071602***20230430~",
        "BSN*00*6752299594*20230430*1835*0001~",
        "SE*9*0001~",
        "GE*1*4512~",
        "IEA*1*000004512~",
    ]
)


def test_elements_of_logistics_transactions() -> None:
    got = {(f.entity_type.value, STATUS[f.start : f.end]) for f in x12_findings(STATUS)}
    assert got == {
        ("DATE_TIME", "20240425"),  # AT7: the status's date and time
        ("DATE_TIME", "0900"),
        ("LOCATION", "ELK GROVE VILLAGE"),  # MS1: where the shipment is
        ("LOCATION", "IL"),
        ("DATE_TIME", "20240414"),  # G62: a pickup's date and time
        ("DATE_TIME", "0700"),
        ("PERSON", "OLGA ROBERTS"),  # G61: a contact and the phone
        ("PHONE_NUMBER", "7048421735"),
        ("DATE_TIME", "20230430"),  # DTM, PRF and BSN dates
        ("DATE_TIME", "1835"),  # BSN's time; not the ISA/GS stamps
    }


def test_a_status_time_with_seconds() -> None:
    text = STATUS.replace("AT7*X6*NS***20240425*0900*ET~", "AT7*X6*NS***20240425*090015*ET~")
    got = {(f.entity_type.value, text[f.start : f.end]) for f in x12_findings(text)}
    assert ("DATE_TIME", "090015") in got  # X12's TM: HHMM or HHMMSS, as HL7's times
    assert ("DATE_TIME", "2515") not in got
