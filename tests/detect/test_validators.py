"""Entity families end to end: one or more positives and hard negatives per family.

Every value here is a public test value (card-network test PANs, IBAN registry examples,
RFC 5737/3849 documentation addresses, AWS documentation keys, Stripe's documented test
key) or an obviously invalid shape. Expected spans are written by hand, never computed by
the code under test.
"""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from veil.detect import Detector
from veil.detect._validators import shannon_entropy


def found(d: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)]


def overlapping(d: Detector, text: str, value: str) -> list[tuple[str, str]]:
    """Findings that touch any character of ``value`` inside ``text``."""
    s = text.index(value)
    e = s + len(value)
    return [
        (f.entity_type.value, text[f.start : f.end])
        for f in d.find(text)
        if f.start < e and s < f.end
    ]


def b64url(obj: object) -> str:
    raw = json.dumps(obj, separators=(",", ":")).encode() if not isinstance(obj, bytes) else obj
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


JWT_HEADER = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
JWT_TOKEN = (
    f"{JWT_HEADER}.{b64url({'sub': '1234567890', 'name': 'John Doe', 'iat': 1516239022})}"
    f".{b64url(bytes(range(32)))}"
)
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
    "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
    "-----END RSA PRIVATE KEY-----"
)
GITHUB_PAT = "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"  # ghp_ + 36 alphanumerics
SLACK_BOT = "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"


def test_jwt_header_is_the_canonical_one() -> None:
    # sanity check of the test's own construction against the value in RFC 7519 examples
    assert JWT_HEADER == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"


