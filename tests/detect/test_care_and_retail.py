"""Home care visit records and retail loyalty programmes: visit start and end keys, care
roles in other languages, Japanese names in kanji, loyalty card numbers and a store's
member numbers. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Data: 05/10/2024   Entrada: 8h45   Saída: 12h50\n", ["8h45", "12h50"]),
        (
            "<ServiceDate>2023-01-17</ServiceDate><CallIn>10:12</CallIn><CallOut>15:11</CallOut>",
            ["10:12", "15:11"],
        ),
        ("Date: 2/23/22   Time in: 7:40 a.m.   Time out: 2:05 p.m.\n", ["7:40 a.m.", "2:05 p.m."]),
        (
            "Datum;Mitarbeiter;Beginn;Ende\n12.05.2023;Halina Lewandowski;15:00;15:55\n",
            ["15:00", "15:55"],
        ),
    ],
)
def test_a_visits_start_and_end(detector: Detector, text: str, values: list[str]) -> None:
    got = found(detector, text)
    for v in values:
        assert ("DATE_TIME", v) in got


def test_an_xml_tag_is_no_name(ner_detector: Detector) -> None:
    text = "<Visit><CallIn>10:12</CallIn><CallOut>15:11</CallOut></Visit>"
    assert not {v for t, v in found(ner_detector, text) if t == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("利用者氏名：渡辺 博 様\n生年月日：1932年3月17日\n", "渡辺 博"),
        ("担当ヘルパー：鈴木 文子\nサービス内容：身体介護\n", "鈴木 文子"),
        ("緊急連絡先：長男 渡辺 和子 様 +81 90-6403-3021\n", "渡辺 和子"),
        ("「もしもし、佐藤 由美と申します。8月16日 15時からのご予約の件です。", "佐藤 由美"),
    ],
)
def test_japanese_names(detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(detector, text)


def test_japanese_words_without_a_space_are_no_name(detector: Detector) -> None:
    text = "サービス内容：身体介護（入浴介助・排泄介助）、生活援助（調理・掃除）。本日は食欲あり。"
    assert not {v for t, v in found(detector, text) if t == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Podopieczny/a: Stanisława Dąbrowska\nData urodzenia: 1931-07-02\n",
            "Stanisława Dąbrowska",
        ),
        ("Cuidadora: Luíza Carvalho\n", "Luíza Carvalho"),
        ("Klient: Wagner, Jürgen\n", "Wagner, Jürgen"),
    ],
)
def test_care_roles_of_other_languages_name_people(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Full name: Imogen Roberts\nLoyalty number: 6089-5445-0118\n", "6089-5445-0118"),
        ("Caissière : Inès\nCarte fidélité n° 3430 4377 337 - Chloé Durand\n", "3430 4377 337"),
        ("Kundenkarte: Schneider, Sophie\nKarten-Nr.: 8542 5574 348\n", "8542 5574 348"),
        ("E-post: n.saleh54@free.fr\nMedlemsnummer: LY3780473927\n", "LY3780473927"),
    ],
)
def test_a_loyalty_card_number_is_an_account(detector: Detector, text: str, value: str) -> None:
    assert ("ACCOUNT_NUMBER", value) in found(detector, text)


def test_sixteen_digits_under_a_loyalty_key_are_no_loyalty_number(detector: Detector) -> None:
    text = "Return window: 30 days. Loyalty ID: 1363562366457184"
    assert ("ACCOUNT_NUMBER", "1363562366457184") not in found(detector, text)


def test_a_stores_member_numbers_are_accounts_a_health_plans_are_not(detector: Detector) -> None:
    store = (
        "member_id|first_name|last_name|tier|points|enrolled_on\n"
        "93240451561|Lakshmi|Mehta|Basic|2961|10/11/2016\n"
    )
    got = found(detector, store)
    assert ("ACCOUNT_NUMBER", "93240451561") in got
    assert ("HEALTH_PLAN_NUMBER", "93240451561") not in got
    plan = "member_id|first_name|last_name|plan|copay\n93240451561|Lakshmi|Mehta|PPO Gold|25.00\n"
    assert ("HEALTH_PLAN_NUMBER", "93240451561") in found(detector, plan)


def test_a_store_member_number_stays_out_when_accounts_are_not_asked_for() -> None:
    d = Detector(ner=False, types=["HEALTH_PLAN_NUMBER"])
    text = "member_id|first_name|tier|points\n93240451561|Lakshmi|Basic|2961\n"
    assert d.find(text) == []


def test_a_team_member_number_is_no_health_plan(detector: Detector) -> None:
    text = "Decision: PENDING - further review\nAssociate: Connor  Team member #305085\n"
    assert ("HEALTH_PLAN_NUMBER", "305085") not in found(detector, text)


def test_a_member_reference_is_no_plan_id(detector: Detector) -> None:
    text = "APPROVED - THANK YOU\nMember ref: 924-77-6348\nLoyalty: 347512077888073\n"
    got = found(detector, text)
    assert not {v for t, v in got if t in ("HEALTH_PLAN_NUMBER", "ACCOUNT_NUMBER")}


def test_an_account_reference_is_an_account(detector: Detector) -> None:
    text = (
        "COUNCIL TAX BILL 2024/25\n\nAccount reference: 512712007\nDate of issue: 6 January 2026\n"
    )
    assert ("ACCOUNT_NUMBER", "512712007") in found(detector, text)


def test_a_context_word_is_a_whole_word_in_any_alphabet(detector: Detector) -> None:
    # "v" (a version's) stands in the negative context of dates; "vóór" holds no such word
    text = "Wij verzoeken u het bedrag vóór 06-03-2024 over te maken op de rekening"
    assert ("DATE_TIME", "06-03-2024") in found(detector, text)
    assert ("DATE_TIME", "06-03-2024") not in found(detector, "release v 06-03-2024 build")


def test_a_specimens_collection_time_is_a_date(detector: Detector) -> None:
    text = (
        '{"collectedAt": "2024-12-20T07:46:15", "updatedAt": "2024-12-20T09:00:00"}\n'
        "<CollectedOn>2024-05-12T09:07:18</CollectedOn><UpdatedOn>2024-05-13T10:00:00</UpdatedOn>\n"
    )
    got = {v for t, v in found(detector, text) if t == "DATE_TIME"}
    assert got == {"2024-12-20T07:46:15", "2024-05-12T09:07:18"}
