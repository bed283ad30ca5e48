"""Government and service forms: numbered fields, several fields per line, codes that open
things, signatures, places asked for by their key. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.types import EntityType


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jury/checkin?juror=543842  Access code: 605321", "605321"),
        ("Dock gate code: 3939#   Wi-Fi: MarinaGuest", "3939"),
        ("the door code is 4417, ring twice", "4417"),
        ("Amazon login; PIN 4496", "4496"),
    ],
)
def test_codes_that_open_things_are_passwords(detector: Detector, text: str, value: str) -> None:
    assert ("PASSWORD", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    ["access code: xxxx; door code 0000", "access code expired yesterday", "PIN code field"],
)
def test_masked_or_missing_codes_stay_quiet(detector: Detector, text: str) -> None:
    assert not any(t == "PASSWORD" for t, _ in found(detector, text))


def test_electronic_signature(detector: Detector) -> None:
    text = "21. SIGNATURE OF MEMBER: /s/ SAOIRSE O'NEIL\n22. DATE: 20210824\n"
    assert ("PERSON", "SAOIRSE O'NEIL") in found(detector, text)


def test_numbered_fields_and_places_asked_for(ner_detector: Detector) -> None:
    text = (
        "5. City, town or location of birth: Savannah   6. County: Franklin County\n"
        "10. State of birth (state, territory or foreign country): France\n"
    )
    got = found(ner_detector, text)
    assert {
        ("LOCATION", "Savannah"),
        ("LOCATION", "Franklin County"),
        ("LOCATION", "France"),
    } <= got
    assert not any(t == "PERSON" for t, _ in got)


def test_a_weekday_and_a_month_are_a_date_not_a_name(detector: Detector) -> None:
    text = "Date of birth: Mon, Jan 13, 1986\nDear Mx. Noa Klein,"
    got = found(detector, text)
    assert ("DATE_OF_BIRTH", "Mon, Jan 13, 1986") in got
    assert ("PERSON", "Mx") not in got


def test_a_things_key_covers_its_value_not_the_sentence_after_it(ner_detector: Detector) -> None:
    short = 'Vessel: "Reel Therapy"   Make/model: Catalina 30   Insurance: Markel\n'
    assert not any(t == "PERSON" for t, _ in found(ner_detector, short))
    long = "- Insurance: Bupa. Caregiver Ana Lange is authorized to pick up for the patient.\n"
    assert ("PERSON", "Ana Lange") in found(ner_detector, long)


def test_chat_export_stamps_are_quiet_and_speakers_are_names(detector: Detector) -> None:
    ios = "[15/04/2023, 10:18:08] Logan: I will sort it\n[15/04/2023, 11:32:22] Logan: ok\n"
    android = (
        "13/01/2026, 08:27 - Messages and calls are end-to-end encrypted.\n"
        "13/01/2026, 09:08 - Quang: that took 8160 ms lol\n"
        "13/01/2026, 12:31 - hunter: on it, meeting on 14/01/2026, 10:00\n"
    )
    got = found(detector, ios) | found(detector, android)
    assert {("PERSON", "Logan"), ("PERSON", "Quang"), ("PERSON", "hunter")} <= got
    assert {v for t, v in got if t == "DATE_TIME"} == {"14/01/2026, 10:00"}


def test_animals_names_are_no_people(detector: Detector) -> None:
    text = (
        "Animal: Charlie (beagle), ID A4828490. Current pets: Cooper (11y dog), Luna (13y cat)."
        " Listing 719-2408486: Sadie is a 7-year-old lab mix; a loyal cat, Oliver.\n"
        "Adopter: Maria Lopez (beagle owner); son Daniel (age 7).\n"
    )
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert not people & {"Charlie", "Cooper", "Luna", "Sadie", "Oliver"}
    assert "Maria Lopez" in people


def test_compact_dates_under_keys_that_name_them(detector: Detector) -> None:
    text = (
        "5. DATE OF BIRTH (YYYYMMDD): 19880606\n"
        "12a. DATE ENTERED AD THIS PERIOD: 20100630\n"
        "build 20210824 released\n"
    )
    got = found(detector, text)
    assert {("DATE_OF_BIRTH", "19880606"), ("DATE_TIME", "20100630")} <= got
    assert not any(v == "20210824" for _, v in got)


def test_address_keys_with_trailing_words_and_account_mentions(detector: Detector) -> None:
    text = (
        "19a. MAILING ADDRESS AFTER SEPARATION: "
        "841 SASSAFRAS PL, BLDG D, APT 29, TACOMA, WA 70288\n"
        "FREIGHT CHARGES BILL TO: Ironbridge Logistics, acct 36557233164031\n"
        "CONSIGNEE\nWilliam Anderson\n9151 W 5th Ave\nBoise, ID 83762\n"
        "Photo ID (driver license #): 22649629\n"
        "ANNUAL BENEFIT STATEMENT - PLAN YEAR 2021\n"
    )
    got = found(detector, text)
    assert {
        ("ADDRESS", "841 SASSAFRAS PL, BLDG D, APT 29, TACOMA, WA 70288"),
        ("ACCOUNT_NUMBER", "36557233164031"),
        ("ADDRESS", "9151 W 5th Ave\nBoise, ID 83762"),
        ("DRIVER_LICENSE", "22649629"),
    } <= got
    assert not any("Ironbridge" in v or "2021" in v for _, v in got)


def test_form_labels_institutions_counts_and_redis_passwords(ner_detector: Detector) -> None:
    text = (
        "A. Employer Name, Address, I.D. No.: Aurora Energy Ltd\n"
        "B. MRO Name, Address, Phone No.: Wanjiru Boyko, M.D.\n"
        "Evangelisches Krankenhaus Bethel · Klinik für Innere Medizin\n"
        "Pantoprazol 40 mg 0-0-1 für 14 Tage.\n"
        "$ redis-cli -h cache-01.internal -a 5e54OEufjFfib5SP=07 monitor\n"
    )
    got = found(ner_detector, text)
    people = {v for t, v in got if t == "PERSON"}
    assert "Wanjiru Boyko" in people
    assert not people & {"Address", "Tage", "Evangelisches Krankenhaus Bethel"}
    assert ("PASSWORD", "5e54OEufjFfib5SP=07") in got


def test_letter_datelines_and_json_things(ner_detector: Detector) -> None:
    letter = "Valencia, 29-Apr-2024\n\nDear Mr. Kimura,\n"
    got = found(ner_detector, letter)
    assert {("LOCATION", "Valencia"), ("PERSON", "Kimura")} <= got
    assert ("PERSON", "Maria") in found(ner_detector, "Maria, 2 things: call back\n")
    order = '{"company": {"name": "Riverside Arena"}, "name": "Marcus Feld"}'
    people = {v for t, v in found(ner_detector, order) if t == "PERSON"}
    assert people == {"Marcus Feld"}


def test_markdown_emphasis_and_code_spans(detector: Detector) -> None:
    text = (
        "_28009 Madrid · front desk +44 20 3662 7937_\n"
        "- Wi-Fi `Quarry-Members` password: `RrUw05MysDVP-79`; guest network is open\n"
        "call 415_555_0132_v2 or build_2024_07\n"
    )
    got = found(detector, text)
    assert {("PHONE_NUMBER", "+44 20 3662 7937"), ("PASSWORD", "RrUw05MysDVP-79")} <= got
    assert not any("0132" in v for _, v in got)


def test_line_stamps_in_a_column_or_before_a_log_level_are_quiet(detector: Detector) -> None:
    log = "08:49  Ximena Ortega / Gr 8 / Rm 205\n4:23PM INF 819 commits scanned.\n"
    assert not {t for t, _ in found(detector, log)} & {"DATE_TIME"}
    said = "Pickup at 12:30 PM.\nMeeting 14:30  room 4\n"
    assert found(detector, said) >= {("DATE_TIME", "12:30 PM"), ("DATE_TIME", "14:30")}


def test_dates_in_neighbouring_csv_cells_are_two(detector: Detector) -> None:
    row = "Name,EVOC Exp,CPR Exp\nAna Ruiz,05/05/2024,09/20/2024\n"
    got = found(detector, row)
    assert ("DATE_TIME", "05/05/2024") in got and ("DATE_TIME", "09/20/2024") in got
    # a date, a comma, a space and a time are one
    assert ("DATE_TIME", "05/05/2024, 10:30") in found(detector, "Seen on 05/05/2024, 10:30.")


def test_labels_verbs_and_cloud_account_ids_are_quiet(ner_detector: Detector) -> None:
    form = (
        "12. Policyholder/Subscriber Name (Last, First, Middle Initial), Address, City, State, "
        "Zip Code:\n18. Relationship to Policyholder: [ ] Self  [X] Spouse\n"
    )
    assert not {v for t, v in found(ner_detector, form) if t == "LOCATION"}
    order = "IT IS ORDERED that Respondent:\n 1. Shall not contact the Petitioner.\n"
    assert ("PERSON", "Shall") not in found(ner_detector, order)
    trail = (
        '{"arn": "arn:aws:iam::718265387852:user/ops", "accountId": "718265387852"}\n'
        "Bank account: 718265387852\n"
    )
    got = [(f.entity_type.value, f.start) for f in ner_detector.find(trail)]
    assert ("ACCOUNT_NUMBER", trail.index('"718265387852"') + 1) not in got


def test_a_state_column_when_a_comment_opens_the_csv(detector: Detector) -> None:
    csv = (
        "# ADP Workforce Now export - report EE_MASTER\n"
        "Co Code,Employee Name,Address Line 1,City,State,Zip\n"
        'CE7,"Gallagher, Jessica",2239 N Cherry Ct,Burlington,VT,57076\n'
    )
    assert ("LOCATION", "VT") in found(detector, csv)


def test_measurement_rows_log_stamps_and_redactions(ner_detector: Detector) -> None:
    sheet = (
        "Time  | BP      | HR  | QB  | QD  | UFR  | RN\n"
        "07:00 | 120/99  |  94 | 350 | 800 | 1.03 | V. dos Santos\n"
        "08:00 | 134/76  |  62 | 400 | 600 | 1.20 | I. Almeida\n"
    )
    assert not {v for t, v in found(ner_detector, sheet) if t == "DATE_TIME"}
    schedule = (
        "| Time | Patient | Chart |\n|---|---|---|\n"
        "| 07:10 | Jericho Buthelezi | MR99237 |\n| 16:30 | Rafiq Pugh | MR2373 |\n"
    )
    got = found(ner_detector, schedule)
    assert {("DATE_TIME", "07:10"), ("DATE_TIME", "16:30")} <= got
    router = "[Internet connected: 192.168.1.95] Saturday, May 17,2025 20:24:06\n"
    assert not {v for t, v in found(ner_detector, router) if t == "DATE_TIME"}
    letter = "wir berichten über Ihre Patientin, Frau XXXX, geb. [DOB redacted]"
    assert not {v for t, v in found(ner_detector, letter) if t == "PERSON"}


def test_household_heads_vaccination_times_and_placed_times(ner_detector: Detector) -> None:
    form = "Head of household: ADEYEMI, OLUWASEUN R   DOB: 11/22/1996\n"
    assert ("PERSON", "ADEYEMI, OLUWASEUN R") in found(ner_detector, form)
    test = "Date of test: 2 November 2022   Placed: 11:00\nSubject: Onboarding - next steps\n"
    got = found(ner_detector, test)
    assert ("DATE_TIME", "11:00") in got and ("PERSON", "Onboarding") not in got
    vxu = (
        "MSH|^~\\&|EHR|CLINIC|IIS|STATE|20250605120000||VXU^V04|1|P|2.5.1\n"
        "RXA|0|1|20250605|20250605|20^DTaP^CVX|0.5|mL^MilliLiters^UCUM\n"
    )
    dates = [v for t, v in found(ner_detector, vxu) if t == "DATE_TIME"]
    assert dates == ["20250605"]  # RXA-3 and RXA-4 (the same text), not the MSH stamp


def test_injection_sites_and_hashed_tokens(ner_detector: Detector) -> None:
    table = (
        "Date       | Vial   | Dose mL | Site  | Given by\n"
        "06/29/2022 | Silver | 0.15    | R arm | KH\n07/06/2022 | Blue   | 0.1     | L arm | TA\n"
    )
    assert not {v for t, v in found(ner_detector, table) if t == "LOCATION"}
    audit = (
        '{"type":"response","auth":{"client_token":"hmac-sha256:6b3c73336e18efa3176c168d906e'
        '711082f86cab447fd5a6229a71059e88d496","accessor":"hmac-sha256:29678b2f81afa3"}}'
    )
    assert not {t for t, _ in found(ner_detector, audit)} & {"GENERIC_SECRET", "PASSWORD"}


def test_config_secrets_php_google_azure_and_url_passwords(detector: Detector) -> None:
    text = (
        "define( 'AUTH_KEY',         'jh*0#:_(erCJX=5*NAPO])@Y{QXTQ0s2lJg0VQWbQBbRC#jovd' );\n"
        "define( 'DB_PASSWORD', 'Harbor_2025x' );\ndefine( 'DB_USER', 'wp_admin' );\n"
        '<string name="maps_key">AIzaXd3_nmK61l0glFkeiTORLlVMPV36XwohGNs</string>\n'
        "AccountName=crm01;AccountKey=CzLqrrEythmA3OMN6Jgw/COw7x7tsUqnrylAuXPdDHfzF1Y6pwFu0Pra"
        "gVMlHMtgPedkoIYxpOQS80Ln9w2wsQ==;EndpointSuffix=core.windows.net\n"
        "broker: redis://:T@ng0!90@172.17.62.206:6379/0\n"
        "DATABASE_URL=postgresql://app:M@pl3!290@db.internal:5432/app_prod\n"
    )
    got = found(detector, text)
    assert ("GENERIC_SECRET", "jh*0#:_(erCJX=5*NAPO])@Y{QXTQ0s2lJg0VQWbQBbRC#jovd") in got
    assert ("PASSWORD", "Harbor_2025x") in got
    assert ("GENERIC_SECRET", "AIzaXd3_nmK61l0glFkeiTORLlVMPV36XwohGNs") in got
    assert any(t == "GENERIC_SECRET" and v.startswith("CzLqrr") for t, v in got)
    assert ("PASSWORD", "T@ng0!90") in got
    assert ("PASSWORD", "M@pl3!290") in got
    assert not any(v == "wp_admin" for _, v in got)
    # "AIza" too short, and a user name without a password, are no secrets
    quiet = found(detector, "AIzaShort123 and https://alice@example.com/x")
    assert not any(t in {"GENERIC_SECRET", "PASSWORD"} for t, _ in quiet)


def test_identifiers_and_handles_are_no_people(ner_detector: Detector) -> None:
    text = (
        '<Data Name="SubjectUserSid">S-1-5-18</Data>\n<Data Name="WorkstationName">-</Data>\n'
        '<Data Name="TargetUserName">mgarcia</Data>\n'
        "[18:22] bytewitch: yes, rotate the key\n[18:23] pgwhisperer: use vacuum\n"
        "[18:24] deepika: thanks!\n"
        "Patient: LaToya McKenzie, seen with DeShawn MacDonald and MaryAnn DiCaprio.\n"
        "my name is spelled Elif Hosseini not Elie Hosseini\n"
    )
    got = found(ner_detector, text)
    people = {v for t, v in got if t == "PERSON"}
    assert not people & {"SubjectUserSid", "WorkstationName", "TargetUserName"}
    assert not people & {"bytewitch", "pgwhisperer", "spelled"}
    assert {"deepika", "LaToya McKenzie", "DeShawn MacDonald", "MaryAnn DiCaprio"} <= people
    header = "Trace Number     Receiver Name           Routing    Account\n"
    assert not any(v == "Routing" for _, v in found(ner_detector, header))


def test_address_blocks_with_postcode_and_country_lines(detector: Detector) -> None:
    text = "CONSIGNEE\n176 Hawthorn Gardens\nBristol\nBS7 8HD\nUnited Kingdom\nTel: 07607 961166\n"
    assert ("ADDRESS", "176 Hawthorn Gardens\nBristol\nBS7 8HD\nUnited Kingdom") in found(
        detector, text
    )
    us = "Jane Doe\n12 Main Street\nDenver, CO 80211\nUSA\n"
    assert ("ADDRESS", "12 Main Street\nDenver, CO 80211\nUSA") in found(detector, us)
    # an answer under a place's key is no place
    answered = found(detector, "City: Tampa   State: FL   Inside city limits: Yes\n")
    assert ("LOCATION", "Tampa") in answered
    assert not any(v == "Yes" for _, v in answered)
    # a postcode ending in "DL" does not make the next line's sort code a licence
    uk = "FLAT 7, 155 MILL HILL CLOSE\nNORWICH\nNR2 3DL\n\nSort code: 80-96-55\n"
    assert not any(t == "DRIVER_LICENSE" for t, _ in found(detector, uk))


def test_keys_of_other_fields_do_not_colour_a_value(detector: Detector) -> None:
    """A date of death after a date of birth on the same line is no birth date; "Photo
    release: yes" in another column does not make a date a version."""
    got = found(detector, "DOB: 06/30/1939   DOD: 07/19/2024   Time of death: 12:00pm")
    assert ("DATE_OF_BIRTH", "06/30/1939") in got
    assert ("DATE_TIME", "07/19/2024") in got
    got = found(detector, "Photo release: yes   Signed: Malia Kahananui   Date: 2023-06-09")
    assert ("DATE_TIME", "2023-06-09") in got
    assert not any(v == "1.2.2023" for _, v in found(detector, "release 1.2.2023"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phone: 1300 067 061", "1300 067 061"),
        ("Home: 12 724 15 83", "12 724 15 83"),
        ('"phone":"91 332 84 66"', "91 332 84 66"),
        ("tel. 332 5943233", "332 5943233"),
        ("me llamen al 55-9328-0176 o al celular", "55-9328-0176"),
        ("número de cliente 6586826798", None),
        ("Tessera sanitaria n. 80380938154189724494", None),
    ],
)
def test_national_phone_shapes_and_foreign_account_keys(
    detector: Detector, text: str, value: str | None
) -> None:
    got = found(detector, text)
    if value is not None:
        assert ("PHONE_NUMBER", value) in got
    else:
        assert not any(t == "PHONE_NUMBER" for t, _ in got)
        assert any(t in {"ACCOUNT_NUMBER", "HEALTH_PLAN_NUMBER"} for t, _ in got)
    # without a phone word the same shapes stay quiet
    assert not any(
        t == "PHONE_NUMBER" for t, _ in found(detector, "Order 12 724 15 83; total 332 5943233")
    )


