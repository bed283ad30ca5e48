"""Logistics records: gate logs, consignment notes, delivery slips and route sheets, where a
name is often written "SURNAME, Given" (in capitals too) after a key, a title or a role
word. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "2025-11-01 19:59:49,544 GATE-OUT lane 11 truck HH-DC 1181 cntr CSNU4634320 "
            "driver Delacroix, Mathieu lic 7146021804 haulier BlueHarbor Logistics",
            "Delacroix, Mathieu",
        ),
        ("ROUTE 33 - January 31, 2023 - Driver: KANG, SEO-YEON - Van V25", "KANG, SEO-YEON"),
        ("Destinatario: Sig.ra AL-FARSI, LAYLA\nVia del Porto 72/A", "AL-FARSI, LAYLA"),
        ("Destinataire : M. Girard, Amélie\n113 chemin des Vignes", "Girard, Amélie"),
        ("Buyer / Consignee:\nOCAMPO, XÓCHITL\n9394 Summer Grove Blvd", "OCAMPO, XÓCHITL"),
        ("| 1 | 08:30-09:30 | AL-FARSI, KARIM | Flat 2, 161 Church Lane |", "AL-FARSI, KARIM"),
    ],
)
def test_surname_comma_given_name_in_logistics_fields(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a title before a surname and a word that is no given name: the surname alone
        ("Zuständig: Herr Bauer, Durchwahl (0341) 429 0364.", "Bauer, Durchwahl"),
        # a department, then a name with its particle: no "Department, Given" name
        (
            "Rückfragen: Personalabteilung, Jörg von Bülow, Tel. +49 (0)89 77875-742",
            "Personalabteilung, Jörg",
        ),
        # capitals that are a town and its country
        ("Port of loading: ROTTERDAM, NETHERLANDS\n", "ROTTERDAM, NETHERLANDS"),
    ],
)
def test_comma_names_stay_out_of_other_fields(detector: Detector, text: str, wrong: str) -> None:
    assert ("PERSON", wrong) not in found(detector, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ditt paket levereras lördag 14 juni mellan 19:45 och 21:45.", "lördag 14 juni"),
        (
            "Nous sommes passés le mardi 8 août 2023, 19 h 15 en votre absence.",
            "mardi 8 août 2023, 19 h 15",
        ),
        ("gönderiniz 3 Aralık 2023 Pazar saat 07:50 itibarıyla", "3 Aralık 2023 Pazar saat 07:50"),
        (
            "A entrega está prevista para terça-feira, 17 de setembro de 2024 às 12:00.",
            "terça-feira, 17 de setembro de 2024 às 12:00",
        ),
        ("Dato / Klokkeslett: lørdag 23. desember 2023, 19.20", "lørdag 23. desember 2023, 19.20"),
        ("Ladedatum: 18.07.2023   Ladezeit: 12:10", "12:10"),
    ],
)
def test_dates_of_other_languages_with_weekday_and_time(
    detector: Detector, text: str, date: str
) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


def test_time_columns_and_keys_of_other_languages(detector: Detector) -> None:
    route = (
        "rit;stop;naam;telefoon;van;tot;opmerking\n"
        "604;1;Torsten Pfeiffer;+31 6 48410506;10:00;11:30;2 colli\n"
    )
    got = found(detector, route)
    assert {("DATE_TIME", "10:00"), ("DATE_TIME", "11:30")} <= got
    # a waiting time is a duration; a street named after a date is a street
    assert not any(t == "DATE_TIME" for t, _ in found(detector, "Wartezeit: 00:45"))
    text = "Crew dispatched to Calle 5 de Mayo 157, Col. Roma Norte"
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


def test_a_street_column_and_a_first_address_line(detector: Detector) -> None:
    route = (
        "rit;stop;naam;straat;postcode;plaats;telefoon\n"
        "604;1;Torsten Pfeiffer;Prinsengracht 138;9007 TD;Venlo;+31 6 48410506\n"
    )
    assert ("ADDRESS", "Prinsengracht 138") in found(detector, route)
    record = '{"address": {\n  "line1": "Keizersgracht 32",\n  "city": "Den Haag"\n}}'
    assert ("ADDRESS", "Keizersgracht 32") in found(detector, record)


def test_a_state_field_holding_a_status_is_no_place(detector: Detector) -> None:
    log = (
        "2023-08-23T06:12:15.424Z door=D14 state=OPEN temp_c=3.1 rh=55\n"
        "2023-08-23T06:12:19.424Z door=D15 state=CLOSED temp_c=3.1 rh=55\n"
    )
    assert not any(t == "LOCATION" for t, _ in found(detector, log))
    assert ("LOCATION", "Texas") in found(detector, "city=Austin state=Texas")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a line's key in another language, twice, is no speaker
        (
            "Bestelldatum: 2025-03-02\n\nArtikel: 93556483  LED-Schreibtischlampe  x2\n"
            "Artikel: 84679895  Regenjacke M  x2\n",
            "Artikel",
        ),
        (
            "Véhicule 539\n  Pièces: KBJ-23901, BQ267150  Immobilisation: 20 h\n"
            "Véhicule 612\n  Pièces: GRV-84698, DE839060  Immobilisation: 41 h\n",
            "Pièces",
        ),
        # two English words, the second one a surname too, are no name
        ("8. Importing Carrier  YM WELLNESS   9. Mode of Transport  11", "Importing Carrier"),
        ("19. Foreign Port of Lading  78743   20. U.S. Port of Unlading", "Foreign Port"),
        ("FN:Wei Mitchell\nORG:Iron Horse Fleet;Linehaul\nTITLE:Fleet Manager", "Horse Fleet"),
    ],
)
def test_logistics_words_are_no_names(ner_detector: Detector, text: str, wrong: str) -> None:
    assert ("PERSON", wrong) not in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is an English word too still opens a name before a surname
        ("Your State Pension statement\n\nPoppy Roberts\n47 Green Road\nLimerick", "Poppy Roberts"),
        ("Electronically signed out by Mark J. White, MD, FCAP on 08/23/2022", "Mark J. White"),
        # and a title or role word before a surname still gives the surname
        ("Sehr geehrte Frau Fischer,\n\nwir möchten Sie informieren.", "Fischer"),
        ("- 4/20/2023 - Claimant Walker treated at ER, dx F41.1", "Walker"),
    ],
)
def test_word_given_names_and_titled_surnames_stay(
    ner_detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ORDER TO GO TO COURT: Hearing Mon 07/28/2025 09:00, Dept. 16", "Mon 07/28/2025 09:00"),
        ("Results disclosure: Wed 01/29/2025 at 2:00pm via telehealth", "Wed 01/29/2025 at 2:00pm"),
        ("Check-in is Tue 08/08/2023 at 16:00 and checkout", "Tue 08/08/2023 at 16:00"),
        ("see you Sat 01/13 at 6", "Sat 01/13 at 6"),
    ],
)
def test_short_weekday_before_a_date_with_its_year(
    detector: Detector, text: str, date: str
) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("NorthStar Health member # 57391142183\nSeen Jun 15, 2025 for a cough.", "Jun 15, 2025"),
        ("ORDER TO GO TO COURT: Hearing Mon 07/28/2025 09:00, Dept. 16", "Mon 07/28/2025 09:00"),
    ],
)
def test_a_word_before_a_month_or_weekday_makes_no_name(
    ner_detector: Detector, text: str, date: str
) -> None:
    got = found(ner_detector, text)
    assert ("DATE_TIME", date) in got
    assert not any(t == "PERSON" for t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "jobs:\n  deploy:\n    steps:\n      - name: Migrate\n        env:\n          DB: prod\n",
        "From: Fennec Money Support <help@fennec.money>\nTo: ana@example.com\n",
        "From: Strata Wallet <no-reply@stratawallet.com>\nTo: ana@example.com\n",
        "From: Orbita Exchange Verification <verify@orbita.exchange>\n",
    ],
)
def test_workflow_steps_and_firms_mailboxes_are_no_people(
    ner_detector: Detector, text: str
) -> None:
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_a_person_list_in_yaml_keeps_its_names(ner_detector: Detector) -> None:
    text = "person:\n  - name: Lukas Phillips\n    id: lphillips\n"
    assert ("PERSON", "Lukas Phillips") in found(ner_detector, text)


ROSTER = (
    "CREW ROSTER\n"
    "  DATE       FLT      DEP  ARR  STD    STA\n"
    "  27JUL24    AP 6978  HAM  GOT  17:15  20:56\n"
    "  28JUL24    AP 1027  DXB  BOM  09:10  13:40\n"
)


def test_airline_dates_and_scheduled_times(detector: Detector) -> None:
    got = found(detector, ROSTER)
    for value in ("27JUL24", "28JUL24", "17:15", "20:56", "09:10", "13:40"):
        assert ("DATE_TIME", value) in got
    assert not any(v in ("HAM", "GOT", "DXB", "BOM") for _, v in got)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("passenger manifest LJ9117 GDN-MUC flight date 11FEB2026\n", "11FEB2026"),
        ("rostered on AP 7409 BCN-SYD departing 28AUG2025 8:20 PM.", "28AUG2025 8:20 PM"),
        ("Data zdarzenia: 21.09.2026    Godzina (UTC): 17:50\nMiejsce: lotnisko", "17:50"),
    ],
)
def test_aviation_dates_and_clocks(detector: Detector, text: str, date: str) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


def test_airline_date_shape_needs_a_month_and_boundaries(detector: Detector) -> None:
    got = found(detector, "booking ref XB27JUL24Q and code 32JUL24 and 27JULY24")
    assert not any(t == "DATE_TIME" for t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "1  Transport Rouen → Barcelona, 29 Pal., 7472 kg ........ 766,34 €",
        "07:00  Início de serviço     Coimbra   km 378185",
    ],
)
def test_a_town_that_is_a_rare_given_name_is_no_person(ner_detector: Detector, text: str) -> None:
    assert not any(t == "PERSON" for t, _ in found(ner_detector, text))


def test_a_given_name_that_is_a_town_after_its_surname_is_a_name(ner_detector: Detector) -> None:
    assert ("PERSON", "LIU Xinyi") in found(ner_detector, "Xiexie!\n\nLIU Xinyi\nHanbit Tech\n")


def test_two_full_names_in_one_cell_are_two_people(ner_detector: Detector) -> None:
    text = (
        "Date         Start  End    Device  Session  Instructor            Trainees\n"
        "2026-01-03   06:00  10:00  FFS-1   FFS 1    Kostas Karagiannis    "
        "Elisa Colombo, Seo-yeon Jung\n"
    )
    persons = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert persons == {"Kostas Karagiannis", "Elisa Colombo", "Seo-yeon Jung"}
    # "Last, First" in one field stays one name
    assert ("PERSON", "Carter, Elizabeth") in found(ner_detector, 'name\n"Carter, Elizabeth"\n')
