"""Letters and clinical notes of several countries: salutations, medicines, streets and
institutions named after people, dates as they are written there. Expected values are
written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def persons(d: Detector, text: str) -> set[str]:
    return {v for t, v in found(d, text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "Çıkış ilaçları: Sertralin 50 mg 1x1\nKontrol: 6 Mayıs",
        "Tratamiento: Quetiapina 25 mg 1-0-0; Mirtazapina 15 mg 0-0-1.",
        "Medikation: Olanzapin, Escitalopram und Lorazepam bei Bedarf.",
    ],
)
def test_medicines_are_no_people(ner_detector: Detector, text: str) -> None:
    got = persons(ner_detector, text)
    assert not any(
        w in v for v in got for w in ("Sertralin", "Quetiapina", "Mirtazapina", "Olanzapin")
    )


def test_a_name_before_a_number_is_no_dose(ner_detector: Detector) -> None:
    text = "Member ID       Program\nRobert Collins            19101865G       Medicaid\n"
    assert "Robert Collins" in persons(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gentile Franco,\n\nIl suo appuntamento è fissato.", "Franco"),
        ("Sayın Emine Aydın,\n\nrandevunuz onaylanmıştır.", "Emine Aydın"),
        ("Vekili: Av. Ömer Gül, Kızılay Mah. 1203. Sok. No: 9", "Ömer Gül"),
    ],
)
def test_salutations_stay_outside_the_name(ner_detector: Detector, text: str, name: str) -> None:
    assert name in persons(ner_detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Szanowna Pani,\n\ninformujemy, że nadpłata została zwrócona.",
        "Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen.",
        "Gentile Collega,\n\nLe invio la paziente per una visita.",
    ],
)
def test_salutations_without_a_name(ner_detector: Detector, text: str) -> None:
    assert not persons(ner_detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residenza: Piazza Alessandro Manzoni, 211/B, 30145 Venezia VE",
        "Corso Vittorio Emanuele II 36, int. 18\n10163 Torino (TO)",
        "Hospital Beatriz Ângelo - Serviço de Psiquiatria",
    ],
)
def test_streets_and_institutions_named_after_people(ner_detector: Detector, text: str) -> None:
    got = persons(ner_detector, text)
    assert not any(
        w in v for v in got for w in ("Manzoni", "Vittorio", "Emanuele", "Beatriz", "Ângelo")
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kiwi is booked for a dental cleaning on Tue 15 Sep 13:15. Reply C", "Tue 15 Sep 13:15"),
        ('"first_session": "Tue 25 Feb @ 9:15",', "Tue 25 Feb @ 9:15"),
        ("entries on the register of title on 8 Dec 2026 at 12:59:31.", "8 Dec 2026 at 12:59:31"),
        ("Onsen private bath booked 21:00-21:45.", "21:00"),
        ("Onsen private bath booked 21:00-21:45.", "21:45"),
        ("Vyšetření dne 12. 5. 2023\nDg.: F17.210", "12. 5. 2023"),
        ("Indlagt: 26/9-2025   Udskrevet: 10/11-2025", "26/9-2025"),
        ("verás los 132,75 EUR en tu saldo antes de 18:15.", "18:15"),
        ("Fecha de alta en el domicilio: 4 de septiembre de 2018", "4 de septiembre de 2018"),
    ],
)
def test_dates_and_times_as_written(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "version 1.2.3, build 26/9-25",  # a two-digit year: no Danish date
        "2024-01-01T12:00:01 job-12:00-worker started",  # glued into a token
        "Domicilio: 4 de Mayo 123, Madrid",  # a street named after a date is an address
    ],
)
def test_date_lookalikes(detector: Detector, text: str) -> None:
    got = found(detector, text)
    assert not any(t == "DATE_TIME" and v in ("26/9-25", "12:00") for t, v in got)
    if "Domicilio" in text:
        assert ("ADDRESS", "4 de Mayo 123, Madrid") in got


@pytest.mark.parametrize(
    "text",
    [
        "Date: Sat, 01 Jun 2024 04:14:53 +0000\nSubject: voicemail",  # a mail header's stamp
        "Sat Jun 03 04:59:54 2023 : Auth: (8461) Login incorrect",  # a RADIUS log's stamp
        "Jul 10 12:23:45 ip-10-0-3-17 sshd[48557]: Connection closed",  # syslog
    ],
)
def test_stamps_with_seconds_stay_quiet(detector: Detector, text: str) -> None:
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "UR8AN 5OLE OUTLET\n1040 PEACHTREE RD NE, UNIT 32, PITTSBURGH, PA 15282\nTEL 7",
            "1040 PEACHTREE RD NE, UNIT 32, PITTSBURGH, PA 15282",
        ),
        (
            "19b. NEAREST RELATIVE: MARIA CHRISTODOULOU, 222 N PARK TRAIL HARTFORD, CT 66845\n",
            "222 N PARK TRAIL HARTFORD, CT 66845",
        ),
        (
            "DOB 11/12/1977   39936 NE WASHINGTON LOOP, STE B4, MINNEAPOLIS, MN 56490\n",
            "39936 NE WASHINGTON LOOP, STE B4, MINNEAPOLIS, MN 56490",
        ),
        (
            "DUONG VAN MINH\n9765 MARTIN LUTHER KING JR BLVD STE 13B\nSAVANNAH, GA 62421\n\nDue",
            "9765 MARTIN LUTHER KING JR BLVD STE 13B\nSAVANNAH, GA 62421",
        ),
        (
            "reports moving to 737 W Saguaro Ave Trlr 22, Lexington, KY 32766. Per",
            "737 W Saguaro Ave Trlr 22, Lexington, KY 32766",
        ),
    ],
)
def test_us_addresses_with_their_city(detector: Detector, text: str, value: str) -> None:
    assert ("ADDRESS", value) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('{"cardNumber": "5506906849989062", "expiry": "06/2026", "holder": "D B"}', "06/2026"),
        ("someone took over my account on May 15. They changed", "May 15"),
        ("pickup is at the park on 11/19 at 6:00pm bring ur switch", "11/19 at 6:00pm"),
        ("Expected graduation: April 2024.", "April 2024"),
        ("  Tijd:    14:50\n  Adres:   Javastraat 88-2", "14:50"),
    ],
)
def test_more_dates_and_times(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


@pytest.mark.parametrize(
    "text", ["we may 15 things later", "Run time: 12:35 elapsed", "version 11/19 at 6 items"]
)
def test_more_date_lookalikes(detector: Detector, text: str) -> None:
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


def test_a_mails_own_date_lines_are_stamps(detector: Detector) -> None:
    text = (
        "-----Original Message-----\nFrom: Laura Evans\nSent: Monday, November 18, 2023 9:31 PM\n"
        "To: Abena Abubakar\nSubject: PA status\n\nCan we meet on Monday, November 20, 2023?\n"
    )
    dates = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert dates == {"Monday, November 20, 2023"}
    # without an e-mail's headers a "Date:" line is a date, on a fax cover sheet too
    assert ("DATE_TIME", "12/03/2024") in found(detector, "Date: 12/03/2024\nPatient seen.")
    fax = "From: Clinic\nPhone: 619 438 3683  Fax: 5852788908\nDate: 6/6/2025   Pages: 9\n"
    assert ("DATE_TIME", "6/6/2025") in found(detector, fax)


def test_versions_are_no_dates(detector: Detector) -> None:
    text = "# Patient Portal 2020.1.3 - Release notes\nRef. 2022.11.4 shipped 2024.05.04"
    dates = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert dates == {"2024.05.04"}


def test_a_call_logs_line_clocks_are_stamps(detector: Detector) -> None:
    text = (
        "Call log:\n21:59 Passive SI, no plan, no intent.\n22:59 Caller is at home.\n"
        "23:02 Reviewed coping; caller agreed to call back at 23:30.\n"
    )
    dates = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert dates == {"23:30"}