# --------------------------------------------------------------------------- positives
POSITIVES = [
    # contact
    ("Contact bob@example.com today", "EMAIL_ADDRESS", "bob@example.com"),
    (
        "mail maria.gonzalez+tag@mail.example.co.uk now",
        "EMAIL_ADDRESS",
        "maria.gonzalez+tag@mail.example.co.uk",
    ),
    ("see https://example.com/path?q=1 today", "URL", "https://example.com/path?q=1"),
    ("docs at www.example.org/docs now", "URL", "www.example.org/docs"),
    ("(link: https://example.com/a).", "URL", "https://example.com/a"),
    ("server 192.0.2.1 refused the connection", "IP_ADDRESS", "192.0.2.1"),
    ("client 198.51.100.23 logged in", "IP_ADDRESS", "198.51.100.23"),
    ("from host 2001:db8::1 over ssh", "IP_ADDRESS", "2001:db8::1"),
    ("call (415) 555-0132 please", "PHONE_NUMBER", "(415) 555-0132"),
    ("call 415-555-0132 after lunch", "PHONE_NUMBER", "415-555-0132"),
    ("phone +44 20 7946 0958 (London)", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("Call +1 415 555 0132 today", "PHONE_NUMBER", "+1 415 555 0132"),
    # dates
    ("DOB: 03/14/1985", "DATE_OF_BIRTH", "03/14/1985"),
    ("born 14 March 1985 in a village", "DATE_OF_BIRTH", "14 March 1985"),
    ("visited on 03/14/1985 for a checkup", "DATE_TIME", "03/14/1985"),
    ("Meeting on June 3rd, 2024 at 10am", "DATE_TIME", "June 3rd, 2024 at 10am"),
    # government / finance / health ids
    ("SSN 123-45-6789", "US_SSN", "123-45-6789"),
    ("card 4111111111111111 ok", "CREDIT_CARD", "4111111111111111"),
    ("card 5555555555554444 ok", "CREDIT_CARD", "5555555555554444"),
    ("amex 378282246310005 ok", "CREDIT_CARD", "378282246310005"),
    ("card 4111 1111 1111 1111 ok", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("card 4111-1111-1111-1111 ok", "CREDIT_CARD", "4111-1111-1111-1111"),
    ("IBAN GB82 WEST 1234 5698 7654 32 ok", "IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
    ("IBAN DE89 3704 0044 0532 0130 00 ok", "IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("IBAN GB82WEST12345698765432 ok", "IBAN_CODE", "GB82WEST12345698765432"),
    ("MRN: 00482913", "MEDICAL_RECORD_NUMBER", "00482913"),
    ("account number: 123456789012", "ACCOUNT_NUMBER", "123456789012"),
    ("member id: XJH123456789", "HEALTH_PLAN_NUMBER", "XJH123456789"),
    ("driver license: D1234567", "DRIVER_LICENSE", "D1234567"),
    (
        "lives at 221 Oak Street, Springfield, IL 62704",
        "ADDRESS",
        "221 Oak Street, Springfield, IL 62704",
    ),
    # secrets
    ("aws AKIA2E0A8F3B244C99QZ key", "AWS_ACCESS_KEY", "AKIA2E0A8F3B244C99QZ"),
    (
        "aws_secret_access_key = Wt2zkW0YhT7iORHYrF7d4M0Am3iVYgHwwjV/pXSa",
        "AWS_SECRET_KEY",
        "Wt2zkW0YhT7iORHYrF7d4M0Am3iVYgHwwjV/pXSa",
    ),
    (f"token {GITHUB_PAT} used", "GITHUB_TOKEN", GITHUB_PAT),
    (f"slack {SLACK_BOT} here", "SLACK_TOKEN", SLACK_BOT),
    (
        "stripe sk_test_4eC39HqLyjWDarjtT1zdp7dc ok",
        "STRIPE_KEY",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    ),
    (f"Authorization: Bearer {JWT_TOKEN}", "JWT", JWT_TOKEN),
    (f"key:\n{PEM}\nend", "PRIVATE_KEY", PEM),
    ("password=hunter2xyz", "PASSWORD", "hunter2xyz"),
    ("the password is hunter2", "PASSWORD", "hunter2"),
    ("postgres://admin:s3cr3tPass@db.example.com/app", "PASSWORD", "s3cr3tPass"),
    ("api_key=Zq8vR3kLp2XwN7mB4tYc9HjD", "GENERIC_SECRET", "Zq8vR3kLp2XwN7mB4tYc9HjD"),
]


@pytest.mark.parametrize(("text", "etype", "value"), POSITIVES, ids=lambda x: str(x)[:40])
def test_positive(detector: Detector, text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(detector, text)


# --------------------------------------------------------------------------- hard negatives
# (text, the part of it that must not be reported as anything)
HARD_NEGATIVES = [
    # log timestamps
    ("2024-03-05T12:33:01Z INFO started", "2024-03-05T12:33:01Z"),
    ("[2024-03-05 12:33:01] ERROR failed", "2024-03-05 12:33:01"),
    ("2024-03-05 12:33:01,123 WARN retry", "2024-03-05 12:33:01,123"),
    ("Mar  5 12:33:01 host sshd[123]: ok", "Mar  5 12:33:01"),
    # order numbers
    ("Order #2125550198 shipped", "2125550198"),
    ("order no. 5551234567 was refunded", "5551234567"),
    ("Order #123456789 shipped", "123456789"),
    ("Invoice INV-2024-000123 paid", "INV-2024-000123"),
    # version strings
    ("release v2.14.3 today", "v2.14.3"),
    ("upgrade to 10.4.1 now", "10.4.1"),
    ("build 10.0.19041.1 installed", "10.0.19041.1"),
    ("OID 1.3.6.1.4.1 registered", "1.3.6.1.4.1"),
    # UUIDs and commit SHAs
    (
        "request id 550e8400-e29b-41d4-a716-446655440000 done",
        "550e8400-e29b-41d4-a716-446655440000",
    ),
    (
        "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",
        "3f786850e387550fdab836ed7e6dc881de23001b",
    ),
    (
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ),
    # Luhn-invalid card-like numbers
    ("card 4111111111111112 declined", "4111111111111112"),
    ("card 4111 1111 1111 1112 declined", "4111 1111 1111 1112"),
    ("id 4111-1111-1111-1112", "4111-1111-1111-1112"),
    # SSN-shaped with invalid area / group / serial, and the advertised Woolworth number
    ("SSN 000-12-3456", "000-12-3456"),
    ("SSN 666-12-3456", "666-12-3456"),
    ("SSN 900-12-3456", "900-12-3456"),
    ("SSN 999-12-3456", "999-12-3456"),
    ("SSN 123-00-4567", "123-00-4567"),
    ("SSN 123-45-0000", "123-45-0000"),
    ("SSN 078-05-1120", "078-05-1120"),
    # relative times
    ("Let's meet tomorrow", "tomorrow"),
    ("see you tomorrow at noon", "tomorrow at noon"),
    ("next week maybe", "next week"),
    ("in 5 minutes", "5 minutes"),
    # other shapes that look like something but are not
    ("host 999.1.1.1 down", "999.1.1.1"),
    ("at 12:33:01 ok", "12:33:01"),
    ("see config.yaml and README.md", "config.yaml and README.md"),
    ("ping @alice or foo@bar", "@alice or foo@bar"),
    ("IBAN GB83 WEST 1234 5698 7654 32 bad", "GB83 WEST 1234 5698 7654 32"),
    ("key AKIAIOSFODNN7EXAMPL short", "AKIAIOSFODNN7EXAMPL"),
    ("ghp_short token", "ghp_short"),
    ("xoxb-abc here", "xoxb-abc"),
    ("sk_test_short here", "sk_test_short"),
    (
        "files part1abcdefgh.part2abcdefgh.part3abcdefgh ok",
        "part1abcdefgh.part2abcdefgh.part3abcdefgh",
    ),
    ("password=<redacted>", "<redacted>"),
    ("password=${PASSWORD}", "${PASSWORD}"),
    ('export PASSWORD="${PASSWORD}"', "${PASSWORD}"),
    ("password: ********", "********"),
    ("timeout=30", "timeout=30"),
    ("api_key=aaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaa"),
    ("api_key=<your-api-key>", "<your-api-key>"),
    ("reference 00482913 closed", "00482913"),
    ("code D1234567 applied", "D1234567"),
    ("plan: pro", "pro"),
    ("We waited 3 hours on the street", "3 hours on the street"),
    # documentation example keys and placeholders are not credentials
    ("aws_access_key_id: AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"),
    (
        "aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "api_key=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ),
    ("STRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
    ("SLACK=xoxb-123456789012-your-token-here", "xoxb-123456789012-your-token-here"),
    # Luhn-valid device serials and parcel numbers, offsets, punctuation, placeholder passwords
    ("Outbound tracking: 9400 2467 7780 1922 7167 54 |", "2467 7780 1922 7167"),
    ("generated 2025-07-15T17:03:17+02:00 by ADP", "02:00"),
    ("~~ :: FOR HOME OFFICE USE ONLY", "::"),
    ("DB_PASSWORD=TODO | CLIENT_SECRET=changeme", "TODO"),
    ("DB_PASSWORD=changeme | x", "changeme"),
    # Stripe publishable keys are public by design
    ("publishable: pk_live_0UFSclFg9NOCYRKmvEdHDm8A", "pk_live_0UFSclFg9NOCYRKmvEdHDm8A"),
    (
        "tls_key: |\n  -----BEGIN PRIVATE KEY-----\n  <paste key here>\n"
        "  -----END PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----",
    ),
]


@pytest.mark.parametrize(("text", "value"), HARD_NEGATIVES, ids=lambda x: str(x)[:40])
def test_hard_negative(detector: Detector, text: str, value: str) -> None:
    assert overlapping(detector, text, value) == []


def test_json_escaped_and_indented_private_keys(detector: Detector) -> None:
    body = "MIIEowIBAAKCAQEAixFxnweJsv98B5/TZnrV05XRDWKQW2Dwuca1t3FaXwZNEeOL"
    ssh = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAQ4kap1OeX"
    escaped = f"-----BEGIN RSA PRIVATE KEY-----\\n{body}\\n{body}\\n-----END RSA PRIVATE KEY-----"
    indented = (
        f"-----BEGIN OPENSSH PRIVATE KEY-----\n    {ssh}\n    {body}\n"
        "    -----END OPENSSH PRIVATE KEY-----"
    )
    for block in (escaped, indented):
        text = f'{{"deploy_key": "{block}"}}'
        assert ("PRIVATE_KEY", block) in {
            (f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)
        }


def test_imei_is_a_device_id_not_a_card(detector: Detector) -> None:
    text = "IMEI: 351702173230935 | ICCID: 8976"
    found = {(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)}
    assert found == {("DEVICE_ID", "351702173230935")}


def test_password_in_a_url_with_an_empty_user(detector: Detector) -> None:
    text = "REDIS_URL=redis://:tiger-Tiger-79.@cache.internal:6379/0"
    found = {(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)}
    assert ("PASSWORD", "tiger-Tiger-79.") in found


def test_url_userinfo_is_not_an_email(detector: Detector) -> None:
    dsn = "https://bb02379601b957c3694a2a4d1c14428e@o163456.ingest.sentry.io/7598772"
    found = [(f.entity_type.value, f.start, f.end) for f in detector.find(f"SENTRY_DSN={dsn}")]
    assert found == [("URL", 11, 11 + len(dsn))]


def test_version_string_is_not_an_ip(detector: Detector) -> None:
    assert overlapping(detector, "version 1.2.3.4 released", "1.2.3.4") == []


# --------------------------------------------------------------------------- families in detail
def test_ssn_valid_vs_invalid_areas(detector: Detector) -> None:
    text = "SSNs: 123-45-6789, 000-12-3456, 666-12-3456, 900-12-3456."
    assert [v for t, v in found(detector, text) if t == "US_SSN"] == ["123-45-6789"]


def test_iban_wrong_check_digits_rejected(detector: Detector) -> None:
    good = "Pay to GB82 WEST 1234 5698 7654 32 please"
    bad = "Pay to GB83 WEST 1234 5698 7654 32 please"
    assert ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32") in found(detector, good)
    assert all(t != "IBAN_CODE" for t, _ in found(detector, bad))


def test_dob_context_retypes_date(detector: Detector) -> None:
    text = "DOB: 03/14/1985; last visit 04/02/2024."
    assert ("DATE_OF_BIRTH", "03/14/1985") in found(detector, text)
    assert ("DATE_TIME", "04/02/2024") in found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("<BirthDate>19900201</BirthDate>", "19900201"),
        ("DOB: 19750622", "19750622"),
        ("NAME|DOB|RX\nJONES, PAVEL|19490218|3339990", "19490218"),  # its column says so
        ("Birth date: 19900201", "19900201"),
    ],
)
def test_compact_birth_dates_after_a_birth_key(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(detector, text)


def test_compact_dates_under_a_date_key_and_weekday_dates(detector: Detector) -> None:
    text = "CLAIM_ID|SVC_DT|DOB\n221101424853|20241120|19490218\n<FillDate>20240105</FillDate>"
    got = found(detector, text)
    assert ("DATE_TIME", "20241120") in got and ("DATE_TIME", "20240105") in got, got
    assert ("DATE_OF_BIRTH", "19490218") in got, got
    for text, value in (("deadline Wed Mar 5, ok", "Wed Mar 5"),
                        ("[ ] review draft by Thu Jul 20", "Thu Jul 20")):  # fmt: skip
        assert ("DATE_TIME", value) in found(detector, text), text
    assert not found(detector, "mar 3 is ok")
    assert not found(detector, "carboplatin (institutional standard, rev 2021.4.1)")


@pytest.mark.parametrize(
    "text",
    [
        "build 20240115 released",
        "dob checked; then order 20240115 shipped",  # a birth word, but not its key
        "SVC_DT|DOB\n20241120|19490231",  # a service date; Feb 31 is no date
        "<BirthDate>1990020112</BirthDate>",  # longer than a date
    ],
)
def test_compact_numbers_that_are_no_birth_dates(detector: Detector, text: str) -> None:
    assert not [v for t, v in found(detector, text) if t == "DATE_OF_BIRTH"], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Taras Navarro\n6817 Pleasant Ct\nApt 30A\nHuntington, WV 25772\n\nDear Taras,",
         "6817 Pleasant Ct\nApt 30A\nHuntington, WV 25772"),
        ("HUGHES\n28789 Belmont Highway\n#618\nEl Paso TX 79997\n",
         "28789 Belmont Highway\n#618\nEl Paso TX 79997"),
        ("LOCATION:267 W Birch Rd, Providence, RI 02975\n", "267 W Birch Rd, Providence, RI 02975"),
        ("Location:   1240 COMMERCE RD, UNIT 9D, FORT WAYNE, IN\nReporting officer",
         "1240 COMMERCE RD, UNIT 9D, FORT WAYNE, IN"),
    ],
)  # fmt: skip
def test_address_blocks_with_unit_and_city(detector: Detector, text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(detector, text)


def test_clock_time_before_a_street_word_is_no_address(detector: Detector) -> None:
    assert not [v for t, v in found(detector, "see you at 10:30 Park Ave") if t == "ADDRESS"]


def test_context_window_does_not_read_half_a_word(detector: Detector) -> None:
    """The window before a date that starts inside "DRIVER" must not read "ver" (a
    negative context word of dates) and drop the date."""
    from veil.detect._scanner import _CONTEXT_BEFORE

    head = "DRIVER: Kaito Kimura CDL: 66469384"
    at = _CONTEXT_BEFORE + 3  # the window starts at "VER"
    text = head + " " * (at - len(head) - len("APPT: ")) + "APPT: 8/11/25"
    assert text.index("8/11/25") == at
    assert ("DATE_TIME", "8/11/25") in found(detector, text)
    assert not found(detector, "build rev 2021.4.1")  # a whole word still counts


def test_iso_log_timestamp_not_reported_but_plain_date_is(detector: Detector) -> None:
    assert found(detector, "2024-03-05T12:33:01Z") == []
    assert ("DATE_TIME", "2024-03-05") in found(detector, "Admitted 2024-03-05 via ER.")


def test_jwt_vs_three_part_string_without_alg(detector: Detector) -> None:
    not_jwt = f"{b64url({'foo': 'bar', 'x': 1})}.{b64url({'sub': 'x' * 12})}.{b64url(bytes(24))}"
    assert not_jwt.startswith("eyJ")  # same shape as a JWT; header has no "alg"
    assert ("JWT", JWT_TOKEN) in found(detector, f"jwt={JWT_TOKEN} ")
    assert all(t != "JWT" for t, _ in found(detector, f"blob {not_jwt} end"))


def test_public_key_and_certificate_are_not_private_keys(detector: Detector) -> None:
    text = (
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n"
        "-----END PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n"
        "-----END CERTIFICATE-----"
    )
    assert all(t != "PRIVATE_KEY" for t, _ in found(detector, text))


def test_two_pem_blocks_are_two_findings(detector: Detector, re_detector: Detector) -> None:
    other = PEM.replace("RSA ", "EC ")
    text = f"{PEM}\nand another\n{other}"
    for d in (detector, re_detector):
        assert [v for t, v in found(d, text) if t == "PRIVATE_KEY"] == [PEM, other]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mysql -h db1 -u root -p'Summer#9012blu' -e 'SELECT 1'", "Summer#9012blu"),
        ("+ docker login -u ci-bot -p vbj6CyEeY7vkeObTzyZ registry.example.io",
         "vbj6CyEeY7vkeObTzyZ"),
        ("app --password=hunter2xyz --verbose", "hunter2xyz"),
        ("temp password issued: harbor-sunshine-dragon-walrus. Thanks",
         "harbor-sunshine-dragon-walrus"),
        ("account verified, passcode is walrus-winter-mango-rocket\n",
         "walrus-winter-mango-rocket"),
    ],
)  # fmt: skip
def test_passwords_on_command_lines_and_passcodes(
    detector: Detector, text: str, value: str
) -> None:
    assert ("PASSWORD", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "ssh -p 2222 deploy@host",  # a port
        "docker run -p 8080:80 nginx",
        "psql --password=$PGPASS",  # where the password comes from, not the password
        "password: ${DB_PASS}",
        "set PASSWORD=%DB_PASS%",
    ],
)
def test_password_flags_without_a_password(detector: Detector, text: str) -> None:
    assert not [v for t, v in found(detector, text) if t == "PASSWORD"], text


