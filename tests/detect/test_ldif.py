"""LDIF directory exports and pg_dump COPY blocks: values named by their attribute or column."""

from __future__ import annotations

from veil.detect import Detector
from veil.detect._ldif import ldif_findings

LDIF = """# extended LDIF
dn: uid=wnowak,ou=People,dc=corvid-labs,dc=com
objectClass: inetOrgPerson
cn: Wojciech Nowak
sn: Nowak
givenName: Wojciech
telephoneNumber: 010-6736917
postalAddress: Kerkstraat 99$5611 EM Eindhoven
l: Eindhoven
postalCode: 5611 EM
uidNumber: 42975
userPassword: puffinMEADOW43

dn: uid=ops,ou=People,dc=corvid-labs,dc=com
objectClass: inetOrgPerson
cn: Ops Robot
userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=

dn: cn=admins,ou=Groups,dc=corvid-labs,dc=com
objectClass: groupOfNames
cn: admins
"""


def test_attributes_of_person_entries() -> None:
    got = {(f.entity_type.value, LDIF[f.start : f.end]) for f in ldif_findings(LDIF)}
    assert got == {
        ("PERSON", "Wojciech Nowak"),
        ("PERSON", "Nowak"),
        ("PERSON", "Wojciech"),
        ("PHONE_NUMBER", "010-6736917"),
        ("ADDRESS", "Kerkstraat 99$5611 EM Eindhoven"),
        ("LOCATION", "Eindhoven"),
        ("PASSWORD", "puffinMEADOW43"),
        ("PERSON", "Ops Robot"),
    }  # not the hashed password, nor the group's cn, nor the postal code


def test_not_ldif() -> None:
    assert ldif_findings("cn: Wojciech Nowak\nl: Eindhoven\n") == []  # no "dn:" entry


def test_pg_dump_copy_rows_are_read_by_column(detector: Detector) -> None:
    dump = (
        "COPY public.customers (id, full_name, ssn, street, city) FROM stdin;\n"
        "40848\tMary Caldwell\t\\N\t1080 N 14th Ave\tScranton\n"
        "765\tColleen Abernathy-Chevalier\t057-19-8253\tP.O. Box 15760\tBoise\n"
        "\\.\n"
        "40849\tNot Inside\t\\N\t1 Main St\tNowhere\n"
    )
    got = {(f.entity_type.value, dump[f.start : f.end]) for f in detector.find(dump)}
    assert {
        ("PERSON", "Mary Caldwell"),
        ("ADDRESS", "1080 N 14th Ave"),
        ("LOCATION", "Scranton"),
        ("US_SSN", "057-19-8253"),
        ("ADDRESS", "P.O. Box 15760"),
    } <= got
    assert ("PERSON", "Not Inside") not in got  # after "\\." the block has ended


def test_sub_item_keys_and_sides_of_the_body(ner_detector: Detector) -> None:
    form = "4.a. Family Name (Last Name): NASSER\n4.b. Given Name (First Name): SAMIR\n"
    got = {(f.entity_type.value, form[f.start : f.end]) for f in ner_detector.find(form)}
    assert {("PERSON", "NASSER"), ("PERSON", "SAMIR")} <= got
    log = "07/06/2022 | Blue | 1:1000 | 0.1 | L arm | 18 | 30 min\nShe was in Lombardy.\n"
    got = {(f.entity_type.value, log[f.start : f.end]) for f in ner_detector.find(log)}
    assert ("LOCATION", "L arm") not in got and ("LOCATION", "Lombardy") in got
