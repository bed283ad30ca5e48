"""Column operators and `protect` without a privacy model: each operator's contract,
keyed determinism, round trips through the keyring and the vault, bad input."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.databases import CHEAP_KDF

from veil.anonymize import operators as ops
from veil.anonymize.policy import parse_policy
from veil.anonymize.protect import protect, read_table, write_table
from veil.config import Settings
from veil.errors import InputError
from veil.keys import Keyring, init_keyring
from veil.vault import open_vault


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[Keyring]:
    r = init_keyring(Settings(home=tmp_path / "home", passphrase="p"), kdf=CHEAP_KDF)
    yield r
    r.close()


@pytest.fixture
def ctx(ring: Keyring, tmp_path: Path) -> Iterator[ops.OperatorContext]:
    s = Settings(home=tmp_path / "home", passphrase="p")
    c = ops.OperatorContext(
        keyring=lambda: ring,
        vault=lambda: open_vault(s, keyring=ring),
        principal="test",
        purpose="unit",
    )
    yield c
    c.close()


def test_mask_keeps_separators_and_ends() -> None:
    s = pl.Series("ssn", ["123-45-6789", None, "ab"])
    assert ops.mask(s, keep_last=4).to_list() == ["***-**-6789", None, "ab"]
    assert ops.mask(s).to_list() == ["***-**-****", None, "**"]
    assert ops.mask(s, "#", keep_first=1, keep_last=1).to_list() == ["1##-##-###9", None, "ab"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=20), max_size=20), st.integers(0, 5), st.integers(0, 5))
def test_mask_properties(values: list[str], first: int, last: int) -> None:
    out = ops.mask(pl.Series("c", values, dtype=pl.String), "*", first, last).to_list()
    for v, m in zip(values, out, strict=True):
        assert len(m) == len(v)
        alnum = [i for i, c in enumerate(v) if c.isalnum()]
        shown = set(alnum[:first]) | (set(alnum[-last:]) if last else set())
        for i, (a, b) in enumerate(zip(v, m, strict=True)):
            assert b == (a if (i in shown or not a.isalnum()) else "*")


def test_truncate_zip_and_small_areas() -> None:
    s = pl.Series("zip", ["02139", "03601", "10001"])
    assert ops.truncate(s, 3, small_zip3=["036"]).to_list() == ["021", "000", "100"]


def test_bins_and_top_code() -> None:
    s = pl.Series("age", [3, 18, 29, 30, 95, None])
    assert ops.bins(s, [0, 18, 30, 90], top_code=89).to_list() == [
        "[0-18)",
        "[18-30)",
        "[18-30)",
        "[30-90)",
        "90+",
        None,
    ]
    assert ops.bins(pl.Series("x", [-1.5, 100.0]), [0, 10]).to_list() == ["<0", ">=10"]
    with pytest.raises(InputError, match="'abc' is not a number"):
        ops.bins(pl.Series("age", ["12", "abc"]), [0, 18])
    # HIPAA: ages over 89 are aggregated as 90+
    assert ops.top_code(pl.Series("age", ["34", "90", "89"]), 89).to_list() == ["34", "90+", "89"]


def test_date_truncation_formats_and_errors() -> None:
    s = pl.Series("dob", ["1984-06-02", "1990-12-31"])
    assert ops.date_trunc(s, "year").to_list() == ["1984", "1990"]
    assert ops.date_trunc(s, "month").to_list() == ["1984-06", "1990-12"]
    assert ops.date_trunc(pl.Series("d", ["06/02/1984"]), "year").to_list() == ["1984"]
    with pytest.raises(InputError, match="'someday' is not a date"):
        ops.date_trunc(pl.Series("d", ["1984-06-02", "someday"]), "year")


def test_hash_is_keyed_and_stable(ring: Keyring, tmp_path: Path, ctx: ops.OperatorContext) -> None:
    s = pl.Series("id", ["a", "b", "a"])
    h1 = ops.hash_values(s, ctx).to_list()
    assert h1[0] == h1[2] != h1[1] and len(h1[0]) == 32
    assert ops.hash_values(s, ctx).to_list() == h1  # stable across calls (and runs)
    other = init_keyring(Settings(home=tmp_path / "other", passphrase="p"), kdf=CHEAP_KDF)
    c2 = ops.OperatorContext(keyring=lambda: other)
    assert ops.hash_values(s, c2).to_list() != h1  # another key, other pseudonyms
    assert ops.hash_values(pl.Series("other_col", ["a"]), ctx).to_list() != h1[:1]


def test_fake_is_consistent_and_keyed(ctx: ops.OperatorContext, tmp_path: Path) -> None:
    s = pl.Series("name", ["Alice Johnson", "Bruno Silva", "Alice Johnson"])
    f = ops.fake(s, ctx, "name").to_list()
    assert f[0] == f[2] != f[1]
    assert "Alice" not in f[0] and len(f[0].split()) >= 2
    assert ops.fake(s, ctx, "name").to_list() == f
    de = ops.fake(s, ctx, "name", "de_DE").to_list()
    assert de != f
    emails = ops.fake(pl.Series("email", ["a@x.org"]), ctx, "email").to_list()
    assert "@" in emails[0] and emails[0] != "a@x.org"
    with pytest.raises(InputError, match="unknown locale"):
        ops.fake(s, ctx, "name", "xx_NOPE")
    assert ops.fake_kind_for("work_email", None) == "email"
    assert ops.fake_kind_for("col7", "PHONE_NUMBER") == "phone"


def test_encrypt_round_trips(ctx: ops.OperatorContext, ring: Keyring) -> None:
    s = pl.Series("ssn", ["123-45-6789", "123-45-6789"])
    out = ops.encrypt_aead(s, ctx, "protect").to_list()
    assert out[0] != out[1]  # randomized
    ks = ring.keyset("protect")
    assert ks.decrypt(base64.b64decode(out[0]), b"veil-protect|ssn") == b"123-45-6789"
    f = ops.encrypt_ff1(s, ctx, "protect-fpe").to_list()
    assert f[0] == f[1] and len(f[0]) == 11 and f[0][3] == "-" and f[0] != "123-45-6789"


def test_tokenize_through_the_vault(ctx: ops.OperatorContext) -> None:
    s = pl.Series("email", ["a@x.org", "b@x.org", "a@x.org", None])
    out = ops.tokenize(s, ctx, "email", "deterministic").to_list()
    assert out[0] == out[2] != out[1] and out[3] is None
    back = ctx.vault.detokenize(out[:3], principal="t", purpose="check")
    assert back == ["a@x.org", "b@x.org", "a@x.org"]
    with pytest.raises(Exception, match="unknown namespace"):
        ops.tokenize(s, ctx, "nope")


def test_protect_applies_rules_and_keeps_the_rest(ctx: ops.OperatorContext) -> None:
    table = pl.DataFrame(
        {
            "id": [1, 2, 3],
            "name": ["Ann Lee", "Bo Chan", "Cy Diaz"],
            "zip": ["02139", "10001", "94110"],
            "score": [0.5, 0.25, 1.0],
            "ssn": ["123-45-6789", "987-65-4321", "111-22-3333"],
        }
    )
    policy = parse_policy(
        "default: keep\ncolumns:\n  name: {action: drop}\n"
        "  zip: {action: generalize, truncate: 3}\n  ssn: {action: mask, keep_last: 4}\n"
    )
    r = protect(table, policy, ctx)
    assert r.table.columns == ["id", "zip", "score", "ssn"]
    assert r.table["id"].to_list() == [1, 2, 3] and r.table["score"].to_list() == [0.5, 0.25, 1.0]
    assert r.table["zip"].to_list() == ["021", "100", "941"]
    assert r.table["ssn"].to_list() == ["***-**-6789", "***-**-4321", "***-**-3333"]
    assert r.dropped == ["name"] and r.rows_out == 3
    dropping = parse_policy("default: drop\ncolumns:\n  id: {action: keep}\n")
    assert protect(table, dropping, ctx).table.columns == ["id"]


def test_protect_bad_input(ctx: ops.OperatorContext) -> None:
    table = pl.DataFrame({"a": [1], "b": ["x"]})
    with pytest.raises(InputError, match="column 'zip', which the table does not have"):
        protect(table, parse_policy("columns:\n  zip: {action: drop}\n"), ctx)
    with pytest.raises(InputError, match="quasi-identifier 'age' is not a column"):
        protect(table, parse_policy("privacy:\n  quasi_identifiers: [age]\n  k: 2\n"), ctx)
    with pytest.raises(InputError, match="empty"):
        protect(table.clear(), parse_policy("{}"), ctx)


def test_read_write_round_trip(tmp_path: Path) -> None:
    df = pl.DataFrame({"a": [1, 2], "b": ["x;y", "z"]})
    for name in ("t.csv", "t.tsv", "t.parquet", "t.jsonl"):
        write_table(df, tmp_path / name, delimiter=";")
        back, how = read_table(tmp_path / name)
        # text files come back as text, exactly as written
        want = df.cast(pl.String) if how["kind"] == "csv" else df
        assert back.equals(want), name
    (tmp_path / "semi.csv").write_text("sex;age;zip\nMale;39;02139\n")
    back, how = read_table(tmp_path / "semi.csv")
    assert how["delimiter"] == ";" and back.columns == ["sex", "age", "zip"]
    assert back.row(0) == ("Male", "39", "02139")  # the ZIP keeps its leading zero
    with pytest.raises(InputError, match="unsupported table format"):
        read_table(tmp_path / "x.xlsx")
    with pytest.raises(InputError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet")
    with pytest.raises(InputError, match="cannot read parquet"):
        read_table(tmp_path / "bad.parquet")


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_protect_stream_matches_in_memory(
    ctx: ops.OperatorContext, tmp_path: Path, suffix: str
) -> None:
    """Column-wise policies stream in batches; the result equals the in-memory one."""
    from veil.anonymize.protect import protect_stream

    n = 2_500
    table = pl.DataFrame(
        {
            "id": [f"{i:05d}" for i in range(n)],
            "ssn": [f"{i % 900 + 100:03d}-45-{i % 10000:04d}" for i in range(n)],
            "zip": [f"0{i % 9000 + 1000}" for i in range(n)],
            "note": ["x"] * n,
        }
    )
    src = tmp_path / f"in{suffix}"
    write_table(table, src)
    policy = parse_policy(
        "default: keep\ncolumns:\n  ssn: {action: mask, keep_last: 4}\n"
        "  zip: {action: generalize, truncate: 3}\n  id: {action: hash}\n  note: {action: drop}\n"
    )
    out = tmp_path / f"out{suffix}"
    seen: list[int] = []
    r = protect_stream(src, out, policy, ctx, batch_rows=1000, progress=seen.append)
    assert r.rows_in == r.rows_out == n and sum(seen) == n and len(seen) >= 3
    streamed, _ = read_table(out)
    whole, _ = read_table(src)
    expected = protect(whole, policy, ctx).table
    assert streamed.equals(expected.cast(streamed.schema))  # type: ignore[arg-type]
    assert streamed["zip"][0] == "010"  # text stays text: the leading zero survives
    # a failure in a later batch leaves no output file
    bad = parse_policy("columns:\n  zip: {action: generalize, bins: [0, 10]}\n")
    (tmp_path / "bad.csv").write_text("zip\n1\n2\nnot-a-number\n")
    with pytest.raises(InputError):
        protect_stream(tmp_path / "bad.csv", tmp_path / "never.csv", bad, ctx, batch_rows=1)
    assert not (tmp_path / "never.csv").exists()