def test_rosters_in_capitals_and_fhir_style_name_keys(detector: Detector) -> None:
    text = (
        "8b PATIENT NAME  NOWAK, DMITRI S\n"
        "003960591391645  DEMIR, FATIMA           076159587  630756\n"
        '"name" : { "given" : "Mathilde", "family" : "Dubois" }\n'
    )
    got = found(detector, text)
    assert {("PERSON", "NOWAK, DMITRI S"), ("PERSON", "DEMIR, FATIMA")} <= got
    assert {("PERSON", "Mathilde"), ("PERSON", "Dubois")} <= got
    # a street and its city, a city and its state, a plate and a VIN are no names
    quiet = "137 SW HICKORY PIKE, GARLAND, TX 73466\nENTRY: FLORENCE, AL\nplate SH79 ORG, VIN KM1\n"
    assert not any(t == "PERSON" for t, _ in found(detector, quiet))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prossimo appuntamento: 16/07/2025 alle 09:28", "16/07/2025 alle 09:28"),
        # the weekday belongs to the date (the conventions of every corpus)
        ("z. B. am Mittwoch, 15. Mai 2024, 10:15.", "Mittwoch, 15. Mai 2024, 10:15"),
        ("Abgabe am 19.02.2025 um 10:30 Uhr erhalten", "19.02.2025 um 10:30 Uhr"),
        ("Call date: 3/12/2025 at 4:43 PM (inbound)", "3/12/2025 at 4:43 PM"),
        ("- Apr 16, 2023 Francesca: lunch in Lexington.", "Apr 16, 2023"),
        ("dnia 2 sierpnia 2023 o godz. 15:30. Skierowanie", "2 sierpnia 2023 o godz. 15:30"),
        ("Elif Bey 25 Temmuz 2022 saat 15:45 tarihinde", "25 Temmuz 2022 saat 15:45"),
        ("visita il 28/12/2025 ore 11:30.", "28/12/2025 ore 11:30"),
        ("møde 12.03.2025 kl. 14:00 hos os", "12.03.2025 kl. 14:00"),
    ],
)
def test_a_time_after_a_date_and_a_joining_word_is_the_dates(
    detector: Detector, text: str, value: str
) -> None:
    got = found(detector, text)
    assert ("DATE_TIME", value) in got
    assert not any(t == "ADDRESS" for t, _ in got)


