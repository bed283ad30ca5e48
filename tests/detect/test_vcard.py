"""vCards (RFC 6350): the structured name, address and birthday, written by hand."""

from __future__ import annotations

from veil.detect import Detector
from veil.detect._vcard import vcard_findings

CARD = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Eze;Yetunde;O;Dr.;\r\nFN:Dr. Yetunde Eze\r\n"
    "TEL;TYPE=CELL:+1 (699) 636-3412\r\nADR;TYPE=HOME:;;3568 Maple St;Tucson;AZ;85717;USA\r\n"
    "BDAY:1966-03-25\r\nREV:20230212T140904Z\r\nEND:VCARD\r\n"
)


def test_structured_properties() -> None:
    got = {(f.entity_type.value, CARD[f.start : f.end]) for f in vcard_findings(CARD)}
    assert got == {
        ("PERSON", "Eze;Yetunde;O"),
        ("ADDRESS", "3568 Maple St;Tucson;AZ;85717;USA"),
        ("DATE_OF_BIRTH", "1966-03-25"),
    }


def test_detector_reports_the_card(detector: Detector) -> None:
    got = {(f.entity_type.value, CARD[f.start : f.end]) for f in detector.find(CARD)}
    assert {("PERSON", "Eze;Yetunde;O"), ("PHONE_NUMBER", "+1 (699) 636-3412")} <= got
    assert not any(CARD[f.start : f.end].startswith("20230212") for f in detector.find(CARD))


def test_empty_components_and_no_card() -> None:
    card = "BEGIN:VCARD\nN:;;;;\nADR:;;;;;;\nBDAY:unknown\nEND:VCARD"
    assert vcard_findings(card) == []
    assert vcard_findings("N:Eze;Yetunde\nADR:;;1 Main St;X") == []  # no vCard around it


EVENT = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:e81f1f91-fce7-4ded-85e8-b76f97d7513a@google.com\r\n"
    "DTSTAMP:20250309T200950Z\r\nDTSTART;TZID=America/New_York:20230616T120000\r\n"
    "DTEND;TZID=America/New_York:20230616T130000\r\n"
    "LOCATION:195 Mill Avenue\\, Manchester M18 9GT\r\n"
    "DESCRIPTION:Join https://acme.zoom.us/j/929?pwd=cDtbhiq96\\nMeeting ID 929\r\n"
    "CREATED:20221107T053145Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_calendar_event(detector: Detector) -> None:
    got = {(f.entity_type.value, EVENT[f.start : f.end]) for f in detector.find(EVENT)}
    assert {
        ("DATE_TIME", "20230616T120000"),
        ("DATE_TIME", "20230616T130000"),
        ("ADDRESS", "195 Mill Avenue\\, Manchester M18 9GT"),
        ("URL", "https://acme.zoom.us/j/929?pwd=cDtbhiq96"),
    } <= got
    # the file's own timestamps, the event's id and the time zone's id stay quiet
    values = {v for _, v in got}
    assert not values & {"20250309T200950Z", "20221107T053145Z", "America"}
    assert not any(t == "EMAIL_ADDRESS" for t, _ in got)


def test_message_ids_are_no_addresses(detector: Detector) -> None:
    text = "Message-ID: <78fdb778d400dd60.7305716521@globex.net>\nFrom: dang.h@globex.net\n"
    got = {(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)}
    assert got == {("EMAIL_ADDRESS", "dang.h@globex.net")}
