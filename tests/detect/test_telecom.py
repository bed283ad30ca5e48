"""Telecom records: call detail records, itemised bills, device and SIM serials, toll-free
lines in many languages, direct debit mandates. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


CDR = (
    "rec_type,start_epoch,a_msisdn,b_msisdn,dur_s,imsi,imei,cell_id\n"
    "MTC,1744310347,919076954039,4915235955087,281,262016235432996,354254849252684,26201-0637\n"
    "SMS-MO,1744310981,447850858699,2348049188277,12,262016738789796,350813333929216,26201-8882\n"
)


def test_call_records_keep_subscriber_numbers_without_plus(detector: Detector) -> None:
    got = found(detector, CDR)
    for number in ("919076954039", "4915235955087", "447850858699", "2348049188277"):
        assert ("PHONE_NUMBER", number) in got
    # the epoch, the IMSIs and the IMEIs (which pass the Luhn check) are neither phones nor
    # cards
    assert not any(
        t in ("PHONE_NUMBER", "CREDIT_CARD") and v.startswith(("1744", "2620", "3542", "3508"))
        for t, v in got
    )


def test_a_bare_e164_run_needs_its_column(detector: Detector) -> None:
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, "Order 4915235955087 shipped"))
    text = "role: deploy → arn:aws:iam::641509687968:user/deploy-bot (caller identity)"
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("digits", "is_card"),
    [
        ("378282246310005", True),  # American Express issues 15 digits
        ("4222222222222", True),  # Visa, 13
        ("30569309025904", True),  # Diners, 14
        ("354254849252684", False),  # an IMEI: Luhn-valid, 15 digits, no scheme's length
        ("262010708352630", False),  # an IMSI
    ],
)
def test_card_length_follows_its_scheme(detector: Detector, digits: str, is_card: bool) -> None:
    assert (("CREDIT_CARD", digits) in found(detector, f"card on file {digits} thanks")) is is_card


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("NOC 24/7:   noc@transitco.example / +4915278999078", "+4915278999078"),
        ('{"to":"+3538170243139","body":"Your code"}', "+3538170243139"),
    ],
)
def test_international_numbers_are_no_cards(detector: Detector, text: str, number: str) -> None:
    got = found(detector, text)
    assert ("PHONE_NUMBER", number) in got
    assert not any(t == "CREDIT_CARD" for t, _ in got)


def test_mexican_mobile_one_is_still_written(detector: Detector) -> None:
    assert ("PHONE_NUMBER", "+52 1 81 4620 7650") in found(
        detector, "Número de móvil: +52 1 81 4620 7650"
    )


def test_a_bar_ends_the_field_before_the_number(detector: Detector) -> None:
    # "Account" belongs to the field before the bar: it does not make the number an account's
    got = found(detector, "Account K22245950 | Number +44 7700 900012")
    assert ("PHONE_NUMBER", "+44 7700 900012") in got
    assert ("ACCOUNT_NUMBER", "K22245950") in got


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Per assistenza chiami il 800-672120.", "800-672120"),
        ("call us immediately on 1800 634 0410 or visit the portal", "1800 634 0410"),
        ("ihned nám zavolejte na 800 354 364 nebo navštivte web", "800 354 364"),
        ("Kysyttävää? Soita numeroon 0800 799 109.", "0800 799 109"),
        ("natychmiast zadzwoń pod 800 789 071 lub wejdź na stronę", "800 789 071"),
    ],
)
def test_service_lines_in_many_languages(detector: Detector, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in found(detector, text)


def test_national_numbers_under_a_destination_column(detector: Detector) -> None:
    text = (
        "Date;Time;Destination;Service;Duration\n"
        "30.11.2023;16:30;(02) 9647 8802;Roam;15:33\n"
        "03.12.2023;14:45;0436 270 303;MMS;-\n"
    )
    got = found(detector, text)
    assert ("PHONE_NUMBER", "(02) 9647 8802") in got
    assert ("PHONE_NUMBER", "0436 270 303") in got


def test_a_mandate_reference_is_no_medical_record(detector: Detector) -> None:
    for text in ("Mandate reference: MR-6450392540", "Mandatsreferenz: MR-1464579869"):
        assert not any(t == "MEDICAL_RECORD_NUMBER" for t, _ in found(detector, text))
    assert ("MEDICAL_RECORD_NUMBER", "MR-6450392") in found(detector, "Chart MR-6450392 reviewed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kundenummer: 832697693\n\nHei Jon!", "832697693"),
        ("Mitt kundnummer är 884949603 och ni når mig", "884949603"),
        ("Asiakasnumero: 8885984324\nLaskun numero: 7039946929", "8885984324"),
        ("Číslo zákazníka: 916485169\n", "916485169"),
        ("N° client: KD0965735\n", "KD0965735"),
        ("Mi número de cliente es K84608866; pueden contactarme", "K84608866"),
    ],
)
def test_customer_numbers_in_many_languages(detector: Detector, text: str, value: str) -> None:
    assert ("ACCOUNT_NUMBER", value) in found(detector, text)


def test_shift_log_stamps_before_lowercase_entries(detector: Detector) -> None:
    text = (
        "NOC shift handover - night shift\n\n"
        "22:15 CS-2822908 still open, vendor ETA in 1 hours\n"
        "19:57 AS65216 flapping, dampened\n"
        "08:11 escalated to duty manager\n"
        "01:19 no alarms for the last 2 hours\n"
    )
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))
    # a range's other end is no log entry
    assert ("DATE_TIME", "16:00") in found(detector, text + "14:00 to 16:00 change window\n")


@pytest.mark.parametrize("company", ["Andersson Bygg AB", "Jensen Auto ApS", "Saimaa Oy"])
def test_nordic_company_forms_under_a_name_key(detector: Detector, company: str) -> None:
    assert not any(t == "PERSON" for t, _ in found(detector, f"Customer: {company}\n"))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Witness: Alistair Hargreaves, 020 7663 8572", "020 7663 8572"),
        ("You can reach me on 98016 39308 or by post", "98016 39308"),
        ("Bordet er booket 20.04.2026. Avbestill: 954 89 411", "954 89 411"),
        ("Referente in loco: Marco Rossi, 02 9405 8547.", "02 9405 8547"),
    ],
)
def test_more_phone_cues_and_shapes(detector: Detector, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "passwords"),
    [
        (
            "snmp-server user nms grp-ro v3 auth sha kestrel.estrela.67 priv aes 128 Ye%b5p0szwK\n",
            {"kestrel.estrela.67", "Ye%b5p0szwK"},
        ),
        ("username noc privilege 15 secret 0 f6X2$T*_zbVLr\n!\n", {"f6X2$T*_zbVLr"}),
        (
            "<Name>Device.PPP.Interface.1.Password</Name><Value>Cobalt-4719x</Value>",
            {"Cobalt-4719x"},
        ),
        # placeholders and hashed secrets (type 5) are no passwords
        ("snmp-server user nms grp v3 auth sha ${SNMP_AUTH} priv aes 128 ${SNMP_PRIV}\n", set()),
        ("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n", set()),
    ],
)
def test_passwords_in_network_device_configs(
    ner_detector: Detector, text: str, passwords: set[str]
) -> None:
    got = found(ner_detector, text)
    assert {v for t, v in got if t == "PASSWORD"} == passwords
    assert not any(t == "PERSON" for t, _ in got)  # "auth sha" is no one


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a ticket's link in the sentence before does not make the number a ticket's
        ("See …/support/ticket?id=8378524. Questions? Call us on 1300 937 843.", "1300 937 843"),
        ("Vragen? Bel ons op 0800-9442.", "0800-9442"),  # eight digits with a trunk 0
        ("Telefonní číslo: 691 679 935", "691 679 935"),
        ("contactez-nous immédiatement au 0800 76 685 ou", "0800 76 685"),
    ],
)
def test_phones_after_a_sentence_with_a_key_word(
    detector: Detector, text: str, number: str
) -> None:
    assert ("PHONE_NUMBER", number) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ticket: 0800 456 380",
        "Exported: 2024-06-20T20:55:08.406202",
        "Officer gave me report number 03-084850.",
        "Cidade: São Paulo   UF: SP   CEP: 04771-408",
    ],
)
def test_numbers_that_are_no_phones(detector: Detector, text: str) -> None:
    assert not any(t == "PHONE_NUMBER" for t, _ in found(detector, text))


def test_an_sms_sender_id_is_a_brand(ner_detector: Detector) -> None:
    text = '{"to":"+447157391580","sender":"Celtic Wave","body":"Data roaming: 80% used"}'
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))
    text = '{"to":"+447157391580","sender":"Priya Raman","body":"see you at 5"}'
    assert ("PERSON", "Priya Raman") in found(ner_detector, text)
    # a sender's key on a form names a person, however rare the name
    text = "Sender: Hiwot Shevchenko (daughter, authorized proxy)"
    assert ("PERSON", "Hiwot Shevchenko") in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("proběhne dne 5. listopadu 2025 v čase 02:00–06:00 údržba", "5. listopadu 2025"),
        ("Upomínka - 28. dubna 2023", "28. dubna 2023"),
        ("faktura ze dne 30. září 2023 na částku 99,99 Kč", "30. září 2023"),
    ],
)
def test_czech_dates(detector: Detector, text: str, date: str) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


def test_a_gateway_log_keeps_the_number_after_its_key(detector: Detector) -> None:
    text = "2024-02-20T19:44:58Z sms.out to=447850858699 from=AlbionMob status=DELIVERED"
    assert ("PHONE_NUMBER", "447850858699") in found(detector, text)