def test_form_keys_month_abbreviations_and_titles_are_no_names(ner_detector: Detector) -> None:
    text = (
        "Approved by: Lourdes Ahmed\nRemarks: Probate sale\nFlight: TK 2667  NRT-LOS\n"
        "Mar  9 11:49:35 web-03 worker[21170]: disk usage\n"
        "Sra. Tomasz Wójcik paid; card 4220 rejected (Luhn). Lic. RPH-4320528\n"
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert {"Lourdes Ahmed", "Tomasz Wójcik"} <= people
    assert not people & {"Remarks", "Flight", "Mar", "Sra", "Luhn", "Lic"}
    # a speaker who talks more than once, and a given name as a key, stay names
    transcript = "Smith: I object.\nJones: Noted.\nSmith: Thank you.\nHunter: ok\n"
    people = {v for t, v in found(ner_detector, transcript) if t == "PERSON"}
    assert {"Smith", "Hunter"} <= people


def test_saints_places_are_one_place(ner_detector: Detector) -> None:
    got = found(ner_detector, "I'll be calling in from St. Louis so please use my cell.")
    assert ("LOCATION", "St. Louis") in got
    assert not any(v in {"St.", "Louis"} for _, v in got)
    assert ("LOCATION", "St. Paul, MN") in found(ner_detector, "Mobile drive, St. Paul, MN\n")
    hospital = found(ner_detector, "Transported to St. Luke Regional without incident.")
    assert not any(t == "LOCATION" for t, _ in hospital)


def test_a_name_cut_after_an_initial_or_a_particle_is_one_name(ner_detector: Detector) -> None:
    got = found(ner_detector, "Homeowner(s): Xiaoling Z. Nguyen-Tran\nProperty Address: 5 Oak Way")
    assert ("PERSON", "Xiaoling Z. Nguyen-Tran") in got
    got = found(ner_detector, "Homeowner(s): Alessandro D. De Luca and Dmitri Nowak")
    assert {("PERSON", "Alessandro D. De Luca"), ("PERSON", "Dmitri Nowak")} <= got


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # ordinal street names, with a directional and a unit
        (
            "Please confirm your local address 1337 N 3rd St Apt 35A, Tulsa, OK 74117 today.",
            "1337 N 3rd St Apt 35A, Tulsa, OK 74117",
        ),
        ("SHIP 77 W 42ND ST, NEW YORK, NY 10036", "77 W 42ND ST, NEW YORK, NY 10036"),
        # a route number after the road
        (
            "grants to Sofia Hernandez of 4017 County Road 12, Miami, FL 33101 the right",
            "4017 County Road 12, Miami, FL 33101",
        ),
        # the address key in other languages
        (
            "Adress: Drottninggatan 170 lgh 1542, 217 40 Malmö\nTelefon: 070-531 53 72",
            "Drottninggatan 170 lgh 1542, 217 40 Malmö",
        ),
        ("Endereço: Rua das Flores 12, 4050-262 Porto\n", "Rua das Flores 12, 4050-262 Porto"),
    ],
)
def test_streets_with_ordinals_route_numbers_and_foreign_keys(
    detector: Detector, text: str, address: str
) -> None:
    assert ("ADDRESS", address) in found(detector, text)


def test_a_year_after_a_road_is_no_route_number(detector: Detector) -> None:
    text = "Meet at 12 Main Road 2024-05-01 by the gate"
    assert ("ADDRESS", "12 Main Road 2024") not in found(detector, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Status: Shipped · Tracking 1Z397IQT9734524681", "Shipped"),
        ("Seattle City Council — Written Public Comment\nAgenda item: 1A", "City Council"),
    ],
)
def test_inflected_words_and_councils_are_no_names(
    ner_detector: Detector, text: str, word: str
) -> None:
    assert ("PERSON", word) not in found(ner_detector, text)


def test_a_given_name_and_a_surname_that_is_also_a_word_stay_a_name(
    ner_detector: Detector,
) -> None:
    assert ("PERSON", "Jordan Hall") in found(ner_detector, "Please call Jordan Hall tomorrow.")


def test_short_country_forms_are_places_and_identifiers_are_not(detector: Detector) -> None:
    text = "Luis grew up in Burlington and now lives in USA; his sister moved to Bristol, UK."
    assert {("LOCATION", "USA"), ("LOCATION", "Bristol, UK")} <= found(detector, text)
    env = "    export MONGO_URI=mongodb+srv://app@cluster0.example.net/db\n"
    assert not any(t == "LOCATION" for t, _ in found(detector, env))


def test_iso_date_times_count_in_event_fields_only(detector: Detector) -> None:
    text = '{"dispute_deadline": "2024-07-11T22:15:00Z", "created_at": "2024-07-01T10:00:00Z"}'
    dates = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert dates == {"2024-07-11T22:15:00Z"}
    assert not found(detector, "2024-07-11T22:15:00Z INFO service started\n")


def test_a_number_before_on_and_a_date_is_no_clock_time(detector: Detector) -> None:
    text = "paid to account CH23 3336 4026 5042 7529 3 on November 27, 2025."
    assert ("DATE_TIME", "November 27, 2025") in found(detector, text)
    pickup = "Pickup at 5 PM on May 26, 2025"
    assert ("DATE_TIME", "5 PM on May 26, 2025") in found(detector, pickup)


