"""Text in other languages and in other shapes: common words of German, Spanish, French and
Portuguese are no names, names after role words, foreign keys of ids, national phone
formats, and a few secret shapes. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector
from veil.detect._gazetteer import foreign_words, name_lists


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def test_foreign_word_list_holds_words_not_names() -> None:
    words = foreign_words()
    assert {"uhr", "gracias", "behandlung", "kollege", "mutuelle", "grüßen"} <= words
    first, surnames = name_lists()
    # names are about as frequent in every language, so they fall out of the list...
    assert not {"carlos", "rosa", "josé", "maría", "max"} & words
    # ...and it takes nothing from the given names or surnames veil knows
    assert not words & first
    assert not words & surnames
    assert "uhr" not in first and "gracias" not in first  # the romanized list held both


@pytest.mark.ner
@pytest.mark.parametrize(
    "text",
    [
        "Wir haben Ihre Rücksendung am 30.04.2025 um 14:30 Uhr erhalten.",
        "Mit freundlichen Grüßen, Herr Kollege",
        "Sehr geehrte Frau Kollegin, die Behandlung von Ihren Patienten ist abgeschlossen.",
        "Gracias por favor. Cambio de reserva confirmado.",
        "Madame, Monsieur, trois jours de retard.",
        "Mutuelle : Harmonie Mutuelle",
    ],
)
def test_common_words_of_other_languages_are_no_names(ner_detector: Detector, text: str) -> None:
    got = {(t, v) for t, v in found(ner_detector, text) if t in ("PERSON", "LOCATION")}
    assert got == set()


@pytest.mark.ner
def test_names_that_are_words_elsewhere_are_still_found(ner_detector: Detector) -> None:
    text = (
        "Message from caregiver Tomasz Zieliński about Ha-eun Mwangi. "
        "SMS with Femke van Dijk. Carlos Gutiérrez lives in Bergen."
    )
    got = found(ner_detector, text)
    for name in ("Tomasz Zieliński", "Ha-eun Mwangi", "Femke van Dijk", "Carlos Gutiérrez"):
        assert ("PERSON", name) in got


@pytest.mark.ner
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- 11/28/2022 - Claimant Eze treated at ER.", "Eze"),
        ("2022-09-18 - Paralegal Michael uploaded the passport copy.", "Michael"),
        ("9:45 AM Agent Quang: Hi, thanks for contacting Fabrikam.", "Quang"),
        ("Claimant Walker treated at ER.", "Walker"),
    ],
)
def test_role_word_is_no_part_of_the_name(ner_detector: Detector, text: str, name: str) -> None:
    persons = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert persons == {name}


@pytest.mark.ner
def test_role_word_before_an_ordinary_word_is_no_name(ner_detector: Detector) -> None:
    text = "Please call Customer Service. Agent Desktop crashed again."
    assert not {v for t, v in found(ner_detector, text) if t == "PERSON"}


@pytest.mark.ner
@pytest.mark.parametrize(
    ("text", "name"),
    [("Prénom : Tunde", "Tunde"), ("Nom : BELLO", "BELLO"), ("Vorname: Jörg", "Jörg")],
)
def test_name_keys_of_other_languages(ner_detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_detector, text)


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("Nº historia clínica: 7649-3502", "MEDICAL_RECORD_NUMBER", "7649-3502"),
        ("Tél. : +33468724728\nN° dossier : E9578566", "MEDICAL_RECORD_NUMBER", "E9578566"),
        ("Prontuário: E7939477", "MEDICAL_RECORD_NUMBER", "E7939477"),
        ("Patienten-ID: 257-91-69", "MEDICAL_RECORD_NUMBER", "257-91-69"),
        ("Mutuelle : MGEN, n° adhérent ROR751699754", "HEALTH_PLAN_NUMBER", "ROR751699754"),
        ("Convênio: Unimed, carteirinha 21539358001", "HEALTH_PLAN_NUMBER", "21539358001"),
        ("Tarjeta sanitaria / póliza: HRC723946814", "HEALTH_PLAN_NUMBER", "HRC723946814"),
        ("Estorno na agência 4037, conta corrente 339-229766-0.", "ACCOUNT_NUMBER", "339-229766-0"),
        ("Référence client : 7835986099", "ACCOUNT_NUMBER", "7835986099"),
        ("Kundennummer: 81446684", "ACCOUNT_NUMBER", "81446684"),
        (
            '"drivers_license": {"number": "S69043676", "state": "MA"}',
            "DRIVER_LICENSE",
            "S69043676",
        ),
        (
            "drivers_license:\n    number: P130-1241-3599\n    state: IL",
            "DRIVER_LICENSE",
            "P130-1241-3599",
        ),
    ],
)
def test_keyed_ids_in_other_languages_and_nested_keys(
    detector: Detector, text: str, etype: str, value: str
) -> None:
    assert (etype, value) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Je reste joignable au 0112097850 à tout moment.", "0112097850"),
        ("Telefone: 918 742 102", "918 742 102"),
        ("y mi móvil 614 834 698", "614 834 698"),
        ("Rückfragen gerne unter 040-44908711.", "040-44908711"),
        ("someone called me from 0911-0024232 pretending", "0911-0024232"),
        ("tel. 33 9434 6514", "33 9434 6514"),
    ],
)
def test_national_phone_formats_with_context(detector: Detector, text: str, value: str) -> None:
    assert ("PHONE_NUMBER", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    ["Order 123 456 789 shipped.", "Invoice 918 742 102 is due.", "Version 1.2.3.4 released."],
)
def test_number_groups_without_phone_context_stay_quiet(detector: Detector, text: str) -> None:
    assert found(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("export SLACK_BOT_TOKEN=xoxe.xoxp-1-oa8VMnQVbMsZZRmfnuca23XNQ9Ks0SdlUSSShVEOae",
         "SLACK_TOKEN", "xoxe.xoxp-1-oa8VMnQVbMsZZRmfnuca23XNQ9Ks0SdlUSSShVEOae"),
        ('-H "Authorization: Bearer xoxa-2-cWJhLd7KaxghC5sYtP9ojwt4kdtAgbPC"',
         "SLACK_TOKEN", "xoxa-2-cWJhLd7KaxghC5sYtP9ojwt4kdtAgbPC"),
        ("curl -s -u api:key-4a164c07fdac9d2809b65279cad973c1 https://api.mailgun.net/v3",
         "GENERIC_SECRET", "key-4a164c07fdac9d2809b65279cad973c1"),
        ("google.maps.api.key=AIzasfV982m7eoB28_gdy9WY_fwG5ptSK29cJov",
         "GENERIC_SECRET", "AIzasfV982m7eoB28_gdy9WY_fwG5ptSK29cJov"),
        ("my API key into a bot: key McfeBC8s1Cnytab5iq5ZCZeKDeGyDhIyotGGAvZtKpFCdlxN6oby7",
         "GENERIC_SECRET", "McfeBC8s1Cnytab5iq5ZCZeKDeGyDhIyotGGAvZtKpFCdlxN6oby7"),
        ("4:26 PM Customer: ok new one is G@l@xy42.", "PASSWORD", "G@l@xy42"),
        ("Deploying build to 137.190.249.199 as deploy@172.31.81.114",
         "IP_ADDRESS", "172.31.81.114"),
        ("Deploying build to 137.190.249.199 as deploy@172.31.81.114",
         "IP_ADDRESS", "137.190.249.199"),
    ],
)  # fmt: skip
def test_secret_and_host_shapes(detector: Detector, text: str, etype: str, value: str) -> None:
    assert (etype, value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new one is ready. The new one is better.",
        "Release notes: build 10.2.1.3 and version 4.0.1.2",
        '"private_key_id": "52db1f1b5059449e1ca171b5dd288088ce85e329"',
    ],
)
def test_look_alikes_stay_quiet(detector: Detector, text: str) -> None:
    assert found(detector, text) == set()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("M211379,Ngoc,Vu,ngoc.vu@hotmail.fr,454-267-0014,1948-04-02", "454-267-0014"),
        ("We faxed Dr. Hoang at 238.725.9145.", "238.725.9145"),
        ("or call 1-871-912-1496 today", "1-871-912-1496"),
        ("Telefon: 814-863-299  E-mail: x@y.pl", "814-863-299"),
        ("Mobile: 0 (501) 331 74 25   Email", "0 (501) 331 74 25"),
    ],
)
def test_phone_shapes_with_unassigned_codes(detector: Detector, text: str, value: str) -> None:
    """A North American 3-3-4 shape is a phone number even when its area code is not
    assigned (``phonenumbers`` calls it invalid); other national shapes need context."""
    assert ("PHONE_NUMBER", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 454-267-0014 shipped",
        "ticket 238.725.9145 closed",
        "ORD-454-267-0014 and 454-267-0014-22",
        "build 2024.123.4567",
        "mixed 454-267.0014 separators",
        "Invoice 814-863-299",
    ],
)
def test_phone_shapes_that_are_ids_stay_quiet(detector: Detector, text: str) -> None:
    assert not {v for t, v in found(detector, text) if t == "PHONE_NUMBER"}


@pytest.mark.ner
@pytest.mark.parametrize(
    "text",
    [
        "Reported by the SRE team. Keys rotated; old value kept for the audit.",
        "App:                 FitTrack 5.11.1 (build 1234)",
        "Join link: https://doxy.me/0492243738  Passcode: 829873",
        "Vehicle: 2015 Nissan Altima, VIN U4AA7XF8YYRALFGT0",
        "Paid: MC ****4484  Auth 066458",
    ],
)
def test_words_of_forms_and_cars_are_no_people(ner_detector: Detector, text: str) -> None:
    assert not {v for t, v in found(ner_detector, text) if t == "PERSON"}


@pytest.mark.ner
def test_place_alone_in_a_table_cell_is_a_place(ner_detector: Detector) -> None:
    row = "M450998;Off-Peak;3189;Kenya\nM450999;Premium;3190;Kenya"
    got = found(ner_detector, row)
    assert ("PERSON", "Kenya") not in got
    prose = "Ask Kenya, she knows the answer."
    assert ("PERSON", "Kenya") in found(ner_detector, prose)  # a given name still


def test_in_another_language_only_known_places_are_places(ner_detector: Detector) -> None:
    note = (
        "Diagnose: Aphasie nach Insult. Die Patientin kommt mit ihrer Tochter zur Behandlung "
        "und ist sehr motiviert.\nA: Fortschritte in Spontansprache; Lesesinnverständnis "
        "stabil, aber die Wortfindung ist noch langsam.\nP: Hausbesuch ggf. in Augsburg."
    )
    got = found(ner_detector, note)
    assert ("LOCATION", "Augsburg") in got
    assert not {v for t, v in got if t == "LOCATION"} & {"Spontansprache", "Aphasie"}
    english = "We met in Catalonia last spring and flew on to Rotterdam, Netherlands."
    assert ("LOCATION", "Catalonia") in found(ner_detector, english)


def test_a_state_code_under_a_camel_case_key_beside_a_city_column(detector: Detector) -> None:
    csv = (
        "Id,FirstName,MailingCity,MailingState,MailingPostalCode\n003R,Thiago,Charleston,SC,29406\n"
    )
    assert ("LOCATION", "SC") in found(detector, csv)
    assert ("LOCATION", "CA") not in found(detector, "Issuing State: CA\nLicense: D1234567\n")


def test_romance_streets_and_phone_labels_are_no_people(ner_detector: Detector) -> None:
    head = (
        "Centro de Logopedia Voz y Palabra · Paseo de Gracia 76, 8º D, 04361 Bilbao · "
        "Tel. 91 332 30 35\nP: próxima cita el 21/06/2023. Revisión con ORL en Valencia."
    )
    got = found(ner_detector, head)
    people = {v for t, v in got if t == "PERSON"}
    assert not people & {"Paseo de Gracia", "Tel", "Valencia"}
    assert ("LOCATION", "Valencia") in got


def test_lowercase_dictation_names_after_titles_and_relations(ner_detector: Detector) -> None:
    text = (
        "referred by doctor giulia di stefano of Tampa, FL period. the patient's daughter "
        "kofi can be reached at 9712948126 period. the doctor said hi period."
    )
    got = found(ner_detector, text)
    assert {("PERSON", "giulia di stefano"), ("PERSON", "kofi")} <= got
    assert not {v for t, v in got if t == "PERSON"} & {"said", "said hi"}


def test_consulates_and_degrees_are_no_people(ner_detector: Detector) -> None:
    text = (
        "Audiologist: Pieter Peters, Au.D.\nSu cita en el Consulado de España en Ottawa ha "
        "sido confirmada para el 16 de mayo de 2024."
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert "Pieter Peters" in people
    assert not people & {"Au", "Consulado de España", "Consulado"}


def test_words_of_a_nordic_letter_are_no_names(ner_detector: Detector) -> None:
    letter = (
        "Saksnummer: 52678184\n\nTil: Paweł Wiśniewska, Storgata 92, 7011 Trondheim\n"
        "Har du spørsmål, ring +47 55 55 33 33 eller send e-post. Vi ber om at du betaler "
        "innen fristen, og at du tar kontakt med oss hvis du har spørsmål om saken."
    )
    people = {v for t, v in found(ner_detector, letter) if t == "PERSON"}
    assert "Paweł Wiśniewska" in people
    assert not people & {"Til", "Har"}
    english = "— Nia (nia_okonkwo2@initech.de)\n\nThanks and regards of the team."
    assert ("PERSON", "Nia") in found(ner_detector, english)


def test_names_in_capitals(ner_detector: Detector) -> None:
    log = (
        "07:47:40 PT/SUBJ IS NOUR HADDAD DOB 09/12/1961, 82 YOA\n"
        "PATIENT INFORMATION - GRACE PERIOD APPLIES\n"
    )
    people = {v for t, v in found(ner_detector, log) if t == "PERSON"}
    assert people == {"NOUR HADDAD"}


def test_japanese_and_chinese_dates(detector: Detector) -> None:
    text = (
        "Check-in date: 2024年11月19日   Nights: 3\n"
        "生年月日: 1985年4月3日\n予約 2024年3月29日 15時30分"
    )
    got = {(f.entity_type.value, text[f.start : f.end]) for f in detector.find(text)}
    assert ("DATE_TIME", "2024年11月19日") in got
    assert ("DATE_OF_BIRTH", "1985年4月3日") in got
    assert ("DATE_TIME", "2024年3月29日 15時30分") in got
    quiet = "version 2024年 and 13月 nothing"
    assert not detector.find(quiet)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "zakupionego dnia poniedziałek, 1 stycznia 2024 w sklepie",
            "poniedziałek, 1 stycznia 2024",
        ),
        ("Termin: 30 października 2023 r.", "30 października 2023"),
        ("Randevu tarihi: 14 Mayıs 2024 Perşembe", "14 Mayıs 2024 Perşembe"),
        ("Bokad tid: 21 maj 2023, kom i tid", "21 maj 2023"),
        ("Mødet er den 3 marts 2025", "3 marts 2025"),
    ],
)
def test_polish_turkish_and_nordic_month_names(detector: Detector, text: str, date: str) -> None:
    assert ("DATE_TIME", date) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Location: Julianalaan 70-III, 6552 SL Nijmegen, Nederland",
            "Julianalaan 70-III, 6552 SL Nijmegen, Nederland",
        ),
        (
            "Mevrouw J. Schröder\nJavastraat 30 bis\n8055 JB Zwolle\n",
            "Javastraat 30 bis\n8055 JB Zwolle",
        ),
        (
            "Serhiy Kovalenko\nDrottninggatan 46 A, lgh 1008\n582 54 Linköping\n",
            "Drottninggatan 46 A, lgh 1008\n582 54 Linköping",
        ),
        ("Plats:   Rinkebysvingen 51, 724 91 Västerås", "Rinkebysvingen 51, 724 91 Västerås"),
        (
            "Location: ul. Sienkiewicza 42 m. 7, 25-680 Kielce, Polska",
            "ul. Sienkiewicza 42 m. 7, 25-680 Kielce, Polska",
        ),
        (
            "Olay yeri: Moda Mah. 1203. Sok. No: 93 Daire: 18, 16518 Osmangazi/Bursa",
            "Moda Mah. 1203. Sok. No: 93 Daire: 18, 16518 Osmangazi/Bursa",
        ),
        (
            "Sayın Oğuz Doğan\nAtatürk Mah. Gül Sok. No: 35 Daire: 9\n38244 Kocasinan/Kayseri",
            "Atatürk Mah. Gül Sok. No: 35 Daire: 9\n38244 Kocasinan/Kayseri",
        ),
    ],
)
def test_dutch_nordic_polish_and_turkish_street_addresses(
    detector: Detector, text: str, address: str
) -> None:
    assert ("ADDRESS", address) in found(detector, text)


def test_swedish_sentence_words_are_no_lowercase_names(ner_detector: Detector) -> None:
    for text in (
        "Målsägande uppger att hon/han fick ett sms från en okänd avsändare.",
        "Jag har en rörelsenedsättning och kan inte gå i trappor.",
    ):
        assert not any(t == "PERSON" for t, _ in found(ner_detector, text))
    assert ("PERSON", "linh nguyen") in found(ner_detector, "hey linh nguyen, call me back")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Central de atendimento: (21) 3570-2943", "(21) 3570-2943"),
        ("Telefoon:        050 959 9668", "050 959 9668"),
        ("Heeft u vragen? Bel ons op 020 431 3305 of mail ons", "020 431 3305"),
        ("può contattarci al numero 02 9790 7498.", "02 9790 7498"),
        ("and can be contacted on 081 576 0113.", "081 576 0113"),
        ("Burak Bey de katılacak, telefonu 0(212) 264 15 42.", "0(212) 264 15 42"),
    ],
)
def test_national_phone_numbers_after_phone_words_of_more_languages(
    detector: Detector, text: str, phone: str
) -> None:
    assert ("PHONE_NUMBER", phone) in found(detector, text)


def test_an_address_block_takes_its_country_line(detector: Detector) -> None:
    text = "Peak Trail Gear\nVia Toledo 6\n90172 Palermo PA\nItaly\nVAT: IT374535399"
    assert ("ADDRESS", "Via Toledo 6\n90172 Palermo PA\nItaly") in found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ad Soyad : ELİF ÖZCAN\nAdres    : yukarıdaki adres", "ELİF ÖZCAN"),
        ("Adı: IFRAH          Soyadı: OSMAN\n", "IFRAH"),
        ("Voornaam: Pieter\nAchternaam: Jansen", "Pieter"),
    ],
)
def test_turkish_polish_swedish_and_dutch_name_keys(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Doğum Tarihi: 21.12.1998     Uyruk: Somali", "21.12.1998"),
        ("Data urodzenia: 14.03.1985", "14.03.1985"),
        ("Födelsedatum: 1990-05-12", "1990-05-12"),
        ("urodzony 5 maja 1970 r. w Krakowie", "5 maja 1970"),
    ],
)
def test_birth_keys_of_more_languages_make_birth_dates(
    detector: Detector, text: str, date: str
) -> None:
    assert ("DATE_OF_BIRTH", date) in found(detector, text)


def test_turkish_dotted_capital_i_and_a_city_passed_through(detector: Detector) -> None:
    assert ("LOCATION", "İstanbul") in found(detector, "İstanbul'dan Trabzon'e taşındınız.")
    assert ("LOCATION", "İzmir, Turkey") in found(detector, "born 1859 in İzmir, Turkey.")
    text = "Classmates passing through Cleveland can reach me by e-mail."
    assert ("LOCATION", "Cleveland") in found(detector, text)


def test_a_turkish_street_after_an_address_key_is_whole(detector: Detector) -> None:
    text = "Adres: Moda Mah. 1203. Sok. No: 93 Daire: 18, 16518 Osmangazi/Bursa. Telefonu yok."
    street = "Moda Mah. 1203. Sok. No: 93 Daire: 18, 16518 Osmangazi/Bursa"
    assert ("ADDRESS", street) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Der Termin findet in München statt.", "München"),
        ("Envío desde Lisboa el lunes.", "Lisboa"),
        ("Przesyłka z Warszawa do Gdańska.", "Warszawa"),
        ("Mötet hålls i Göteborg.", "Göteborg"),
        ("Wir liefern nur innerhalb Deutschland.", "Deutschland"),
        ("Wysyłka tylko na terenie Polska.", "Polska"),
    ],
)
def test_places_by_their_own_languages_names(detector: Detector, text: str, place: str) -> None:
    assert ("LOCATION", place) in found(detector, text)


def test_a_countrys_foreign_name_that_is_an_english_word_is_no_place(
    detector: Detector,
) -> None:
    # "Somali" is Somalia in Turkish, and a language in English
    text = "Interpreters (Spanish, Vietnamese, Somali) can be requested."
    assert not {v for t, v in found(detector, text) if t == "LOCATION"}


def test_the_place_written_on_after_an_address_is_part_of_it(detector: Detector) -> None:
    text = "Woonadres: Amsterdamsestraatweg 146-II, 3307 LT Dordrecht, Nederland\n\nBring ID."
    got = found(detector, text)
    assert ("ADDRESS", "Amsterdamsestraatweg 146-II, 3307 LT Dordrecht, Nederland") in got
    assert ("LOCATION", "Nederland") not in got


def test_common_words_of_polish_turkish_and_nordic_text_are_listed() -> None:
    words = foreign_words()
    assert {"tarihi", "yeri", "leistungen"} <= words
    # their names stay out, in the name lists' ASCII spelling too ("małgorzata")
    assert not {"małgorzata", "bereket", "mehmet", "zeynep"} & words


@pytest.mark.ner
def test_turkish_form_keys_are_no_names(ner_detector: Detector) -> None:
    text = (
        "Adı Soyadı: Hatice Çetin\n"
        "Doğum Tarihi: 11 Ocak 1960    Doğum Yeri: Ankara\n"
        "Duruşma Tarihi: 24.05.2023    Saat: 14:00\n"
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert people == {"Hatice Çetin"}


@pytest.mark.ner
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Radom, dnia 6 listopada 2025 r.\n\nPani", "Radom"),
        ("Braga, 16 de janeiro de 2024\nO Oficial de Justiça", "Braga"),
        ("Data de nascimento: 15/11/1981    Naturalidade: Coimbra\n", "Coimbra"),
        ("Code postal : 71996    Commune : Limoges\n", "Limoges"),
    ],
)
def test_a_letters_dateline_and_a_town_key_make_a_name_of_the_list_a_place(
    ner_detector: Detector, text: str, place: str
) -> None:
    got = found(ner_detector, text)
    assert ("LOCATION", place) in got
    assert ("PERSON", place) not in got


@pytest.mark.ner
def test_german_compound_nouns_are_no_names_beside_no_name(ner_detector: Detector) -> None:
    text = (
        "Aktenvermerk Hausbesuch\n"
        "Die Verkäuferin, ausgewiesen durch gültigen Personalausweis, erschien. "
        "Termin bei der Schuldnerberatung am Montag. Die Klagepartei hat Einspruch erhoben.\n"
        "Patientin: Katharina Oberländer, geb. 08.10.1948\n"
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    # "Oberländer" is two words too, but beside a known given name it is a surname
    assert people == {"Katharina Oberländer"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Localidad: Tarifa\nPaís: España\n", "España"),
        ("Date de naissance: 08/12/1991\nLieu de naissance: Norwich\n", "Norwich"),
        ("mein Flug RF 2225 von Berlin nach Frankfurt am Main", "Berlin"),
        ("på fly BW1975 fra Stavanger til Alicante med planlagt avgang", "Alicante"),
    ],
)
def test_country_and_birthplace_keys_and_from_to_in_more_languages(
    detector: Detector, text: str, place: str
) -> None:
    assert ("LOCATION", place) in found(detector, text)


@pytest.mark.ner
def test_a_key_with_a_particle_is_no_name(ner_detector: Detector) -> None:
    text = "Date de naissance: 08/12/1991\nLieu de naissance: Norwich\nNotario: Juan de la Cruz\n"
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert people == {"Juan de la Cruz"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Destinataire : Mme AMÉLIE GIRARD\nAdresse : 143 bis rue", "AMÉLIE GIRARD"),
        ("Titulaire : Giulia BIANCHI   IBAN : FR40", "Giulia BIANCHI"),
        ("SHIPPER\nMICHAEL O'BRIEN\n117 Chapel Street", "MICHAEL O'BRIEN"),
    ],
)
def test_names_in_capitals_in_any_alphabet_and_surnames_in_capitals(
    detector: Detector, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(detector, text)


def test_a_city_before_its_airport_code_is_no_name(detector: Detector) -> None:
    got = found(detector, "QF76  Amsterdam AMS 22:00 -> Boston BOS 12:30  PNR BTJYVR")
    assert not any(t == "PERSON" for t, _ in got)


@pytest.mark.parametrize(
    ("text", "dob", "place"),
    [
        ("Nato/a il 12/05/1992 a Roma\n", "12/05/1992", "Roma"),
        ("Nacido el 3 de mayo de 1980 a Valencia", "3 de mayo de 1980", "Valencia"),
    ],
)
def test_born_on_a_date_at_a_town_in_romance_languages(
    detector: Detector, text: str, dob: str, place: str
) -> None:
    got = found(detector, text)
    assert {("DATE_OF_BIRTH", dob), ("LOCATION", place)} <= got


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Pat.-Nr.: 8623513   Fall-Nr.: 2025067472", "MEDICAL_RECORD_NUMBER", "8623513"),
        (
            "Codice paziente: 89937387\nN. accettazione: 4775878879",
            "MEDICAL_RECORD_NUMBER",
            "89937387",
        ),
        (
            "ID pacjenta: 5791562   Nr księgi głównej: 51070/2024",
            "MEDICAL_RECORD_NUMBER",
            "5791562",
        ),
        ("Journalnummer: 7986905\nAdress: Kungsgatan 97", "MEDICAL_RECORD_NUMBER", "7986905"),
        ("IPP : 137451345   N° de séjour : 2024443423", "MEDICAL_RECORD_NUMBER", "137451345"),
        ("NHC: 07264935   Nº episodio: 886588274", "MEDICAL_RECORD_NUMBER", "07264935"),
        ("Potilasnumero: 0935475", "MEDICAL_RECORD_NUMBER", "0935475"),
        ("Versicherten-Nr.: V835758657   Status: 5000000", "HEALTH_PLAN_NUMBER", "V835758657"),
        (
            "Kostenträger: DAK   Vers.-Nr.: U497341773   IK 109712273",
            "HEALTH_PLAN_NUMBER",
            "U497341773",
        ),
        (
            "CIP autonómico: KHSZ598333393826   Aportación: TSI 005",
            "HEALTH_PLAN_NUMBER",
            "KHSZ598333393826",
        ),
        ("Tlf: 443 89 690", "PHONE_NUMBER", "443 89 690"),
        ("Telefon: 23 29 89 51\nE-mail: a@b.dk", "PHONE_NUMBER", "23 29 89 51"),
        ("LL Mikko Virtanen, puh. 09 5018 176", "PHONE_NUMBER", "09 5018 176"),
        ("Murcia   Cita previa: 907 56 58 47", "PHONE_NUMBER", "907 56 58 47"),
        ("Se peggiora chiami il 02 8174 9970.", "PHONE_NUMBER", "02 8174 9970"),
        ("Päivämäärä: 5. kesäkuuta 2022", "DATE_TIME", "5. kesäkuuta 2022"),
        ("Ehdotettu vastaanottoaika: 6.7.2022 klo 13.15", "DATE_TIME", "6.7.2022 klo 13.15"),
        ("Arzt-Nr.: 092149827   Datum: 24.06.24\n", "DATE_TIME", "24.06.24"),
    ],
)
def test_ids_phones_and_dates_of_european_clinical_records(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in found(detector, text)


def test_a_key_and_its_value_on_one_line_are_not_read_across_the_next_field(
    detector: Detector,
) -> None:
    # the words of the next line's key are no part of this line's key
    text = "Zorgverzekeraar: Menzis, polisnummer 256743582\nPatiëntnummer ziekenhuis: 7056648\n"
    got = found(detector, text)
    assert ("HEALTH_PLAN_NUMBER", "256743582") in got
    assert ("MEDICAL_RECORD_NUMBER", "7056648") in got
    assert ("HEALTH_PLAN_NUMBER", "7056648") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Order total 23 29 89 51 units",  # eight digits in pairs, no phone word
        "version 12.06.24 released",  # a version, not a date
        "Termin bezahlt, 12.50 EUR",
    ],
)
def test_nordic_phone_shapes_and_short_dotted_dates_need_their_key(
    detector: Detector, text: str
) -> None:
    assert not any(t in {"PHONE_NUMBER", "DATE_TIME"} for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Passenger(s):\n  1. JANG/MINJUN MRS   e-ticket 547 3387057823\n"
            "  2. LIM/DOYUN MS   e-ticket 1053842706701\n",
            {"JANG/MINJUN", "LIM/DOYUN"},
        ),
        (
            ".R/CTCM HK1/61440620491\n1QUISPECHAVEZ/MARIANA .L/6R7YWS\n1CHOI/HYUNWOO .L/7WDQW3\n",
            {"QUISPECHAVEZ/MARIANA", "CHOI/HYUNWOO"},
        ),
        ("LOC+87+ORD'\nNAD+FL+++BAKKEN:ESPEN'\nATT+2++M'\n", {"BAKKEN:ESPEN"}),
        ("Willkommen bei Nordtel, mein Name ist Theresa. Mit wem spreche ich?", {"Theresa"}),
        ("Gentile Sig. Santoro,\n\nCodice socio: 244 452 501", {"Santoro"}),
        ("Egregio Dott. Rossi,\n", {"Rossi"}),
    ],
)
def test_airline_and_edifact_passengers_and_introductions_in_other_languages(
    detector: Detector, text: str, names: set[str]
) -> None:
    assert {v for t, v in found(detector, text) if t == "PERSON"} == names


def test_codes_with_a_slash_stay_no_names(detector: Detector) -> None:
    text = "route MXP/GOT over TCP/IP, AND/OR\nNAD+MS+++RHEINFLUG OPS CONTROL'\n"
    assert not any(t == "PERSON" for t, _ in found(detector, text))


def test_a_town_after_a_german_preposition_is_a_place(ner_detector: Detector) -> None:
    text = "Ich kann Ihnen RF2609 am 25.05.24 um 21:10 Uhr ab Berlin anbieten."
    assert ("LOCATION", "Berlin") in found(ner_detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Centro de Logopedia Habla+ · Ronda de Sant Pere",  # an institution, not a town
        "Das Bruttomonatsgehalt beträgt 5.353,15 €. Die Zahlung erfolgt bargeldlos jeweils",
    ],
)
def test_an_institution_and_an_article_with_its_noun_are_no_places(
    ner_detector: Detector, text: str
) -> None:
    assert not any(t == "LOCATION" for t, _ in found(ner_detector, text))


def test_places_that_open_with_an_article_stay_places(ner_detector: Detector) -> None:
    got = found(ner_detector, "We flew to La Paz and then on to Los Angeles.")
    assert {("LOCATION", "La Paz"), ("LOCATION", "Los Angeles")} <= got


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Termin am Montag um 10.30 Uhr in der Praxis.", "10.30 Uhr"),
        ("Uhrzeit: 10.30\nOrt: Praxis", "10.30"),
        ("Ci vediamo alle ore 9.45 davanti al cinema.", "9.45"),
        ("Tapaaminen klo 14.15 huomenna.", "14.15"),
        ("Ni når mig efter kl. 17.00 på vardagar.", "17.00"),
        ("Meet me at 10.30am by the gate.", "10.30am"),
    ],
)
def test_a_clock_written_with_a_dot_is_a_time_after_its_cue(
    detector: Detector, text: str, time: str
) -> None:
    assert ("DATE_TIME", time) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "How do I bump urllib3 from 3.10.5 to 3.6.8 without breaking things?",
        "Copay $13.54. Questions? Call us at the front desk.",
        "Budget at 1.24% of plan; disk usage at 4.52% on /dev/sda1",
        "PTO accrues from day one at 6.15 hours per pay period.",
        "Der Preis beträgt 10.30 EUR pro Stück.",
    ],
)
def test_versions_amounts_and_shares_with_a_dot_are_no_times(detector: Detector, text: str) -> None:
    assert not any(t == "DATE_TIME" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Mi dirección es Calle Mayor 133, 7º A, 28038 Madrid y más.",
            "Calle Mayor 133, 7º A, 28038 Madrid",
        ),
        (
            "Studio\nVia Antonio Gramsci 219/B\n30187 Venezia\n+39 320",
            "Via Antonio Gramsci 219/B\n30187 Venezia",
        ),
        (
            "sendes til Nørrebrogade 49, 2. tv., 2200 København N (sporing)",
            "Nørrebrogade 49, 2. tv., 2200 København N",
        ),
        (
            "İsmail Aslan\nFabriksgatan 63 lgh 1047\n425 03 Jönköping\n\nHej",
            "Fabriksgatan 63 lgh 1047\n425 03 Jönköping",
        ),
        (
            "Wanderlust\nPrinsengracht 57 hs, 5686 QG Eindhoven\nT 043",
            "Prinsengracht 57 hs, 5686 QG Eindhoven",
        ),
        (
            "Intestatario:\nCorso Vittorio Emanuele II 135, int. 5\n80133 Napoli NA\n\nDispositivo",
            "Corso Vittorio Emanuele II 135, int. 5\n80133 Napoli NA",
        ),
        (
            "l'indirizzo è Piazza Vittorio Emanuele II 185/A, 93500 Bologna, Italia.",
            "Piazza Vittorio Emanuele II 185/A, 93500 Bologna, Italia",
        ),
        (
            "Avenida da Liberdade 114, 2º Esq, 8647-938 Faro.",
            "Avenida da Liberdade 114, 2º Esq, 8647-938 Faro",
        ),
        (
            "L: Travessa do Carmo, 1832, apto 107, Boa Viagem - São Paulo - SP, CEP 03602-980\n",
            "Travessa do Carmo, 1832, apto 107, Boa Viagem - São Paulo - SP, CEP 03602-980",
        ),
        (
            "Endereço:\nRua Oscar Freire, 3119\nCopacabana\n30889-477 Belo Horizonte - MG\n\nData",
            "Rua Oscar Freire, 3119\nCopacabana\n30889-477 Belo Horizonte - MG",
        ),
        (
            "Şubat kirası – Cumhuriyet Mah. 1203 Sok. No:49 D:3, 06770 Çankaya/Ankara",
            "Cumhuriyet Mah. 1203 Sok. No:49 D:3, 06770 Çankaya/Ankara",
        ),
        (
            '"adres": "İnönü Cad. No:213 D:11, Çankaya/Ankara",',
            "İnönü Cad. No:213 D:11, Çankaya/Ankara",
        ),
        (
            "ANANYA RAGHUNATHAN\n1 BIS RUE DES LILAS\n69003 LYON\n:70:FEES",
            "1 BIS RUE DES LILAS\n69003 LYON",
        ),
        (
            "write to 3-7-6 Hakata-eki-mae, Chuo-ku, Sapporo 060-2153. Their",
            "3-7-6 Hakata-eki-mae, Chuo-ku, Sapporo 060-2153",
        ),
        (
            "YOON\n6-28-2 Koenji-minami\nSuginami-ku, Tokyo 166-7266\n\nDear",
            "6-28-2 Koenji-minami\nSuginami-ku, Tokyo 166-7266",
        ),
        (
            "Rheinflug · Postfach 90 51 66, 94061 Passau\nRegistered",
            "Postfach 90 51 66, 94061 Passau",
        ),
    ],
)
def test_european_brazilian_turkish_and_japanese_addresses_are_whole(
    detector: Detector, text: str, address: str
) -> None:
    assert ("ADDRESS", address) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "| OLIVEIRA | Av. Paulista, 1859, Moinhos de Vento - Salvador - BA, CEP 40000-000 |",
            "Av. Paulista, 1859, Moinhos de Vento - Salvador - BA, CEP 40000-000",
        ),
        (
            "Virtanen\nMannerheimintie 37 A 18\n00100 Helsinki\nSyntymäaika:",
            "Mannerheimintie 37 A 18\n00100 Helsinki",
        ),
        (
            "Turku\nPuistokatu 195 as. 21, 20560 Turku   puh. 02 352 2026",
            "Puistokatu 195 as. 21, 20560 Turku",
        ),
        (
            "Yan Dizon\nStationsweg 223-III\n7249 KA  AMSTERDAM\nNETHERLANDS\n\nSSN",
            "Stationsweg 223-III\n7249 KA  AMSTERDAM\nNETHERLANDS",
        ),
        (
            "MAILING ADDRESS:11940 NW PEACHTREE LANE\nLAS VEGAS, NV 89118-0643 |",
            "11940 NW PEACHTREE LANE\nLAS VEGAS, NV 89118-0643",
        ),
        (
            "Beltone, 3732 Spadina Avenue, App. 152, Vancouver (BC) V5K 0A1 ·",
            "3732 Spadina Avenue, App. 152, Vancouver (BC) V5K 0A1",
        ),
        (
            "Tanaka\n5-3-16 Tenjin, Chuo-ku\nFukuoka 810-0001\nJapan\n\nYou",
            "5-3-16 Tenjin, Chuo-ku\nFukuoka 810-0001\nJapan",
        ),
        (
            "notificado na Rua de Santa Catarina, n.º 1, 9816-244 Évora, para",
            "Rua de Santa Catarina, n.º 1, 9816-244 Évora",
        ),
    ],
)
def test_addresses_with_units_districts_and_country_lines(
    detector: Detector, text: str, address: str
) -> None:
    assert ("ADDRESS", address) in found(detector, text)


def test_a_birth_date_and_a_member_id_are_no_european_address(detector: Detector) -> None:
    text = "Prior authorization — pt ÖZTÜRK, MEHMET  DOB March 7, 1964  Member ID ZGP40059341"
    assert not any(t == "ADDRESS" for t, _ in found(detector, text))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Need help? Our member line is 0808 835 6079.", "0808 835 6079"),
        ("Localidade: Braga    Telemóvel: 21 125 4217    Email: pm@sapo.pt", "21 125 4217"),
        ("Telemóvel: 930 887 465\nEmail:", "930 887 465"),
        ("Agent: Is this still the best number, 9295004301?", "9295004301"),
        ("Potete chiamarmi al 06 4127 2658 oppure scrivermi", "06 4127 2658"),
        ("Samtalet kom från 070-339 91 45.", "070-339 91 45"),
    ],
)
def test_phone_numbers_after_more_cue_words(detector: Detector, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in found(detector, text)


def test_an_id_after_its_key_and_is_stays_an_id(detector: Detector) -> None:
    text = "The member ID I uploaded is W123456789 ok"
    assert ("HEALTH_PLAN_NUMBER", "W123456789") in found(detector, text)


def test_a_letterheads_t_before_a_national_number_is_a_phone_cue(detector: Detector) -> None:
    text = "Oudegracht 63-II, 2534 ET Den Haag | T 020 441 3218 | https://www.example.nl"
    assert ("PHONE_NUMBER", "020 441 3218") in found(detector, text)


def test_a_new_phone_number_is_no_new_password(detector: Detector) -> None:
    got = found(detector, "<v Salvatore Greco>my number changed, new one is 1-970-935-5321</v>")
    assert ("PHONE_NUMBER", "1-970-935-5321") in got
    assert not any(t == "PASSWORD" for t, _ in got)


def test_a_town_that_is_a_given_name_with_its_state_code_is_a_place(ner_detector: Detector) -> None:
    got = found(ner_detector, "Subject: Safety incident CS-03810 - Raleigh, NC\n\nTeam,")
    assert ("LOCATION", "Raleigh, NC") in got
    assert ("PERSON", "Madison") in found(ner_detector, "Thanks,\nMadison\n")


def test_finnish_phone_keys(detector: Detector) -> None:
    text = (
        "Syntymäaika: 24.12.1952\nMatkapuhelinnumero: 040 813 4695\n"
        "Yhteysnumero: 040 538 5361 / paivi@example.fi\n"
    )
    got = found(detector, text)
    assert ("PHONE_NUMBER", "040 813 4695") in got
    assert ("PHONE_NUMBER", "040 538 5361") in got


def test_turkish_lab_report_keys_are_no_names(ner_detector: Detector) -> None:
    text = (
        "Hasta Adı Soyadı: EMRE KAYA\n"
        "Doğum Tarihi: 8 Ağustos 1985\n"
        "Numune Alma Tarihi: 21.03.2025 saat 15:40\n"
        "İsteyen Hekim: Dr. Emre Öztürk\n"
        "Onaylayan: Uzm. Dr. Mehmet Aydın   Onay Tarihi: 31.03.2025\n"
    )
    people = {v for t, v in found(ner_detector, text) if t == "PERSON"}
    assert people == {"EMRE KAYA", "Emre Öztürk", "Mehmet Aydın"}


@pytest.mark.parametrize("word", ["Gynäkologie", "Humangenetik", "Prüfsumme"])
def test_german_nouns_of_fields_and_things_are_no_names(ner_detector: Detector, word: str) -> None:
    text = (
        "Einsender: Dr. med. Maximilian Müller, Praxis für Gynäkologie, München\n"
        "Fachärztin/Facharzt für Humangenetik\n"
        "2023-01-22 20:51:04 Kalibrierung bestanden, Prüfsumme 77cc8a3b64\n"
    )
    assert ("PERSON", word) not in found(ner_detector, text)
