"""Payment files: a NACHA ACH batch, a SWIFT MT103 transfer, an X12 835 payment. Expected
values are written by hand."""

from __future__ import annotations

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


def _ach_entry(account: str, name: str) -> str:
    record = f"622071000013{account:<17}0000897749755768127365891{name:<22}  0145491434399420"
    assert len(record) == 94
    return record


ACH = "\n".join(
    [
        "101 021000021 79861152442401140920A094101FIRST NATIONAL BANK    TALLYPAY INC",
        "5200TALLYPAY INC"
        + " " * 24
        + "6008397101PPDPAYROLL"
        + " " * 9
        + "240116   1111000025017626",
        _ach_entry("698630925109", "MEI ROBINSON"),
        _ach_entry("1837497018", "SOFIA J. FRIEDMAN"),
        "820000000225024281370000333584100000000000007263847422" + " " * 25 + "626886064606320",
    ]
)


def test_ach_entries_give_accounts_and_names(detector: Detector) -> None:
    got = found(detector, ACH)
    assert {
        ("ACCOUNT_NUMBER", "698630925109"),
        ("PERSON", "MEI ROBINSON"),
        ("ACCOUNT_NUMBER", "1837497018"),
        ("PERSON", "SOFIA J. FRIEDMAN"),
        ("DATE_TIME", "240116"),
    } <= got


def test_ach_company_entries_name_no_people(detector: Detector) -> None:
    ccd = ACH.replace("PPDPAYROLL", "CCDVENDORS").replace("MEI ROBINSON", "ACME SUPPLY LLC")
    got = found(detector, ccd)
    assert ("ACCOUNT_NUMBER", "698630925109") in got
    assert not any(t == "PERSON" and v.startswith(("ACME", "MEI")) for t, v in got)


MT103 = (
    "{1:F01CHASUS33AXXX1559998812}{2:I103UNCRITMMXXXXN}{4:\n"
    ":20:FT-9001978965\n:23B:CRED\n:32A:230510EUR101347,61\n"
    ":50K:/51728412741\nHAMZA COHEN\n7157 PEACHTREE INDUSTRIAL BLVD UNIT 21\nAUSTIN, TX 78765\n"
    ":52A:INGBNL2A\n:57A:BARCGB22\n"
    ":59:/ES5705151343908442982212\nJAVIER GOIKOETXEA TORRES\nCALLE DEL SOL 118, 6º C\n"
    "08007 BARCELONA\n:70:TUITION INV-620597\n:71A:BEN\n-}"
)


def test_mt103_customers(detector: Detector) -> None:
    got = found(detector, MT103)
    assert {
        ("ACCOUNT_NUMBER", "51728412741"),
        ("PERSON", "HAMZA COHEN"),
        ("ADDRESS", "7157 PEACHTREE INDUSTRIAL BLVD UNIT 21\nAUSTIN, TX 78765"),
        ("IBAN_CODE", "ES5705151343908442982212"),  # an IBAN stays an IBAN
        ("PERSON", "JAVIER GOIKOETXEA TORRES"),
        ("ADDRESS", "CALLE DEL SOL 118, 6º C\n08007 BARCELONA"),
    } <= got
    assert ("ACCOUNT_NUMBER", "ES5705151343908442982212") not in got


def test_x12_835_payment_accounts(detector: Detector) -> None:
    text = (
        "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240709*1200*^*"
        "00501*000000001*0*P*:~\nGS*HP*S*R*20240709*1200*1*X*005010X221A1~\nST*835*0001~\n"
        "BPR*I*6128.00*C*ACH*CCP*01*063100277*DA*5219229040*6556349926**01*322271627*DA*"
        "850111514381*20240709~\nSE*3*0001~\nGE*1*1~\nIEA*1*000000001~"
    )
    got = found(detector, text)
    assert {("ACCOUNT_NUMBER", "5219229040"), ("ACCOUNT_NUMBER", "850111514381")} <= got
    # the routing numbers are no accounts
    assert not any(v in ("063100277", "322271627") for _, v in got)


def test_each_ach_entry_reads_its_own_batch(detector: Detector) -> None:
    company = ACH.replace("PPDPAYROLL", "CCDVENDORS").splitlines()[1]
    two = "\n".join([*ACH.splitlines()[:4], company, _ach_entry("55512345678", "ACME SUPPLY")])
    got = found(detector, two)
    # the first batch pays people, the second a company: its entry's name is no person
    assert ("PERSON", "MEI ROBINSON") in got
    assert ("ACCOUNT_NUMBER", "55512345678") in got
    assert ("PERSON", "ACME SUPPLY") not in got