def test_a_letterhead_with_commas_is_no_csv_and_a_clock_time_is_no_house_number(
    detector: Detector,
) -> None:
    text = "Okafor Law Group, PC\n6771 Fulton St, Apt. 5C\nNewark, NJ 07108\n"
    assert any(
        t == "ADDRESS" and v.startswith("6771 Fulton St, Apt. 5C") for t, v in found(detector, text)
    )
    transcript = "09:10:44 THE COURT: We're on the record.\n09:12:56 THE COURT: And you are?"
    assert not any(t == "ADDRESS" for t, _ in found(detector, transcript))


def test_a_workflow_steps_name_is_no_person(ner_detector: Detector) -> None:
    steps = "      - name: Configure credentials\n        uses: aws-actions/configure@v4\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, steps))
    people = "members:\n  - name: Jane Doe\n    role: admin\n"
    assert ("PERSON", "Jane Doe") in found(ner_detector, people)


def test_short_lowercase_words_identifier_labels_and_mailboxes_are_no_names(
    ner_detector: Detector, detector: Detector
) -> None:
    for text in (
        "Atención al cliente: 748 904 742",
        "| Affiliate | Contact | Payout IBAN | Amount |\n|---|---|---|---|\n",
        "Acquirer BIC: RABONL2U    Routing: 1268515",
    ):
        assert not any(t == "PERSON" for t, _ in found(ner_detector, text))
    mail = "From: Nordloft <noreply@nordloft.eu>\nTo: Maria Lopez <maria.lopez@example.es>"
    assert {v for t, v in found(detector, mail) if t == "PERSON"} == {"Maria Lopez"}


def test_time_zone_ids_keys_ids_and_surnames_after_titles_are_no_places(
    ner_detector: Detector,
) -> None:
    for text in (
        "host=web-1  tz=America/Chicago\n2025-06-19 05:06 worker started",
        "Van: Kees de Vries <keesd55@example.nl>\nAan: Jan Bakker",
        "2023-04-07 18:42   023432682327   HUB-07    DEPART   BCN-WAW",
        "09:14:00 MS. GARCÍA: Maritza García, I am the tenant",
    ):
        assert not any(t == "LOCATION" for t, _ in found(ner_detector, text)), text
    assert ("LOCATION", "Chicago") in found(ner_detector, "She moved to Chicago last year.")


def test_each_name_of_an_attendee_list_is_one_person(detector: Detector) -> None:
    text = "Present: Magnus, Aditya, Pooja, Lakshmi, Kavya\nApologies: Tanvi"
    names = {v for t, v in found(detector, text) if t == "PERSON"}
    assert {"Magnus", "Aditya", "Pooja", "Lakshmi", "Kavya"} <= names


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Preferred window: 08:00 – 10:00\n\nI authorise the port.", {"08:00", "10:00"}),
        ("Date       03/01/26\nDeparture  21:40\nBoarding   20:55\n", {"21:40", "20:55"}),
        ("med planlagt avgang kl. 20:40. Flyet gikk", {"20:40"}),
        ("A portabilidade ocorre entre as 08:00 e as 09:00.", {"08:00"}),
    ],
)
def test_clock_times_after_time_words_of_more_languages_and_both_ends_of_a_range(
    detector: Detector, text: str, times: set[str]
) -> None:
    got = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert times <= got


def test_a_log_lines_stamp_before_a_dash_stays_quiet(detector: Detector) -> None:
    text = "22:15 - Walk-in guest asked for towels\n22:40 - Front desk closed\n"
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


def test_a_table_under_a_header_of_accented_column_names(detector: Detector) -> None:
    text = (
        "N°\tNom\tPrénom\tTéléphone\tEmail\n"
        "1\tROUSSEL\tClément\t07.95.94.89.75\tclementroussel@gmail.com\n"
        "2\tMARCHAND\tSébastien\t0754794281\ts.marchand@orange.fr\n"
    )
    got = found(detector, text)
    assert {("PERSON", "ROUSSEL"), ("PERSON", "MARCHAND"), ("PHONE_NUMBER", "0754794281")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Full name\tZeynep Smith\nBirth date\t04/08/1968\nBirth place\tTrabzon\n"
        "Address\tCumhuriyet Mah. Ataturk Cad. 12\nBank\tIs Bankasi\n",
        "Adı Soyadı\tZeynep Yıldırım\nDoğum Tarihi\t04/08/1968\nDoğum Yeri\tTrabzon\n"
        "Adres\tCumhuriyet Mah. Atatürk Cad. 12\nE-posta\tzy@gmail.com\nBanka\tİş Bankası\n",
    ],
)
def test_two_columns_of_keys_and_values_are_no_table(detector: Detector, text: str) -> None:
    # the first pair is no header: the keys under it are no people
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert not people & {"Birth date", "Address", "Bank", "Doğum Tarihi", "Adres", "Banka"}


def test_a_korean_surname_that_is_an_english_word_after_a_given_name(
    detector: Detector,
) -> None:
    assert ("PERSON", "John Park") in found(detector, "name,email\nJohn Park,jp@x.com\n")
    assert ("PERSON", "John Park") in found(detector, "Customer John Park called.")


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("Stay – Hotel Bellavue Grand, Tallinn (4 nights)", {"Bellavue Grand"}),
        ("Séjour The Linden House, Santiago de Compostela (5 nuits)", {"Linden House"}),
        ("Villa Karanfil — gift card batch reconciliation", {"Villa Karanfil"}),
        ("Anatolia Jet — daily operations report — hub NCE", {"Anatolia Jet"}),
        ("[00:05] Assistente: Bem-vindo!\n[00:31] Cliente: Olá.\n", {"Assistente", "Cliente"}),
    ],
)
def test_venues_firms_and_chat_roles_of_other_languages_are_no_people(
    detector: Detector, text: str, not_people: set[str]
) -> None:
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert not people & not_people


def test_a_place_of_the_list_written_whole_is_no_name_but_a_name_stays(
    detector: Detector,
) -> None:
    got = found(detector, "Séjour à Santiago de Compostela. To: Diego García <d@x.com>")
    assert ("LOCATION", "Santiago de Compostela") in got
    assert ("PERSON", "Diego García") in got
    assert ("PERSON", "Maria Villa") in found(detector, "The patient Maria Villa was seen.")


def test_town_keys_of_other_languages_make_places(detector: Detector) -> None:
    got = found(detector, "Localidad: Cádiz   Fecha: 15 de julio de 2026\nWohnort: Bad Tölz\n")
    assert {("LOCATION", "Cádiz"), ("LOCATION", "Bad Tölz")} <= got
    # an English "by" key names an author, not a Danish town
    got = found(detector, '{"by": "Shanice", "text": "Called."}')
    assert ("LOCATION", "Shanice") not in got


def test_airline_names_surname_slash_given_with_a_glued_title(detector: Detector) -> None:
    text = (
        "1WISNIEWSKI/WOJCIECHMR .L/QCR27D\nM1DAVIES/GARRETT MR   EXQ74H7\n"
        "Routing: MXP/GOT   TCP/IP and AND/OR N/A\n"
    )
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert people == {"WISNIEWSKI/WOJCIECH", "DAVIES/GARRETT"}


def test_italian_surname_columns_and_json_lists_of_given_names(detector: Detector) -> None:
    text = "N.;Cognome;Nome;Data di nascita\n1;Bianchi;Francesca;13.02.1945\n"
    assert ("PERSON", "Bianchi") in found(detector, text)
    fhir = '{"name": [{"family": "Mensah", "given": ["Folake"]}]}'
    assert ("PERSON", "Folake") in found(detector, fhir)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Payment: Visa 4111 1111 1111 1111  Exp. 09/27", "09/27"),
        ("Zahlung: Visa 4111 1111 1111 1111  Ablauf 09/2027", "09/2027"),
        ("Pagamento: Visa 4873076312418557  Scad. 01/26", "01/26"),
    ],
)
def test_a_cards_expiry_month_after_its_key(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


def test_a_month_and_year_without_an_expiry_key_is_no_date(detector: Detector) -> None:
    text = "experience 09/27 in the export 10/11"
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


def test_a_duration_written_like_a_clock_is_no_time(detector: Detector) -> None:
    text = "Call duration: 04:58   Hold time: 2m 25s\nDeparture at 10:45 today"
    assert {v for t, v in found(detector, text) if t == "DATE_TIME"} == {"10:45"}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Nr,Nachname,Vorname,Handy\n1,HARTMANN,Hannah,0151 4348063\n", "0151 4348063"),
        ("Subscriber: Noah Pryce\nMSISDN: 07642 785430\n", "07642 785430"),
        ("Rückrufnummer: 069 84028047", "069 84028047"),
        ("Roadside assistance: 0808 519 8624", "0808 519 8624"),
        ("Conseiller: Le 07 27 05 02 74 est-il toujours le bon ?", "07 27 05 02 74"),
        ("Conseiller: Le 07.53.57.38.74 est-il toujours le bon ?", "07.53.57.38.74"),
    ],
)
def test_phone_words_of_more_languages_and_frances_pairs_of_digits(
    detector: Detector, text: str, phone: str
) -> None:
    assert ("PHONE_NUMBER", phone) in found(detector, text)


