"""Scanned and exported layouts: identity documents whose keys stand over their values,
names in capitals with their particles, "City ST ZIP" lines, post office boxes in capitals,
right-aligned DataFrame prints, roster columns "last,first" and surnames that are brands.
Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.detect._structured import dialogue_answers, stacked_cells


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def persons(d: Detector, text: str) -> set[str]:
    return {v for t, v in found(d, text) if t == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "CARTE NATIONALE D'IDENTITÉ\nNom / Surname\nPHAM\nPrénoms / Given names\nLAN\n"
            "Sexe F   Nationalité FRA\n",
            {"PHAM", "LAN"},
        ),
        (
            "PERSONALAUSWEIS\nName / Surname / Nom\nMÜLLER\nVornamen / Given names / Prénoms\n"
            "TORSTEN\nGeburtstag / Date of birth\n04.06.1947\n",
            {"MÜLLER", "TORSTEN"},
        ),
        (
            "Passport No./No. du passeport  327002148\nSurname   HUGHES\nGiven names\nROBERT\n"
            "Nationality   BRITISH CITIZEN\n",
            {"HUGHES", "ROBERT"},
        ),
    ],
)
def test_an_identity_documents_key_over_its_value(
    detector: Detector, text: str, names: set[str]
) -> None:
    assert persons(detector, text) >= names


@pytest.mark.parametrize(
    "text",
    [
        # a heading over a name is no key of a place
        "IN THE MATTER OF THE ESTATE OF\nSIOBHÁN O'SULLIVAN, Deceased.\nCase No. PR-2025-1\n",
        "SHIFTHIVE WEEKLY EARNINGS STATEMENT\nJENNIFER JOHNSON\nPay period: 12/12/2024\n",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF COLORADO\n",
        # a key over another key, or over a value with digits
        "Surname\nGiven names\nNationality\n",
        "Name\n12 Main Street\n",
    ],
)
def test_no_stacked_cell_without_an_identity_key(text: str) -> None:
    assert [text[c.start : c.end] for c in stacked_cells(text)] == []


def test_stacked_cells_name_their_key() -> None:
    text = "Nom / Surname\nPHAM\nLieu de naissance / Place of birth\nLYON\n"
    cells = {(text[c.start : c.end], c.header) for c in stacked_cells(text)}
    assert cells == {("PHAM", "Nom"), ("LYON", "Lieu de naissance")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thames Valley Bank plc\nMr. TARIQ AL MANSOURI\nFlat 3\n", "TARIQ AL MANSOURI"),
        ("22-11-2023  Overschrijving DAAN VAN DEN BERG NL75  Af  888,64\n", "DAAN VAN DEN BERG"),
        ("Harris & Moore Logistics LLC          INÊS SOUSA DOS SANTOS\n", "INÊS SOUSA DOS SANTOS"),
    ],
)
def test_a_name_in_capitals_keeps_its_particles(detector: Detector, text: str, name: str) -> None:
    assert name in persons(detector, text)


def test_a_particle_ends_no_name_in_capitals(detector: Detector) -> None:
    # "LE" is the surname here, no particle before one
    text = "ALESSIA J. SANTORO, Petitioner,\nand\nVAN DUC LE, Respondent.\n"
    assert "DUC LE" not in persons(detector, text)


def test_a_city_and_state_before_a_zip_code_is_no_name(detector: Detector) -> None:
    text = "Madison WI 53743                      Albany NY 12296\nTel +1-582-343-7127\n"
    got = found(detector, text)
    assert ("PERSON", "Madison WI") not in got
    assert ("LOCATION", "Madison WI") in got


@pytest.mark.parametrize(
    "box",
    [
        "PO BOX 97648, PORTLAND, OR 97213",
        "PO BOX 50072, ST. LOUIS, MO 63192",
        "PO Box 97648, Portland, OR 97213",
    ],
)
def test_a_post_office_box_in_capitals(detector: Detector, box: str) -> None:
    # the box already ends in its state and ZIP code: the next line is no city line
    text = f"Submit claims to: {box}\nPayer ID 78212\n"
    assert ("ADDRESS", box) in found(detector, text)


def test_a_dataframe_print_is_read_by_its_right_aligned_columns(detector: Detector) -> None:
    text = (
        ">>> clienti[['nome', 'cognome', 'comune', 'cellulare']]\n"
        "        nome  cognome   comune        cellulare\n"
        "0       Anna    Ricci   Verona     365 073 9261\n"
        "1  Francesco    Gallo  Firenze  +39 370 7347348\n"
    )
    got = found(detector, text)
    assert {("PERSON", "Anna"), ("PERSON", "Ricci"), ("PERSON", "Francesco")} <= got
    assert {("PERSON", "Gallo"), ("LOCATION", "Verona"), ("LOCATION", "Firenze")} <= got


def test_a_rosters_last_and_first_columns(detector: Detector) -> None:
    text = (
        "student_id,last,first,birthdate\n5205971,Lindqvist,Ana,02/23/2017\n"
        "6113880,Washington,José,11/04/2013\n"
    )
    assert persons(detector, text) >= {"Lindqvist", "Ana", "Washington", "José"}
    # alone, "last" is no name's column
    assert not persons(detector, "id,last,seen\n1,Pending,Yes\n2,Closed,No\n")


def test_a_header_with_an_apostrophe_heads_a_table(detector: Detector) -> None:
    text = (
        "N° adhérent;NOM;PRENOM;Date d'effet\n33KX1651150;ROUSSEAU;Margaux;04/08/2025\n"
        "62GE5088147;LEFÈVRE;Karim;08/10/2025\n"
    )
    assert persons(detector, text) >= {"ROUSSEAU", "Margaux", "LEFÈVRE", "Karim"}


def test_a_surname_that_is_a_brand(detector: Detector) -> None:
    assert "Ferrari" in persons(detector, "cognome: Ferrari\nnome: Gianluca\n")
    assert "Ford" in persons(detector, "last_name,first_name\nFord,Harrison\nSmith,Jo\n")
    assert not persons(detector, "Brand: Ferrari\nModel: Roma\n")


def test_a_dialogue_needs_four_turns() -> None:
    # three turns with a colon and a blank are no dialogue, whatever they hold
    assert dialogue_answers("Agent: your account number?\nCaller: 57423951\nAgent: ok\n") == []
    talk = (
        "Agent: can i get the account number\nCaller: 57423951\n"
        "Agent: and your zip code\nCaller: 80211\n"
    )
    got = {(talk[c.start : c.end], c.header) for c in dialogue_answers(talk)}
    assert got >= {("57423951", "account number"), ("80211", "zip code")}
