"""Letters and dispatch records: the person a letter greets and the one who signs it, a
dispatcher's "0700 hrs", a clock under a form's key, identifiers after "n.º" and patient
file keys in other languages. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.detect._gazetteer import salutation_names


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def persons(d: Detector, text: str) -> set[str]:
    return {v for t, v in found(d, text) if t == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("> Caro Sr. Silva,\n>\n> Conseguem enviar a proposta?\n", "Silva"),
        ("Egregio Ing. Bianchi,\n\nIn allegato il preventivo.\n", "Bianchi"),
        ("Lieber Giulia,\n\nWir haben jeden Samstag einen Jour fixe.\n", "Giulia"),
        ("Sehr geehrte Frau Dr. von der Heide,\n\nzu Ticket REQ-2025-60483:\n", "von der Heide"),
        ("Thanks for the help.\n\nSaluti,\nSofia\n\n-----Original Message-----\n", "Sofia"),
    ],
)
def test_a_letters_greeting_and_signature(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Team,\n\nThe build is green.\n",
        "Dear Hiring Manager,\n\nPlease find my CV attached.\n",
        "Best regards,\nCustomer Support\n",
    ],
)
def test_a_greeting_of_no_one(detector: Detector, text: str) -> None:
    assert not persons(detector, text)


def test_a_greeted_word_that_no_list_knows_needs_a_title() -> None:
    assert salutation_names("Hello Brightwater,\n\nYour order shipped.\n") == []
    text = "Dear Ms. Brightwater,\n\nYour order shipped.\n"
    assert [text[f.start : f.end] for f in salutation_names(text)] == ["Brightwater"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C: Dispatched 0608 hrs to the above for difficulty breathing.", "0608 hrs"),
        ("Arrest date/time:   06/10/2025 at 1658 hrs\n", "06/10/2025 at 1658 hrs"),
        ("Quick handoff before I go off at 7:00 AM:\n- E41 OOS\n", "7:00 AM"),
        ("Alarm: 11:17   Ausgerückt: 11:23   Eingetroffen: 11:28\n", "11:23"),
        ("Alarm: 11:17   Ausgerückt: 11:23   Einsatzende: 12:24\n", "12:24"),
        ("Llegada del recurso: 08:53. Médico: Dra. Sánchez.\n", "08:53"),
    ],
)
def test_a_dispatch_clock(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Call duration: 04:58\n",  # a duration, not a time of day
        "9:57 PM: Ana said hi\n",  # a chat's clock before its words
        "2024-01-01 10:23:45 INFO started\n",  # a log line's stamp
        "Total 2400 hrs of flight time\n",  # no hour 24
        # a surveillance log's line stamps
        "Residence in Sacramento.\n\n0513 hrs  Surveillance initiated.\n0549 hrs  Subject exits\n",
        # a tachograph's durations after their keys
        "Tempo total de condução: 8:04 h   Pausa: 1:00 h\n",
        "Lenkzeit gesamt: 8:13 h   Pause: 0:30 h\n",
    ],
)
def test_no_dispatch_clock(detector: Detector, text: str) -> None:
    assert not {v for t, v in found(detector, text) if t == "DATE_TIME"}


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("Permiso de conducción n.º 60238695Q (clase B)\n", "DRIVER_LICENSE", "60238695Q"),
        ("Hasta dosya no: 71699654\n", "MEDICAL_RECORD_NUMBER", "71699654"),
        ("Processo hospitalar: 47293246\n", "MEDICAL_RECORD_NUMBER", "47293246"),
    ],
)
def test_identifiers_after_keys_of_other_languages(
    detector: Detector, text: str, etype: str, value: str
) -> None:
    assert (etype, value) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Spett.le Bottega Rinaldi S.r.l.\nUfficio Assistenza Clienti\n", "Bottega Rinaldi"),
        ("Establecimiento: Almacenes Ortega, S.A. — Paseo de Gracia\n", "Almacenes Ortega"),
        ("Account name: Van Dam Wonen B.V.\nNew IBAN: on file\n", "Van Dam Wonen"),
    ],
)
def test_a_company_with_its_legal_form_is_no_person(
    ner_detector: Detector, text: str, company: str
) -> None:
    got = persons(ner_detector, text)
    assert not {p for p in got if company.split()[-1] in p}