def test_flight_and_loyalty_words_make_no_names(detector: Detector) -> None:
    text = "Original Flight: AJ1072 CPT-MEL\nNew Flight: AJ1072\nRheinflug Circle, Iberluz Miles"
    assert not any(t == "PERSON" for t, _ in found(detector, text))


def test_a_ci_steps_name_and_a_title_closing_its_line_make_no_names(
    detector: Detector,
) -> None:
    text = (
        "steps:\n      - name: Slack\n        uses: slackapi/slack-github-action@v1\n"
        "Name: BRIDGET BARRETT   Title: DR\nRouting: MXP/GOT   Flight: BW 2886\n"
    )
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert not people & {"Slack", "Routing"}
    roster = "attendees:\n  - name: Ana Lange\n    id: alange\n"
    assert ("PERSON", "Ana Lange") in found(detector, roster)


def test_the_next_fields_key_after_a_column_gap_does_not_unmake_a_name(
    detector: Detector,
) -> None:
    text = "Name: BRIDGET BARRETT   Title: DR\nRouting: MXP/GOT"
    assert ("PERSON", "BRIDGET BARRETT") in found(detector, text)
    assert not any(t == "PERSON" for t, _ in found(detector, "Rosa Parks Elementary"))


def test_a_title_before_a_column_gap_and_brands_named_dr_make_no_names(
    detector: Detector,
) -> None:
    text = (
        "   Title: Mrs   Family name: Papadopoulos   First name: Elif\n"
        "Cashback partners: Alexa, Dr Pepper and Dr. Martens.\n"
    )
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert not people & {"Family", "Pepper", "Dr Pepper", "Martens"}
    got = found(detector, "Dr. Kovačević saw Ms. Pepper. Mr  Brown called.")
    assert {("PERSON", "Kovačević"), ("PERSON", "Pepper"), ("PERSON", "Brown")} <= got


def test_shops_event_sources_and_salutations_are_no_people(ner_detector: Detector) -> None:
    text = (
        "Conversa do WhatsApp com Ótica Primavera\n\n12/09/2024 17:27 - Ótica Primavera: Olá\n"
        '<Provider Name="Microsoft-Windows-Security-Auditing" />\n'
        "Gentile Sig.ra Elif Yıldız\n"
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert people == {"Elif Yıldız"}
    got = found(ner_detector, "Mary-Jane Smith-Jones and Farmacia Central. Pt Mercado, Alejandro")
    assert {("PERSON", "Mary-Jane Smith-Jones"), ("PERSON", "Mercado, Alejandro")} <= got


def test_chat_export_authors_above_their_clock_and_patients_after_pt(
    detector: Detector,
) -> None:
    text = "Tyler  2:35 PM\nheads up: the deploy failed\n\nStatus  5:37 AM\n"
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert people == {"Tyler"}
    note = "Pt Min-jun states he lives alone. Pt ID is 5."
    assert {v for t, v in found(detector, note) if t == "PERSON"} == {"Min-jun"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("maintainer: Fatima Al-Farsi <f@x.dev>", "Fatima Al-Farsi"),
        ("Started by user Youssef Al-Sayed\n", "Youssef Al-Sayed"),
        ("-- Ji-ho Park, venue liaison", "Ji-ho Park"),
    ],
)
def test_arabic_particle_surnames_and_hyphenated_given_names_before_park(
    ner_detector: Detector, text: str, name: str
) -> None:
    # "Farsi" is an English word, "Ji-ho" a hyphenated given name
    assert ("PERSON", name) in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("SO ORDERED this 20th day of September, 2025.", "20th day of September, 2025"),
        ("Signed the 3rd day of March 2024 before me", "3rd day of March 2024"),
        ("Fix Version/s: 11.8.38\nDue: 02/Oct/25   Labels: p1", "02/Oct/25"),
        ("A technician will come on March 6 between 9 and 5.", "March 6"),
        ("Start by june 7 at the latest", "june 7"),
        ('"period": {"start": "2023-09-22T12:50:00-05:00"}', "2023-09-22T12:50:00-05:00"),
        ('"relevantDate": "2023-11-19T20:00:00-05:00"', "2023-11-19T20:00:00-05:00"),
        # a cell reader splitting at ", " must not cut the year off
        ("Guest .... Fuentes, Guadalupe\nArrival .... June 25, 2024\n", "June 25, 2024"),
    ],
)
def test_court_tracker_and_month_day_dates(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        '1.2.3.4 - - [20/Mar/2024:09:16:40 +0000] "GET / HTTP/1.1"',
        "[30/Apr/2023 16:18:56] INFO  router ready",
        "we march 5 miles a day",
        "Landed but bags delayed, maybe 30 min",
        "Mi dirección es Calle Mayor 27, 2º D",
        '{"started": "2023-11-19T20:00:00Z", "created_at": "2023-11-19T20:00:00Z"}',
    ],
)
def test_log_stamps_and_month_lookalikes_are_no_dates(detector: Detector, text: str) -> None:
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("STATE OF TEXAS — DEPARTMENT OF HEALTH AND HUMAN SERVICES", "TEXAS"),
        ("IN THE SUPERIOR COURT OF THE STATE OF COLORADO\nIN AND FOR THE COUNTY OF X", "COLORADO"),
        ("CITY OF SANTA FE POLICE DEPARTMENT\nINCIDENT REPORT", "SANTA FE"),
        ("TRIBUNAL JUDICIAIRE DE GRENOBLE\nBât. A", "GRENOBLE"),
        ("Finanzamt Leipzig\nSteuernummer 231/456/78901", "Leipzig"),
        ("Luton City Council\nCouncil Tax Bill 2025/26", "Luton"),
    ],
)
def test_places_in_jurisdictions_and_offices(detector: Detector, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "refill for SANTIAGO DE LA VEGA, dob 02/19/59",
        "PARTE DE VIAJEROS – HOJA DE REGISTRO     N° 64499",
    ],
)
def test_connectors_in_capitals_outside_jurisdictions(detector: Detector, text: str) -> None:
    got = found(detector, text)
    assert not any(t == "LOCATION" for t, _ in got), got


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Check-in 3:00 PM, check-out 11:00 AM", "11:00 AM"),
        ("Flight departs 06:45, arrives 09:10", "09:10"),
    ],
)
def test_a_time_after_its_key_closing_the_line(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


def test_a_roster_surname_in_capitals_that_spells_a_town(detector: Detector) -> None:
    text = (
        "Visitor                 DOB         Inmate                Inmate #\n"
        "Carter, Andrew          09/12/1966  RICHARDSON, DWAYNE    151978\n"
    )
    got = found(detector, text)
    assert ("PERSON", "RICHARDSON, DWAYNE") in got
    assert ("LOCATION", "RICHARDSON") not in got


def test_clock_times_under_the_time_columns_of_a_fixed_width_report(detector: Detector) -> None:
    log = (
        "VISITOR LOG\n"
        "Visitor               DOB         Inmate #  In        Out\n"
        "Carter, Andrew        09/12/1966  151978    14:45     15:37\n"
    )
    assert {("DATE_TIME", "14:45"), ("DATE_TIME", "15:37")} <= found(detector, log)
    # a row's first field is its own stamp, not a time of the record
    runs = "Time     Event       Unit      Notes\n08:02    Dispatch    M12       code 3\n"
    assert ("DATE_TIME", "08:02") not in found(detector, runs)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DÉSIGNATION\nÀ Perpignan, 67 bis place de la Mairie, un appartement", "Perpignan"),
        ("TRIBUNALE ORDINARIO DI TORINO\nATTO DI CITAZIONE", "TORINO"),
        ("Jugendamt Hannover – Allgemeiner Sozialer Dienst", "Hannover"),
    ],
)
def test_a_place_after_an_opening_preposition_or_an_office(
    detector: Detector, text: str, place: str
) -> None:
    assert ("LOCATION", place) in found(detector, text)


def test_a_postcodes_letters_are_no_preposition(detector: Detector) -> None:
    # "EM" is a Dutch postcode's letters, not Portuguese "em": the town is the address's
    assert ("LOCATION", "Eindhoven") not in found(detector, "Oudegracht 84 III\n5611 EM Eindhoven")


