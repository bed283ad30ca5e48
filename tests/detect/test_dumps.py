"""Data-engineering artefacts (SQL, Python reprs, Kubernetes manifests, Liquibase changelogs)
and phone numbers as other countries write them. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cellulare: 349 780 2073\n", "349 780 2073"),  # an Italian mobile, 3-3-4
        ("Roskilde\nTlf.: 2709 5250\n", "2709 5250"),  # Danish, 4-4
        ("Kolding\nTlf.: 37433904\n", "37433904"),  # Danish, one run after its key
        ("Porto\nTel.: 219166192\n", "219166192"),  # Portuguese, one run after its key
        ("Gdynia\nTelefon: (22) 958-79-49\n", "(22) 958-79-49"),  # Polish landline
        ("Trabzon\nTel: (0462) 801 37 23\n", "(0462) 801 37 23"),  # Turkish landline
        ("Porto\nTel.: 24 422 2612\n", "24 422 2612"),
        ("Katowice   tel. 32 1398110\n", "32 1398110"),
        ("Málaga   Tel. 0034 952 99 07 75\n", "0034 952 99 07 75"),  # "00" for "+"
        ("Per urgenze: 0039 06-84832669\n", "0039 06-84832669"),
        ("Tech note: called pt at 3027754152\n", "3027754152"),
        ("The patient can be reached on 2676597532.\n", "2676597532"),
        # Britain's own groupings need no phone word
        ("ask for help: Emily Daniels 07430 852661; Zanele", "07430 852661"),
        ("therapist Kathryn Davis 0151 692 1764; after hours", "0151 692 1764"),
        ("Dr Roisin McLoughlin 01224 675958", "01224 675958"),
        # toll-free numbers as cards and letters print them
        ("Pharmacy help desk: 1-866-175-4417\n", "1-866-175-4417"),
        ("Fax: 888-829-2958   Phone: 1.866.044.3660\n", "1.866.044.3660"),
        ("[Card scan - back]\nMember services: 1-800-500-6592   TTY 711\n", "1-800-500-6592"),
    ],
)
def test_phone_numbers_of_more_countries(detector: Detector, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Routing: 523920272\nPhone: see above",  # a routing number near a phone word
        "Seat 42F  | E-ticket 0018327150353 | call us",  # a "00" number is written grouped
        "Call date: 20240315",  # a date in one run
        "Pharmacy help desk: 1-466-175-4417",  # an exchange of 1 outside toll-free codes
        "(donor ID 66001381). Call me",
    ],
)
def test_phone_shaped_ids_stay_quiet(detector: Detector, text: str) -> None:
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, text))


def test_a_key_of_another_field_is_no_member_id(detector: Detector) -> None:
    text = "Member services: 1-800-500-6592\nMember phone: 8029860199\n"
    got = found(detector, text)
    assert not any(t == "HEALTH_PLAN_NUMBER" for t, _ in got)
    assert ("PHONE_NUMBER", "8029860199") in got
    # the words between a key and its colon still may say which record
    assert ("MEDICAL_RECORD_NUMBER", "12345678") in found(detector, "MRN on record: 12345678")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("    nome: 'Giuseppina',\n    cognome: 'Villa',\n", "Villa"),
        ("{'patient_id': 68006, 'family_name': 'Köhler', 'sex': 'F'}", "Köhler"),
        ("SELECT * FROM c WHERE last_name = 'Phillips' OR phone LIKE '%3658';", "Phillips"),
        ("customer_id: 36568\n    fornavn: Berit\n  etternavn: Hauge\n", "Hauge"),
        ("etunimi: Venla\nsukunimi: Salo\n", "Salo"),
        ("Jméno: Jan\nPříjmení: Vlček\n", "Vlček"),
    ],
)
def test_names_under_quoted_and_foreign_keys(detector: Detector, text: str, value: str) -> None:
    assert ("PERSON", value) in found(detector, text)


def test_a_kubernetes_secret_data_block(detector: Detector) -> None:
    text = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
        "  DB_USER: a3Bhd2xhaw==\n  DB_PASSWORD: U3Vuc2hpbmUyMDE3Kg==\n"
        "  API_KEY: U0cuTmFhYWFhYWFhYWFhYWFhYWE=\n"
    )
    got = found(detector, text)
    assert ("GENERIC_SECRET", "a3Bhd2xhaw==") in got
    assert ("PASSWORD", "U3Vuc2hpbmUyMDE3Kg==") in got
    assert ("GENERIC_SECRET", "U0cuTmFhYWFhYWFhYWFhYWFhYWE=") in got
    # in a ConfigMap only the key that names a password says so
    assert found(detector, text.replace("kind: Secret", "kind: ConfigMap")) == {
        ("PASSWORD", "U3Vuc2hpbmUyMDE3Kg==")
    }


def test_values_on_the_line_after_their_name(detector: Detector) -> None:
    text = (
        '        env:\n        - name: DB_PASSWORD\n          value: "hunter2x!"\n'
        "        - name: PATIENT_MRN\n          value: 4711234\n"
        "        - name: LOG_LEVEL\n          value: debug\n"
        '  - column:\n      name: license_no\n      value: "UMARF293090QV9F2"\n'
    )
    got = found(detector, text)
    assert ("PASSWORD", "hunter2x!") in got
    assert ("MEDICAL_RECORD_NUMBER", "4711234") in got
    assert ("DRIVER_LICENSE", "UMARF293090QV9F2") in got
    assert not any(v == "debug" for _, v in got)


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        (
            "AIRFLOW__CORE__FERNET_KEY: FZHPnJji8txuy0FRrY7mEtVeenHPh7qNpFBIyVdziLo=\n",
            "GENERIC_SECRET",
            "FZHPnJji8txuy0FRrY7mEtVeenHPh7qNpFBIyVdziLo=",
        ),
        (
            "'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', false",
            "GENERIC_SECRET",
            "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",
        ),
        ("INSERT INTO v VALUES (51814, 'MR-021998', 'F');", "MEDICAL_RECORD_NUMBER", "MR-021998"),
        ("| 11240 | MRN37756129 | Blanc |", "MEDICAL_RECORD_NUMBER", "MRN37756129"),
        ("patient_id = 24898\npatientnummer = 5474597\n", "MEDICAL_RECORD_NUMBER", "5474597"),
        ("verzekerdennummer = W455447715\n", "HEALTH_PLAN_NUMBER", "W455447715"),
        ("  AJOKORTTINRO: 123015596452\n", "DRIVER_LICENSE", "123015596452"),
        ("Führerschein-Nr.: B072RRE2I55\n", "DRIVER_LICENSE", "B072RRE2I55"),
        ("Rijbewijsnummer: 5123456789\n", "DRIVER_LICENSE", "5123456789"),
    ],
)
def test_keys_and_shapes_of_records(detector: Detector, text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(detector, text)


def test_record_ids_that_are_no_mrn(detector: Detector) -> None:
    for text in ("Order MR-2023-919858 shipped", "Mr. 1234567 said", "MRNA vaccine lot 554433"):
        assert not any(t == "MEDICAL_RECORD_NUMBER" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("│    3844 │ Carter, Elizabeth  │ 2025-05-06 │", "Carter, Elizabeth"),
        ("INFO - (72734, 'MR-310087', 'Wilson, Jacob', '1945-03-09', 'M')", "Wilson, Jacob"),
        ("Requestor: BRENNAN, SIOBHAN, MD  DEA BB7097290", "BRENNAN, SIOBHAN"),
        ("Subject: RE: refill question - WHITAKER, CHERYL\n\nHi Laura,", "WHITAKER, CHERYL"),
        ("311-CB PATIENT LAST NAME ............. BARNES\n", "BARNES"),
        ("Paziente: FERRETTI Rosa  nata il 03/06/1945 a Brescia", "FERRETTI Rosa"),
        ('{"voornaam":{"string":"Tess"},"achternaam":{"string":"Vermeulen"}}', "Vermeulen"),
    ],
)
def test_names_in_records(ner_detector: Detector, text: str, value: str) -> None:
    assert ("PERSON", value) in found(ner_detector, text)


def test_a_field_name_is_no_person(ner_detector: Detector) -> None:
    text = '  - column:\n      name: EMAIL\n      value: "teresa1602@alice.it"\n'
    assert found(ner_detector, text) == {("EMAIL_ADDRESS", "teresa1602@alice.it")}


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        (
            '"adresse_rue": "186 rue du Faubourg Saint-Antoine", "ville": "Rennes"',
            "ADDRESS",
            "186 rue du Faubourg Saint-Antoine",
        ),
        (
            "gateadresse: Karl Johans gate 32\n   poststed: Drammen\n",
            "ADDRESS",
            "Karl Johans gate 32",
        ),
        ('{"clinic_city":{"string":"Trieste"}}', "LOCATION", "Trieste"),
        (
            "137 SW HICKORY PIKE, GARLAND, TX 75040",
            "ADDRESS",
            "137 SW HICKORY PIKE, GARLAND, TX 75040",
        ),
    ],
)
def test_places_under_their_keys(ner_detector: Detector, text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('From: "Habib, Suresh" <suresh@lakeshorecancer.org>', "Habib, Suresh"),
        ("09:02  Patel, Aditya / Gr 1 / Rm 133 — scheduled", "Patel, Aditya"),
    ],
)
def test_surname_comma_given_in_one_field(ner_detector: Detector, text: str, value: str) -> None:
    assert ("PERSON", value) in found(ner_detector, text)


def test_a_town_and_its_country_in_a_cell_stay_a_place(ner_detector: Detector) -> None:
    assert ("LOCATION", "Paris, France") in found(ner_detector, "| Paris, France | 12 |\n")


def test_a_message_stamp_is_no_date(detector: Detector) -> None:
    text = "Thandiwe Seo\n12/17 9:05 AM\nHi, this is thandiwe again."
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


def test_key_equals_value_lines(ner_detector: Detector) -> None:
    text = "client_id = 61036\nfirst_name = Rajesh\nlast_name = Shah\n"
    got = found(ner_detector, text)
    assert ("PERSON", "Shah") in got
    assert ("PERSON", "Rajesh") in got
    # code is no record: nothing is asserted by "x"
    assert not found(ner_detector, "if a = b then\nx = y | z\n")


def test_quoted_surname_comma_given(ner_detector: Detector) -> None:
    text = (
        "INSERT INTO bank_accounts VALUES\n    ('836045240601', 'Campbell, Matthew', 58259.69),\n"
    )
    assert ("PERSON", "Campbell, Matthew") in found(ner_detector, text)


def test_psql_expanded_display(ner_detector: Detector) -> None:
    text = "-[ RECORD 1 ]-------\norderNo    | 489519\nlast_name  | Price\n"
    assert ("PERSON", "Price") in found(ner_detector, text)