@pytest.mark.parametrize(
    "text",
    ["Direct: 0151 300 6176\n", "Teléfono: 0151 300 6176", "Telefon: 0151 300 6176"],
)
def test_phone_words_in_other_languages(detector: Detector, text: str) -> None:
    assert ("PHONE_NUMBER", "0151 300 6176") in found(detector, text)


def test_connection_string_password_is_not_an_email(detector: Detector) -> None:
    text = "postgres://admin:s3cr3tPass@db.example.com/app"
    types = {t for t, _ in found(detector, text)}
    assert "EMAIL_ADDRESS" not in types
    assert "PASSWORD" in types


def test_generic_secret_needs_entropy(detector: Detector) -> None:
    assert ("GENERIC_SECRET", "Zq8vR3kLp2XwN7mB4tYc9HjD") in found(
        detector, "api_key=Zq8vR3kLp2XwN7mB4tYc9HjD"
    )
    assert found(detector, "timeout=30 retries=5 api_key=aaaaaaaaaaaaaaaaaaaaaaaaa") == []


def test_key_context_is_required_for_ids(detector: Detector) -> None:
    keyed = "MRN: 00482913, account number: 123456789012, member id: XJH123456789"
    types = {t for t, _ in found(detector, keyed)}
    assert {"MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "HEALTH_PLAN_NUMBER"} <= types
    assert found(detector, "values 00482913 and XJH123456789") == []


def test_address_with_directional_suffix_is_whole(detector: Detector) -> None:
    text = "Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500 please"
    assert ("ADDRESS", "1600 Pennsylvania Avenue NW, Washington, DC 20500") in found(detector, text)


def test_date_followed_by_count(detector: Detector, re_detector: Detector) -> None:
    text = "Seen June 3, 2024 2 times."
    for d in (detector, re_detector):
        assert found(d, text) == [("DATE_TIME", "June 3, 2024")]


def test_shannon_entropy_known_values() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("ab") == pytest.approx(1.0)
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert shannon_entropy("0123456789abcdef") == pytest.approx(4.0)


# --------------------------------------------------------------------------- Luhn, generated
def luhn_check_digit(payload: str) -> int:
    """The digit that makes ``payload + digit`` Luhn-valid (ISO/IEC 7812-1 annex B)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:  # doubled: these are every second digit from the check digit
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def test_luhn_helper_on_published_test_numbers() -> None:
    for pan in ("4111111111111111", "5555555555554444", "378282246310005", "4012888888881881"):
        assert luhn_check_digit(pan[:-1]) == int(pan[-1])


def _group(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.text(alphabet="0123456789", min_size=14, max_size=14),
    sep=st.sampled_from(["", " ", "-"]),
    bump=st.integers(min_value=1, max_value=9),
    before=st.sampled_from(["Card number ", "Charged ", "pan=", "(", "visa: "]),
    after=st.sampled_from([" on file.", "", ") today", ", thanks"]),
)
@example(body="11111111111111", sep="", bump=1, before="Card number ", after=" on file.")
def test_luhn_valid_visa_found_and_broken_one_not(
    detector: Detector, body: str, sep: str, bump: int, before: str, after: str
) -> None:
    payload = "4" + body
    good = payload + str(luhn_check_digit(payload))
    bad = payload + str((luhn_check_digit(payload) + bump) % 10)
    good_s, bad_s = _group(good, sep), _group(bad, sep)

    text = f"{before}{good_s}{after}"
    assert ("CREDIT_CARD", good_s) in found(detector, text)

    text = f"{before}{bad_s}{after}"
    assert all(t != "CREDIT_CARD" for t, _ in found(detector, text))


def test_warming_the_phone_rules_loads_their_regions_once() -> None:
    import phonenumbers

    from veil.detect import _validators

    _validators.warm()
    _validators.warm()  # idempotent
    assert _validators._warm == [True]
    gb = phonenumbers.example_number("GB")
    assert gb is not None and phonenumbers.is_valid_number(gb)
    text = "Call 020 7946 0958 after five"
    s = text.index("020")
    assert _validators.phone_national(text, s, s + len("020 7946 0958")) is not None