def test_a_fixed_width_reports_columns_name_their_cells(detector: Detector) -> None:
    text = (
        "COUNTY JAIL — VISITOR LOG\n"
        "Visitor                 DOB         Inmate                Inmate #\n"
        "Takahashi, Haruto       08/15/1994  SHEVCHENKO, VASYL I   854422\n"
        "Volkov, Oleksandr W     1997-04-01  OIKONOMOU, GEORGIOS   027294\n"
    )
    people = {v for t, v in found(detector, text) if t == "PERSON"}
    assert people == {
        "Takahashi, Haruto",
        "SHEVCHENKO, VASYL I",
        "Volkov, Oleksandr W",
        "OIKONOMOU, GEORGIOS",
    }


def test_aligned_prose_is_no_fixed_width_table(detector: Detector) -> None:
    # one row under the header line is no table; the words stay words
    text = "Status   Owner   Notes\nOpen     Dana    waiting on parts\n\nLater that day we left."
    assert not any(t == "PERSON" and v == "Open" for t, v in found(detector, text))


def test_bare_log_pairs_and_keys_with_their_parts_order(detector: Detector) -> None:
    got = found(detector, "AUTH_OK room=507 surname=Choi mac=92:9C:80:1F:BF:56\n")
    assert ("PERSON", "Choi") in got
    form = "1. NAME (Last, First, Middle): LEFÈVRE, MARIE-CLAIRE KALANI\n2. DEPARTMENT: HR\n"
    assert ("PERSON", "LEFÈVRE, MARIE-CLAIRE KALANI") in found(detector, form)
    # a value that runs on is no bare pair's: "Harbor" alone is no name
    sms = "job=449-01 template=appt_reminder_v4 sender=Harbor Physio\n"
    assert not any(t == "PERSON" for t, _ in found(detector, sms))


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Type | Guest | Arr | Dep | Notes\n"
            "TRP | Hofmann, Felix | 31/03 | 03/04 | late arr\n"
            "KNG | Rhys Winslow | 30/03 | 02/04 | crib\n",
            {"31/03", "03/04", "30/03", "02/04"},
        ),
        ("partida às 17h00 de Londres, com chegada às 21h47.", {"17h00", "21h47"}),
    ],
)
def test_day_and_month_under_arrival_keys_and_times_written_with_h(
    detector: Detector, text: str, values: set[str]
) -> None:
    assert values <= {v for t, v in found(detector, text) if t == "DATE_TIME"}


def test_a_day_and_month_without_a_key_stays_quiet(detector: Detector) -> None:
    assert not any(t == "DATE_TIME" for t, _ in found(detector, "Ratio 31/03 and 12h of work"))


def test_dot_leader_forms_and_a_place_key(detector: Detector) -> None:
    form = "   Street ...... 8131 Broadway\n   City ................ Columbus\n"
    assert ("LOCATION", "Columbus") in found(detector, form)
    got = found(detector, "Signature: Francesca De Luca   Place: Braga\n")
    assert ("LOCATION", "Braga") in got
    assert ("PERSON", "Braga") not in got


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Customer Thanh Le (thanh.le@yahoo.com, 06-0431-9431) reports", "06-0431-9431"),
        ("sneha.butler39@orange.fr | 9189940674\n", "9189940674"),
        ("Per informazioni: 333 3066879 / giulia.g@asl.roma.it", "333 3066879"),
        ("Oğuz Bey de katılacak, telefonu 0 513 827 47 50. E-posta", "0 513 827 47 50"),
        ("Questions: 1300 453 878 or https://help.example.com", "1300 453 878"),
        ("status=DELIVERED to=0424 182 754 latency_ms=392", "0424 182 754"),
    ],
)
def test_a_national_phone_beside_an_e_mail_address_or_a_helpline_word(
    detector: Detector, text: str, phone: str
) -> None:
    assert ("PHONE_NUMBER", phone) in found(detector, text)


def test_the_e_mail_that_lifts_a_phone_is_not_written_into_the_explanation(
    detector: Detector,
) -> None:
    text = "Customer (thanh.le@yahoo.com, 06-0431-9431)"
    (phone,) = [f for f in detector.find(text) if f.entity_type is EntityType.PHONE_NUMBER]
    assert "context pattern" in phone.explanation
    assert "yahoo" not in phone.explanation
    # the same shape with no e-mail address and no phone word stays quiet
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, "Order (06-0431-9431)"))


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ('command: ["redis-server", "--requirepass", "saffron_Tundra753"]', "saffron_Tundra753"),
        ("your temporary one is VirOiZUkJ85Iz7a (change at next login)", "VirOiZUkJ85Iz7a"),
        ("Phuong: passcode for the portal is 7090 (changes monthly)", "7090"),
        ("Zoom meeting ID 840 6757 0737, passcode 017583", "017583"),
        ("<username>svc-ci</username>\n<password>Quartz1527$</password>", "Quartz1527$"),
        ('{"key": "password", "value": "Copper-rx80"}', "Copper-rx80"),
        (
            '{"Name": "/app/db_password", "Type": "SecureString", "Value": "Orchid.1238"}',
            "Orchid.1238",
        ),
        ('curl -s -u "api-readonly:Tundra~42" https://h.example.com/api', "Tundra~42"),
        ("Admin login: admin / dragon1989$", "dragon1989$"),
        ("wifi for the break room is Marble4636#, network Staff-5G", "Marble4636#"),
        ('Key safe code is still "27941984" if I\'m out.', "27941984"),
        ("the door keypad is 36158. Lockbox: 6578", "36158"),
        ("Holds locker pickup code: Ae0Ryb (valid for 5 days)", "Ae0Ryb"),
        ("db-kbimom.internal:5432:app:app_rw:Glacier821*", "Glacier821*"),
        ('smtp.login("notify@redwoodstack.io", "YBTB5495tedj!1h")', "YBTB5495tedj!1h"),
        ("db pw for the replica is Sable*1994 (same as last quarter)", "Sable*1994"),
    ],
)
def test_passwords_and_codes_in_configs_calls_and_prose(
    detector: Detector, text: str, password: str
) -> None:
    assert ("PASSWORD", password) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "chpasswd:\n  list: |\n    root:x\n",  # the next key is no password
        "passcode sent to 5551234567",  # a phone the code went to
        "curl -u ana@example.com/token:tlNuo82boJzpse7xQk1IdoqpkmS6sQiLFosPvjka https://x",
        "the wifi is down again today",
        "Login: admin / see the vault",
    ],
)
def test_near_misses_of_passwords_stay_no_password(detector: Detector, text: str) -> None:
    assert not any(t == "PASSWORD" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Klantnummer: 8917283091\nOnderwerp: huurverhoging", "8917283091"),
        ("**ARR:** $52,013.01 · **Customer account #:** 887 494 9890", "887 494 9890"),
        ("**Donor Account #**: D-2236678", "D-2236678"),
        ("My customer number is CUST-75990111 and my address", "CUST-75990111"),
        ("Codice cliente: 7302902029   Data emissione: 29 dic", "7302902029"),
        ("faturalar (müşteri no: 47760228), son fatura", "47760228"),
        ("Zarząd Budynków Komunalnych, nr klienta: V1482986", "V1482986"),
        ("Customer Account # - 6099549098", "6099549098"),
        ("Frequent flyer: 5355 8871 2575 (Silver)", "5355 8871 2575"),
        (
            "Agent: Can I get the account number?\n[00:01:41] Customer: It's 6251630245.",
            "6251630245",
        ),
    ],
)
def test_customer_accounts_under_more_keys_and_in_a_calls_answer(
    detector: Detector, text: str, account: str
) -> None:
    assert ("ACCOUNT_NUMBER", account) in found(detector, text)


def test_an_account_question_answered_with_words_gives_no_account(detector: Detector) -> None:
    text = "Agent: Can I get the account number?\nCustomer: It's on the card, 2 secs"
    assert not any(t == "ACCOUNT_NUMBER" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Temporary address until 14.07.2024: Hotel Ibis, Marseille", "14.07.2024"),
        ("balance as of 08/27/2024: $25,524.72", "08/27/2024"),
        ("Du har rett til dagpenger fra 6. desember 2023. Dagpengene", "6. desember 2023"),
    ],
)
def test_a_date_before_a_colon_that_closes_a_phrase_and_nordic_december(
    detector: Detector, text: str, date: str
) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


