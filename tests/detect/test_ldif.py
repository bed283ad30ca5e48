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


def test_mysql_inserts_take_their_columns_from_create_table(detector: Detector) -> None:
    dump = (
        "CREATE TABLE `customers` (\n  `id` int NOT NULL AUTO_INCREMENT,\n"
        "  `first_name` varchar(64) NOT NULL,\n  `last_name` varchar(64) NOT NULL,\n"
        "  `password_hash` char(60) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n"
        "INSERT INTO `customers` VALUES (30020,'Fatima','Al-Farsi',"
        "'$2b$12$7RiFI47uDtA726Bytme1wHfvGZo.BDgTCnCgYQkB/CvhiFwJt1ie5');\n"
    )
    got = {(f.entity_type.value, dump[f.start : f.end]) for f in detector.find(dump)}
    assert {("PERSON", "Fatima"), ("PERSON", "Al-Farsi")} <= got
    assert not any(t == "PASSWORD" for t, _ in got)  # a bcrypt hash is no password


def test_chat_stamps_with_month_names(ner_detector: Detector) -> None:
    chat = "[Dec 20, 2022, 8:14 AM] evelyn: hi! we arrive Monday\n[Dec 20, 2022, 8:50 AM] Mateo: ok"
    got = {(f.entity_type.value, chat[f.start : f.end]) for f in ner_detector.find(chat)}
    assert ("PERSON", "evelyn") in got and ("PERSON", "Mateo") in got
    assert not any(t == "DATE_TIME" for t, _ in got)  # the export's line stamps
