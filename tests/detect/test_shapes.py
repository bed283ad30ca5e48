"""Secrets and records in the shapes engineers paste: SQL dumps, diffs, Terraform, notebooks.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.detect._structured import sql_cells


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


DUMP = (
    "INSERT INTO `patients` (`id`, `full_name`, `ssn`, `account_no`, `note`) VALUES\n"
    "(76641,'Élodie Girard','723 07 6460','3446582898','it''s fine'),\n"
    "(25718, 'Hoffmann, Sophie', '736796351', NULL, 'n/a');\n"
)


def test_sql_cells_map_values_to_their_columns() -> None:
    cells = [(c.header, DUMP[c.start : c.end]) for c in sql_cells(DUMP)]
    assert cells == [
        ("full_name", "Élodie Girard"),
        ("ssn", "723 07 6460"),
        ("account_no", "3446582898"),
        ("note", "it''s fine"),
        ("full_name", "Hoffmann, Sophie"),
        ("ssn", "736796351"),
        ("note", "n/a"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO t (a, b) VALUES (1, 'x'",  # cut off
        "INSERT INTO t (a) VALUES (weird_function(1))",
        "insert into nothing",
        "",
    ],
)
def test_sql_cells_stop_at_what_they_do_not_understand(text: str) -> None:
    cells = list(sql_cells(text))
    assert all(0 <= c.start < c.end <= len(text) for c in cells)
    assert len(cells) <= 1


def test_sql_dump_columns_name_their_values(detector: Detector) -> None:
    got = found(detector, DUMP)
    assert {("US_SSN", "723 07 6460"), ("ACCOUNT_NUMBER", "3446582898")} <= got


def test_private_key_in_a_diff() -> None:
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj"
    text = (
        "diff --git a/deploy/key.pem b/deploy/key.pem\n"
        "-----BEGIN RSA PRIVATE KEY-----\n"
        f"    -{body}\n    -{body[::-1]}\n"
        "    ------END RSA PRIVATE KEY-----\n"
    )
    (f,) = [f for f in Detector(ner=False).find(text) if f.entity_type.value == "PRIVATE_KEY"]
    assert text[f.start : f.end].startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert text[f.start : f.end].endswith("END RSA PRIVATE KEY-----")


def test_placeholder_pem_in_a_diff_stays_quiet(detector: Detector) -> None:
    text = "-----BEGIN PRIVATE KEY-----\n-<paste your key here>\n------END PRIVATE KEY-----\n"
    assert not detector.find(text)


TERRAFORM = """variable "datadog_api_key" {
  type    = string
  default = "de2d16e4ecee999d829051d9d5bdf6cb"
}
variable "db_password" {
  default = "Hunter2-Prod!"
}
variable "region" {
  default = "us-east-1"
}
"""


def test_terraform_defaults_of_secret_variables(detector: Detector) -> None:
    got = found(detector, TERRAFORM)
    assert got == {
        ("GENERIC_SECRET", "de2d16e4ecee999d829051d9d5bdf6cb"),
        ("PASSWORD", "Hunter2-Prod!"),
    }


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ('OPENAI_API_KEY = "sk-proj-lrNpMYelqr3qnvCcegFVR0C4jgivyAFUWxf06sYR8DVkcyLe"',
         "GENERIC_SECRET", "sk-proj-lrNpMYelqr3qnvCcegFVR0C4jgivyAFUWxf06sYR8DVkcyLe"),
        ("Speaker lounge wifi: SPK-5G / password Orion2003@", "PASSWORD", "Orion2003@"),
    ],
)  # fmt: skip
def test_vendor_keys_and_bare_password_words(
    detector: Detector, text: str, etype: str, value: str
) -> None:
    assert (etype, value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "See the password reset link; password requirements apply.",
        "Use the link to change your password (minimum 12 characters).",
        "the task-runner uses sk-learn style names",
        "sk-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ],
)
def test_password_and_key_look_alikes_stay_quiet(detector: Detector, text: str) -> None:
    assert not detector.find(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer: #930464, P.O. Box 80909, Aurora, CO 80031", "P.O. Box 80909, Aurora, CO 80031"),
        ("last known address is P.O. Box 71194, Richmond, VA 23236. Please",
         "P.O. Box 71194, Richmond, VA 23236"),
        ("Customer: Hoang Thu\nP.O. Box 24158\nRaleigh, NC 27688\nHome: x",
         "P.O. Box 24158\nRaleigh, NC 27688"),
        ("Residence: P.O. Box 63007-00100, Eldoret", "P.O. Box 63007-00100, Eldoret"),
        ("Send to PO Box 12, Springfield. Box 12 is empty.", "PO Box 12, Springfield"),
    ],
)  # fmt: skip
def test_post_office_boxes_are_addresses(detector: Detector, text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(detector, text)


def test_a_place_ends_at_the_line_break() -> None:
    from veil.detect._gazetteer import place_names

    text = "M1,Marco,Student,7707,Japan\nM2,Ana,Basic,12,Lyon\nPaid at Wells Fargo"
    assert [text[f.start : f.end] for f in place_names(text)] == ["Japan", "Lyon"]


@pytest.mark.ner
def test_a_column_name_outranks_a_place_of_the_same_name(ner_detector: Detector) -> None:
    text = "id,first_name,last_name,dob\n28404,Fatou,Maldonado,9/9/1938\n"
    got = {(f.entity_type.value, text[f.start : f.end]) for f in ner_detector.find(text)}
    assert ("PERSON", "Maldonado") in got
    assert ("LOCATION", "Maldonado") not in got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SUBJECT 1: CLARK, ROBERT\n  DOB: 5/14/39", "CLARK, ROBERT"),
        ("Participant name: NGUYEN, TUAN", "NGUYEN, TUAN"),
        ("Passenger: NJOROGE/AKINYI MS\nFlight: KL 2530", "NJOROGE/AKINYI"),
        ('assigned driver_id=D968572 name="L. Le" phone=+1-828-848-4651', "L. Le"),
        ('"user_profile": {"real_name": "Layla Al-Farsi", "display_name": "layla.a"}',
         "Layla Al-Farsi"),
        ("Reporting officer: Ofc. A. Woźniak, Badge 1164", "A. Woźniak"),
    ],
)  # fmt: skip
def test_people_under_keys_of_many_shapes(detector: Detector, text: str, value: str) -> None:
    got = found(detector, text)
    assert ("PERSON", value) in got


@pytest.mark.parametrize(
    "text",
    [
        "File name: Quarterly Report.pdf",
        "Host name: Build Server",
        "Subject: Meeting Notes",
        "assigned driver_id=D968572 to the trip",
    ],
)
def test_keys_naming_things_are_no_people_nor_licences(detector: Detector, text: str) -> None:
    got = {f.entity_type.value for f in detector.find(text)}
    assert not got & {"PERSON", "DRIVER_LICENSE"}


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("My customer number is 32873114 and my address", "ACCOUNT_NUMBER", "32873114"),
        ("The old password I remember was FZRb@J6sLtIypuCQ9sg. I created it",
         "PASSWORD", "FZRb@J6sLtIypuCQ9sg"),
        ("To: Oleksandr Shevchenko <oshevchenko@rediffmail.com>",
         "PERSON", "Oleksandr Shevchenko"),
    ],
)  # fmt: skip
def test_customer_numbers_late_passwords_and_display_names(
    detector: Detector, text: str, etype: str, value: str
) -> None:
    assert (etype, value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The password reset was successful. My password length is 12.",
        "From: Acme Billing Team <billing@acme.com>",
        "The password you chose was weak.",
    ],
)
def test_statuses_and_mailboxes_stay_quiet(detector: Detector, text: str) -> None:
    got = {f.entity_type.value for f in detector.find(text)}
    assert not got & {"PASSWORD", "PERSON"}


@pytest.mark.ner
def test_display_names_with_the_lexicon(ner_detector: Detector) -> None:
    text = "To: Oleksandr Shevchenko <os@mail.com>\nCc: New Business <nb@mail.com>\n"
    persons = {
        text[f.start : f.end] for f in ner_detector.find(text) if f.entity_type.value == "PERSON"
    }
    assert persons == {"Oleksandr Shevchenko"}


def test_rfc822_dates_are_machine_stamps(detector: Detector) -> None:
    text = "Date: Sun, 19 Jan 2025 10:31:47 +0000\nvom 11. April 2024 und 3. Dezember 2025"
    dates = {text[f.start : f.end] for f in detector.find(text)}
    assert dates == {"11. April 2024", "3. Dezember 2025"}


def test_event_times_after_their_keys_and_log_stamps(detector: Detector) -> None:
    text = "Dispatched: 04:17\nEn route: 04:24\n22:15 - Walk-in guest, paid cash.\n"
    times = {
        text[f.start : f.end] for f in detector.find(text) if f.entity_type.value == "DATE_TIME"
    }
    assert times == {"04:17", "04:24"}


def test_a_birth_key_in_parentheses_does_not_retype_the_next_date(detector: Detector) -> None:
    text = "Patient (MRN: 00482913, DOB: 03/14/1985) was seen on June 3rd, 2024. (DOB) 04/01/1990"
    types = {text[f.start : f.end]: f.entity_type.value for f in detector.find(text)}
    assert types["03/14/1985"] == "DATE_OF_BIRTH"
    assert types["June 3rd, 2024"] == "DATE_TIME"
    assert types["04/01/1990"] == "DATE_OF_BIRTH"


def test_every_field_of_a_form_line_is_read(detector: Detector) -> None:
    text = "  City: Boulder   State: CO   ZIP: 83090-9260\n  Attending: Marcus Feld\n"
    got = found(detector, text)
    assert {("LOCATION", "Boulder"), ("LOCATION", "CO"), ("PERSON", "Marcus Feld")} <= got


def test_a_state_code_is_a_place_only_beside_a_city(detector: Detector) -> None:
    """A split address's state field is a place; a licence's issuing state alone is not."""
    split = '{"city": "Dubuque",\n "state": "IA",\n "zip": "51534"}'
    assert ("LOCATION", "IA") in found(detector, split)
    licences = "name,dl_number,state,dob\nAoife Cohen,V2209907,WA,1968-07-23\n"
    assert not any(t == "LOCATION" for t, _ in found(detector, licences))


def test_an_escaped_newline_ends_a_form_field(detector: Detector) -> None:
    """A form pasted into a JSON string: "\\n" ends the field, the narrative after it is
    read as prose (a vehicle field must not swallow the names that follow)."""
    text = (
        '{"content": "SUSPECT\\n  Name: QASIM, COURTNEY\\n  Vehicle: Honda Civic\\n\\n'
        'NARRATIVE\\nI responded to a call from Ruth Ngo about a package."}'
    )
    got = found(detector, text)
    assert {("PERSON", "QASIM, COURTNEY"), ("PERSON", "Ruth Ngo")} <= got


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Dr. Jun Park, MD", "Jun Park"),
        ("Ivana Shevchenko, MD", "Ivana Shevchenko"),
        ("Georgiou Esposito, Nikos", "Georgiou Esposito, Nikos"),
        ("Hoffmann, Sophie", "Hoffmann, Sophie"),
    ],
)
def test_a_name_keys_value_without_its_credential(value: str, name: str) -> None:
    from veil.detect._structured import hint_finding

    h = hint_finding("Attending", value)
    assert h is not None and value[h[1] : h[2]] == name


def test_password_manager_exports(detector: Detector) -> None:
    """Chrome's and Bitwarden's CSV exports: the "name" column is the site's, a TOTP seed is a
    secret, a PIN or passphrase in a note is a password; paths and MAC dumps in logs are not."""
    chrome = (
        "name,url,username,password,note\n"
        "Dropbox,https://www.dropbox.com/login,lea380@orange.fr,willow-plinth-lantern96,\n"
        "Amazon,https://www.amazon.com/ap/signin,lea73,Vi0l3t*793,PIN 4496\n"
        "Home Wi-Fi,,,,SSID Riverstone-5G / WPA2 passphrase Glacier1871&\n"
    )
    got = found(detector, chrome)
    assert not any(t == "PERSON" for t, _ in got)
    assert {("PASSWORD", "4496"), ("PASSWORD", "Glacier1871&"), ("PASSWORD", "Vi0l3t*793")} <= got
    bitwarden = (
        "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
        "login_password,login_totp\n"
        "Finance,1,login,Dropbox,,,0,https://www.dropbox.com,james@x.com,Tundra919$,"
        "HEHJ64AUZ75GZB7TDDLZ2CMYHDFQND7Q\n"
    )
    got = found(detector, bitwarden)
    assert ("GENERIC_SECRET", "HEHJ64AUZ75GZB7TDDLZ2CMYHDFQND7Q") in got
    assert not any(t == "PERSON" for t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Nov 3 host-1 sudo: ezra : TTY=pts/3 ; PWD=/home/ezra ; USER=root ; COMMAND=/usr/bin/x",
        "kernel: [UFW BLOCK] IN=eth0 OUT= MAC=1b:d7:a4:d4:28:f0:81:ea:50:3f:8f:31:1f:d2 SRC=",
    ],
)
def test_log_paths_and_mac_dumps_stay_quiet(detector: Detector, text: str) -> None:
    assert not {t for t, _ in found(detector, text)} & {"PASSWORD", "DEVICE_ID", "IP_ADDRESS"}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "AWS key AKIAC2UWRKHV7N6J7QHQ / LAgjj3aBg4BqzwsTYdTJLnbNSssZpLLEnQgKEuTP pushed",
            "AWS_SECRET_KEY",
            "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",
        ),
        (
            '17498.1 [0 10.0.0.1:4609] "AUTH" "5e54OEufjFfib5SP=07"\n',
            "PASSWORD",
            "5e54OEufjFfib5SP=07",
        ),
        (
            '[0 unix:/x] "CONFIG" "SET" "requirepass" "thunder-velvet-walrus38"\n',
            "PASSWORD",
            "thunder-velvet-walrus38",
        ),
        (
            "Events API v2 routing key for ledger-db: 9cc406df75c6448e69c17b5b8a4b69cc",
            "GENERIC_SECRET",
            "9cc406df75c6448e69c17b5b8a4b69cc",
        ),
        (
            'curl -H "Authorization: SSWS 00l3irwzloZNwgX0uNbL2EBcQTKoWsmBLjv9hLmNnC" https://x',
            "GENERIC_SECRET",
            "00l3irwzloZNwgX0uNbL2EBcQTKoWsmBLjv9hLmNnC",
        ),
        (
            "# client secret in app registration: rTki8~tiXZ.TQtHiLQwq4eDdnQ6E_tjjF5zroi.v",
            "GENERIC_SECRET",
            "rTki8~tiXZ.TQtHiLQwq4eDdnQ6E_tjjF5zroi.v",
        ),
        (
            '{"query": "{ patient(mrn: \\"947-718-37\\") { name } }"}',
            "MEDICAL_RECORD_NUMBER",
            "947-718-37",
        ),
    ],
)
def test_secrets_and_ids_in_logs_and_traces(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(detector, text)


def test_a_password_managers_table_names_sites(detector: Detector) -> None:
    import polars as pl

    frame = pl.DataFrame(
        {
            "name": ["Dropbox", "Okta", "Hulu"],
            "url": ["https://www.dropbox.com/login", "https://acme.okta.com", "https://hulu.com"],
            "username": ["lea@x.fr", "lea73", "lea2"],
            "password": ["willow-plinth-lantern96", "nQgcJMBsi_47oS", "Puffin&688"],
        }
    )
    kinds = {c.column: c.entity_type for c in detector.classify(frame)}
    assert kinds["name"] is None
    assert kinds["password"] is not None and kinds["password"].value == "PASSWORD"