def test_a_line_that_starts_with_a_date_and_a_colon_is_a_stamp(detector: Detector) -> None:
    text = "2024-03-05: deployed the new build\n2024-03-05:12:33 restart"
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2. IRB#2023-6302 Amendment 3 (PI: SANCHEZ, Donna)", "SANCHEZ, Donna"),
        ("Ordering provider: CHEN, Priya, MD   NPI 1582636795", "CHEN, Priya"),
        ("| Tdap | GSK | L61901 | 2025-09-13 | R deltoid | K. Hill |", "K. Hill"),
        ("Signature: M. Rivera\nAmount enclosed: $533.04", "M. Rivera"),
        ("Patiënt: dhr. B. Bos\nGeboortedatum: 13-09-1957", "B. Bos"),
        ("Dear Dr Robinson,\n\nRe: Mr John Lewis   DOB 28/03/1950", "John Lewis"),
        ("Prof. Dr. Günter Wolf", "Günter Wolf"),
        ("Name, Vorname des Versicherten: Richter, Sabine   geb. am 23.06.1966", "Richter, Sabine"),
        (
            "1. Name and Address:\n   Michelle T. Haddad, RN\n   1151 Hillcrest Dr, Apt. 695\n",
            "Michelle T. Haddad",
        ),
    ],
)
def test_names_with_initials_capitals_titles_and_form_keys(
    ner_detector: Detector, text: str, name: str
) -> None:
    got = found(ner_detector, text)
    assert ("PERSON", name) in got
    # the title, the key and the brand's own reading leave no other name behind
    assert {v for t, v in got if t == "PERSON"} <= {name, "Robinson"}


@pytest.mark.parametrize(
    "text",
    [
        "I bought shoes at John Lewis yesterday.",  # the shop
        "Referto firmato digitalmente ai sensi del D.Lgs. 82/2005",  # a law's abbreviation
        "Diagnose: Arterielle Hypertonie (I10)\n",  # a diagnosis and its ICD-10 code
        "1. Patient Identifier: VO-4082   (in confidence)",  # a form's key
        "1. Name, Strength, Manufacturer: empagliflozin 10 mg",
        "Qty 30   Exp 11/27/2023\nSig: Take 1 tablet by mouth every day\nRPh initials: DA",
    ],
)
def test_keys_abbreviations_and_diagnoses_are_no_names(ner_detector: Detector, text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('        "effectiveDateTime": "2023-11-11T16:00:00Z",', "2023-11-11T16:00:00Z"),
        ('  "shipDate": "2023-03-13T11:01:00",', "2023-03-13T11:01:00"),
        (
            "Cardiology clinic on Monday, 05/02/2022 at 4:11 PM\n",
            "Monday, 05/02/2022 at 4:11 PM",
        ),
        ("your study visit on Monday, 9/22/2025, 3:12 PM at", "Monday, 9/22/2025, 3:12 PM"),
    ],
)
def test_fhir_effective_times_and_weekdays_before_a_numeric_date(
    detector: Detector, text: str, date: str
) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "<HumanPatient><Name><LastName>Mitchell</LastName>"
            "<FirstName>Daniel</FirstName></Name></HumanPatient>",
            {"Mitchell", "Daniel"},
        ),
        (
            "(0010,0010) PN [ANDERSON^SARAH]   #  PatientName\n"
            "(0008,0090) PN [CLARK^JAMES^^DR]   #  ReferringPhysicianName\n",
            {"ANDERSON^SARAH", "CLARK^JAMES"},
        ),
        ("Sehr geehrte Frau Kollegin Schröder,\n\nwir berichten", {"Schröder"}),
        ("Besatzung: RettSan L. Koch, NA Dr. Stefan Vogel", {"L. Koch", "Stefan Vogel"}),
        ("Paziente: MARIANI GIORGIA\nNato/a il: 26/11/1973", {"MARIANI GIORGIA"}),
    ],
)
def test_names_in_xml_elements_dicom_dumps_and_european_letters(
    ner_detector: Detector, text: str, names: set[str]
) -> None:
    assert {v for t, v in found(ner_detector, text) if t == "PERSON"} == names


def test_an_xml_name_element_and_capitals_that_are_no_name_stay_quiet(
    ner_detector: Detector,
) -> None:
    text = "<Drug><Name>Metformin</Name></Drug>\nShip to: BOSTON MARATHON\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_clock_times_under_the_time_columns_of_a_csv(detector: Detector) -> None:
    text = (
        "emp_id,name,date,clock_in,clock_out,hours\n"
        "EMP-1,Kwame Sanchez,2024-08-02,07:44,16:59,9.25\n"
        "EMP-2,Ana Li,2024-08-03,08:10,17:02,8.5\n"
    )
    times = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert {"07:44", "16:59", "08:10", "17:02"} <= times
    assert "2024-08-02,07:44" not in times  # two cells stay two spans
    # a log's first column is its stamp, and a clock under a column that names no time is
    # no time
    log = "time,level,message\n10:01:02,INFO,started\n10:01:05,WARN,slow\n"
    other = "id,code,duration\n1,AB,04:58\n2,CD,02:10\n"
    assert not any(t == "DATE_TIME" for t, _ in found(detector, log + "\n" + other))


def test_a_weekday_and_a_month_of_a_log_stamp_are_no_name(ner_detector: Detector) -> None:
    text = "client vpn-asa port 0\nSat Jun 03 05:07:06 2023 : Auth: ok\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the driver, i think his name was burak, kept texting", "burak"),
        ("fyi rohan deployed v2.19.4 to prod", "rohan"),
        ("Volunteer notes: helped james fill out the form", "james"),
    ],
)
def test_lowercase_names_after_more_cues(detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        '<Data Name="Status">0xc000006d</Data>\n<Data Name="SubStatus">0x0</Data>',
        '{"contexts": {"os": {"name": "Linux", "version": "5.15.0-91-generic"}}}',
        "Dear Board members,\n\nThe next convened meeting is on Tuesday.",
    ],
)
def test_a_things_name_and_a_group_greeted_are_no_people(ner_detector: Detector, text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_a_name_under_a_bare_name_key_stays_a_name(ner_detector: Detector) -> None:
    assert ("PERSON", "Ana") in found(ner_detector, '{"name": "Ana", "email": "ana@example.com"}')


def test_a_role_word_then_given_name_initial_and_surname_is_one_name(
    ner_detector: Detector,
) -> None:
    text = "Witness Tunde G. Campbell (269-526-1817) confirmed the account."
    assert ("PERSON", "Tunde G. Campbell") in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Neighbour Javier at no. 19 has a spare key.", "Javier"),
        ("Evansville Courtroom 7B before Judge Hall. (Carpenter, Anna)", "Hall"),
        ("Parent Brooke notified by text.", "Brooke"),
        ("Hospital (Louisville, KY); report to RN Jürgen. Hospital MRN: M297620849", "Jürgen"),
        ("I'm researching my great-grandfather Daan MULDER (born 5 July 1853).", "Daan MULDER"),
    ],
)
def test_a_name_after_a_role_word_leaves_the_role_out(
    ner_detector: Detector, text: str, name: str
) -> None:
    got = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert name in got
    assert not any(v != name and name in v for v in got)


def test_a_greeting_to_two_people_is_two_names(ner_detector: Detector) -> None:
    got = found(ner_detector, "> [07:02] Hi Amira, Rafaela from Harriet Tubman Fund here.")
    assert {("PERSON", "Amira"), ("PERSON", "Rafaela")} <= got
    # a surname and a given name in one field stay one name
    assert ("PERSON", "Bhattacharya, Emma") in found(
        ner_detector, "Prepared for: Bhattacharya, Emma\n126 Hawthorn Drive"
    )


def test_a_role_word_over_a_column_gap_is_a_header(ner_detector: Detector) -> None:
    text = (
        "Name              Age  Relation       School\n"
        "Kai Akana          17   Parent         Ridgeview  No\n"
    )
    assert ("PERSON", "Ridgeview") not in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "known as 4125 Cedar Ln # 7C, Pueblo, CO 45662) and",
            "4125 Cedar Ln # 7C, Pueblo, CO 45662",
        ),
        (
            "Midland Credit\n    350 Camino de la Reina, Suite 100\nSan Diego, CA 92108\n",
            "350 Camino de la Reina, Suite 100\nSan Diego, CA 92108",
        ),
        (
            "utility bill for 726 17 Ave SW, Vancouver BC V6B 6L0; account",
            "726 17 Ave SW, Vancouver BC V6B 6L0",
        ),
        (
            "Tsion Shin\n1227-6577 Spring Garden Rd, Halifax, NS B7T 6L1\n",
            "1227-6577 Spring Garden Rd, Halifax, NS B7T 6L1",
        ),
        (
            "arrive at 4/232 King William St, Fremantle WA 6160.",
            "4/232 King William St, Fremantle WA 6160",
        ),
        (
            "at the clubhouse, 2532 1/2 Rosewood Row, Anchorage, AK 99503.",
            "2532 1/2 Rosewood Row, Anchorage, AK 99503",
        ),
        (
            "Baptiste (6:37 PM): 133 hill ln, burlington, vt 05449",
            "133 hill ln, burlington, vt 05449",
        ),
        (
            "Bill to:\nKaya\nFlat 2C, Royal Enclave\nLajpat Nagar II\nPune, Maharashtra 411595\n",
            "Flat 2C, Royal Enclave\nLajpat Nagar II\nPune, Maharashtra 411595",
        ),
        ("Naam: P. de Haan\nStraat + nr:   Dorpsstraat 64\nPostcode: 3062 MN\n", "Dorpsstraat 64"),
        ("Ulica i numer: Drottninggatan 181 B\nKod pocztowy: 271 56\n", "Drottninggatan 181 B"),
        (
            "Street Number and Name: 2879 Highland Ave, Apt 2R\n10.d. City or Town: Brooklyn\n",
            "2879 Highland Ave, Apt 2R",
        ),
    ],
)
def test_more_address_shapes_are_whole(detector: Detector, text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(detector, text)


def test_a_facility_the_model_finds_is_no_place(ner_detector: Detector) -> None:
    text = "High school: Valley View High School, Omaha, NE   GPA 3.18   SAT 1170"
    got = {v for t, v in found(ner_detector, text) if t == "LOCATION"}
    assert not any("School" in v for v in got)


@pytest.mark.parametrize(
    ("text", "plan_id"),
    [
        ("Health insurance: Kaiser ID RL91341K\nEmergency contact:", "RL91341K"),
        ("Visit 7 of 12    Ins: Aetna ID YLB293447368", "YLB293447368"),
        ("Insurance: Medicare    ID#: W564430293\n", "W564430293"),
    ],
)
def test_an_insurers_id_is_a_health_plan_number(
    detector: Detector, text: str, plan_id: str
) -> None:
    got = found(detector, text)
    assert ("HEALTH_PLAN_NUMBER", plan_id) in got
    assert not any(t == "PERSON" and "ID" in v for t, v in got)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Your temporary password is: RIvzja367_m6t\nUsername: lei", "RIvzja367_m6t"),
        ('the password for network "Home-Guest" is Otter_2019$.', "Otter_2019$"),
        ("also my old acc pw was literally Pepper3481 and it got stolen", "Pepper3481"),
        ("DJ: network GreenBarn-Guests, password pepper-cobalt-cobalt", "pepper-cobalt-cobalt"),
        ("Legacy password auth (to be removed): violet-copper-violet32", "violet-copper-violet32"),
        ("Your PIN for online access is 8181.", "8181"),
        ("192.168.211.252:5432:*:readonly:Falc_gKAX7N_04\n", "Falc_gKAX7N_04"),
        ("the wifi password you set was\ncustomer: falcon394\nrep: ok", "falcon394"),
    ],
)
def test_passwords_in_more_phrasings(detector: Detector, text: str, secret: str) -> None:
    assert ("PASSWORD", secret) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "id,email,password_hash\n7,a@example.com,$2b$12$7RiFI47uDtA726Bytme1wHfvGZo.BDgTCnCg\n",
        "Stationsweg 12, 5045 PW Groningen\nDoors: 18-May-2025 at 8:26 a.m.",
    ],
)
def test_a_stored_hash_and_a_postcode_are_no_passwords(detector: Detector, text: str) -> None:
    assert not any(t == "PASSWORD" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("   Account number ...... 67563943\n   Account type ........ Savings", "67563943"),
        ("Customer account: 452066-L02\nContact:", "452066-L02"),
        ("numéro de compte client CU248931549, adresse 157 chemin des Vignes", "CU248931549"),
    ],
)
def test_account_numbers_after_dot_leaders_with_suffixes_and_in_french(
    detector: Detector, text: str, account: str
) -> None:
    assert ("ACCOUNT_NUMBER", account) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            '"identifier": [{"system": "https://records.example.org/mrn", "value": "H651217717"}]',
            "MEDICAL_RECORD_NUMBER",
            "H651217717",
        ),
        (
            '"identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5466", "value": "M265925152"}]',
            "MEDICAL_RECORD_NUMBER",
            "M265925152",
        ),
        (
            '"identifier": [{"type": {"text": "MRN"}, "value": "86158684"}],',
            "MEDICAL_RECORD_NUMBER",
            "86158684",
        ),
        ("Driver's License: WDL1NMMRJTBH   State: WA", "DRIVER_LICENSE", "WDL1NMMRJTBH"),
        ("Nº de permiso de conducir (ES): 32229376M   válido", "DRIVER_LICENSE", "32229376M"),
        ("[05:32] CALLER: DLN: T0998594.", "DRIVER_LICENSE", "T0998594"),
        (
            "Pièce fournie : permis de conduire n° 85RQ13636, délivré le",
            "DRIVER_LICENSE",
            "85RQ13636",
        ),
        (
            "| Driver's license # | Z194-9836-1569 |\n| State | Illinois |",
            "DRIVER_LICENSE",
            "Z194-9836-1569",
        ),
    ],
)
def test_record_and_licence_numbers_in_fhir_tables_and_other_languages(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(detector, text)


def test_a_lab_units_column_is_no_licence_key(detector: Detector) -> None:
    text = "| Hemoglobin                | g/dL     | 12.0-17.5       | 85018\n"
    assert not any(t == "DRIVER_LICENSE" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        (
            '{"name":"Ashley","date_of_birth":{"$date":"2004-09-04T00:00:00Z"},"sex":"F"}',
            "2004-09-04T00:00:00Z",
        ),
        ("    DATA_NASCIMENTO: ISODate('2005-03-10T00:00:00.000Z'),", "2005-03-10T00:00:00.000Z"),
        ("304-C4 DATE OF BIRTH ................. 19760315\n305-C5 GENDER", "19760315"),
    ],
)
def test_birth_dates_stored_as_date_times_and_after_dot_leaders(
    detector: Detector, text: str, dob: str
) -> None:
    assert ("DATE_OF_BIRTH", dob) in found(detector, text)


def test_a_record_stamp_at_midnight_and_a_chat_speakers_clock_stay_quiet(
    detector: Detector,
) -> None:
    assert not found(detector, '"created_at": "2024-01-01T00:00:00Z"')
    text = "Rebecca Doyle, RN (4:24 PM): thanks for letting us know."
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "client_secret = omDDboxaO3BE/V6By/NsU6z0fYtQ/SNaibvIkS5n4zU=\n",
            "omDDboxaO3BE/V6By/NsU6z0fYtQ/SNaibvIkS5n4zU=",
        ),
        (
            "Internal API sandbox key: 62KCdMW7siRd38Mh8Z2z1Bv1WVuNRyNBGkRBGqmZ\n",
            "62KCdMW7siRd38Mh8Z2z1Bv1WVuNRyNBGkRBGqmZ",
        ),
        (
            "Mail API: npm_MWZHvg9pc7cndSy55Wpevc9mHBQ6crGvMssr\n",
            "npm_MWZHvg9pc7cndSy55Wpevc9mHBQ6crGvMssr",
        ),
        (
            '    <string name="facebook_client_token">94dfbc02a9463fd89e70a701898c9a3f</string>',
            "94dfbc02a9463fd89e70a701898c9a3f",
        ),
    ],
)
def test_base64_keys_registry_tokens_and_android_strings_are_secrets(
    detector: Detector, text: str, secret: str
) -> None:
    assert ("GENERIC_SECRET", secret) in found(detector, text)


def test_a_path_under_a_secret_key_is_no_secret(detector: Detector) -> None:
    assert not found(detector, "secret_file = /var/lib/app/Data2024/secrets.json\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("description: emergency contact Khalid Haddad 010-2478836\n", "Khalid Haddad"),
        (
            "Employer: Trey Research, supervisor Brandon Washington, 858.616.4516",
            "Brandon Washington",
        ),
        ("Signed electronically: Eva Johansson Tuesday, 02/03/2026 8:00 AM", "Eva Johansson"),
    ],
)
def test_names_in_a_records_prose_after_a_things_key_and_before_a_weekday(
    ner_detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(ner_detector, text)


def test_a_description_column_and_an_employer_still_name_things(ner_detector: Detector) -> None:
    text = "date,code,description,amount\n2023-01-01,RENT,Rent Jan,1450.00\n"
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))
    assert not any(t == "PERSON" for t, _ in found(ner_detector, "Employer: Trey Research\n"))


def test_an_address_under_a_key_ends_with_its_sentence(ner_detector: Detector) -> None:
    text = "Termin um 10.30 Uhr, Adresse: Calle Mayor 133, 7º A, 28038 Madrid. Kaiser ID RL91341K"
    got = found(ner_detector, text)
    assert ("ADDRESS", "Calle Mayor 133, 7º A, 28038 Madrid") in got
    assert ("HEALTH_PLAN_NUMBER", "RL91341K") in got


def test_bilingual_keys_and_a_one_dot_leader(detector: Detector) -> None:
    text = (
        "Name / Nom ....... DĄBROWSKA\n"
        "First name / Prénom . Magdalena\n"
        "Date of birth ....... 15/10/1973\n"
    )
    got = found(detector, text)
    assert ("PERSON", "DĄBROWSKA") in got
    assert ("PERSON", "Magdalena") in got
    assert ("DATE_OF_BIRTH", "15/10/1973") in got
