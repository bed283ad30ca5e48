"""Parquet Modular Encryption under veil keysets: real pyarrow reading and writing, no mocks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from veil.config import Settings
from veil.errors import InputError, InvalidToken, KeyringError, UsageError
from veil.keys import KdfParams, Keyring, Template, init_keyring
from veil.keys.parquet import (
    decryption_properties,
    encrypt_parquet,
    encryption_properties,
    read_parquet,
)

CHEAP = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)
SECRET = "SSN-123-45-6789-unique"  # sorts after every filler value: it would be the max statistic
VISIBLE = "NAME-visible-7f3a9c-unique"
ROWS = 1000


def new_ring(home: Path) -> Keyring:
    return init_keyring(Settings(home=home, passphrase="pw"), kdf=CHEAP)


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[Keyring]:
    r = new_ring(tmp_path / "home")
    r.create("pii")
    r.create("footer")
    yield r
    r.close()


def sample_table(rows: int = ROWS) -> pa.Table:
    ssn = [f"{i:09d}" for i in range(rows)]
    ssn[7] = SECRET
    name = [f"n{i:08d}" for i in range(rows)]
    name[7] = VISIBLE
    return pa.table(
        {
            "ssn": ssn,
            "name": name,
            "amount": pa.array(range(rows), pa.int64()),
            "addr": [{"street": f"{i} Main St", "zip": f"{i % 100000:05d}"} for i in range(rows)],
        }
    )


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    p = tmp_path / "plain.parquet"
    pq.write_table(sample_table(), p, compression="none")
    return p


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))


# ---------------------------------------------------------------- round trips


def test_round_trip_values_equal(ring: Keyring, plain: Path, tmp_path: Path) -> None:
    dst = tmp_path / "enc.parquet"
    report = encrypt_parquet(
        ring, plain, dst, columns={"pii": ["ssn", "addr"]}, footer_key="footer"
    )
    assert report.rows == ROWS and report.row_groups == 1
    assert report.columns == {"pii": ["ssn", "addr.street", "addr.zip"]}
    assert report.key_versions == {"footer": 1, "pii": 1}
    assert report.unencrypted == ["name", "amount"]
    assert report.bytes == dst.stat().st_size
    json.dumps(report.to_dict())
    assert read_parquet(ring, dst).equals(pq.read_table(plain))
    some = read_parquet(ring, dst, columns=["ssn", "amount"])
    assert some.column_names == ["ssn", "amount"]
    assert some.column("ssn").to_pylist()[7] == SECRET
    assert leftovers(tmp_path) == []


def test_helpers_build_plain_pyarrow_readers_and_writers(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    table = pq.read_table(plain)
    props = encryption_properties(ring, footer_key="footer", columns={"pii": ["ssn"]})
    with pq.ParquetWriter(tmp_path / "a.parquet", table.schema, encryption_properties=props) as w:
        w.write_table(table)
    encrypt_parquet(ring, plain, tmp_path / "b.parquet", columns={"pii": ["ssn"]}, footer_key="pii")
    dec = decryption_properties(ring)
    for name in ("a.parquet", "b.parquet", "a.parquet"):  # one properties object, many files
        assert pq.read_table(tmp_path / name, decryption_properties=dec).equals(table)
        got = pq.ParquetFile(tmp_path / name, decryption_properties=dec).read(columns=["ssn"])
        assert got.column("ssn").to_pylist()[7] == SECRET
    assert read_parquet(ring, plain).equals(table)  # unencrypted files read too


def test_many_row_groups_round_trip(ring: Keyring, tmp_path: Path) -> None:
    n = 200_000
    table = pa.table(
        {
            "id": pa.array(range(n), pa.int64()),
            "email": [f"user{i}@example.com" for i in range(n)],
            "score": pa.array([i * 0.5 for i in range(n)], pa.float64()),
        }
    )
    src = tmp_path / "big.parquet"
    pq.write_table(table, src, row_group_size=30_000)
    dst = tmp_path / "big.enc.parquet"
    seen: list[int] = []
    report = encrypt_parquet(
        ring,
        src,
        dst,
        columns={"pii": ["email"]},
        footer_key="footer",
        batch_rows=64 * 1024,
        progress=seen.append,
    )
    assert report.rows == n and sum(seen) == n
    assert report.row_groups == 4  # 3 x 65536 + 3392
    meta = pq.ParquetFile(dst, decryption_properties=decryption_properties(ring)).metadata
    assert meta.num_row_groups == 4 and meta.num_rows == n
    assert read_parquet(ring, dst).equals(table)


def test_all_columns_when_none_named(ring: Keyring, plain: Path, tmp_path: Path) -> None:
    dst = tmp_path / "all.parquet"
    report = encrypt_parquet(ring, plain, dst, footer_key="footer", plaintext_footer=True)
    assert report.columns == {"footer": ["ssn", "name", "amount", "addr.street", "addr.zip"]}
    assert report.unencrypted == []
    with pytest.raises(OSError):
        pq.read_table(dst, columns=["amount"])
    assert read_parquet(ring, dst).equals(pq.read_table(plain))


def test_detect_adds_sensitive_columns(ring: Keyring, tmp_path: Path) -> None:
    n = 200
    src = tmp_path / "people.parquet"
    pq.write_table(
        pa.table(
            {
                "email": [f"person{i}@example.com" for i in range(n)],
                "ssn": ["123-45-6789", "234-56-7890"] * (n // 2),
                "amount": pa.array(range(n), pa.int64()),
            }
        ),
        src,
    )
    dst = tmp_path / "people.enc.parquet"
    report = encrypt_parquet(
        ring, src, dst, columns={"pii": ["ssn"]}, footer_key="footer", detect=True
    )
    assert report.detected["email"] == "EMAIL_ADDRESS"
    assert "amount" not in report.detected
    assert report.columns == {"pii": ["ssn"], "footer": ["email"]}
    assert report.unencrypted == ["amount"]
    assert read_parquet(ring, dst).equals(pq.read_table(src))


# ---------------------------------------------------------------- confidentiality


def test_encrypted_footer_hides_everything_from_plain_pyarrow(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn"]}, footer_key="footer")
    with pytest.raises(OSError, match="encrypted metadata"):
        pq.ParquetFile(dst)
    with pytest.raises(OSError):
        pq.read_table(dst, columns=["name"])


def test_plaintext_footer_leaves_other_columns_readable(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(
        ring,
        plain,
        dst,
        columns={"pii": ["ssn", "addr"]},
        footer_key="footer",
        plaintext_footer=True,
    )
    open_cols = pq.read_table(dst, columns=["name", "amount"])  # no keys at all
    assert open_cols.equals(pq.read_table(plain, columns=["name", "amount"]))
    for col in ("ssn", "addr"):
        with pytest.raises(OSError, match="decrypt"):
            pq.read_table(dst, columns=[col])
    with pytest.raises(OSError, match="decrypt"):
        pq.read_table(dst)


@pytest.mark.parametrize("plaintext_footer", [False, True])
def test_file_bytes_do_not_contain_encrypted_values(
    ring: Keyring, plain: Path, tmp_path: Path, plaintext_footer: bool
) -> None:
    assert SECRET.encode() in plain.read_bytes()  # the check below can see plaintext
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(
        ring,
        plain,
        dst,
        columns={"pii": ["ssn"]},
        footer_key="footer",
        plaintext_footer=plaintext_footer,
    )
    raw = dst.read_bytes()
    assert SECRET.encode() not in raw  # neither in pages nor in min/max statistics
    assert b"45-6789" not in raw
    # control: an unencrypted column's pages stay in the clear, so the check can see plaintext
    assert VISIBLE.encode() in raw
    # the footer (schema, statistics) is readable only in plaintext-footer mode
    assert (b"amount" in raw) is plaintext_footer


# ---------------------------------------------------------------- keys


def test_rotation_old_files_read_until_version_destroyed(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.parquet"
    encrypt_parquet(ring, plain, old, columns={"pii": ["ssn"]}, footer_key="footer")
    ring.rotate("pii")
    ring.rotate("footer")
    table = pq.read_table(plain)
    assert read_parquet(ring, old).equals(table)

    new = tmp_path / "new.parquet"
    report = encrypt_parquet(ring, plain, new, columns={"pii": ["ssn"]}, footer_key="footer")
    assert report.key_versions == {"footer": 2, "pii": 2}
    moved = tmp_path / "moved.parquet"  # re-encrypting an encrypted file moves it to v2
    report = encrypt_parquet(ring, old, moved, columns={"pii": ["ssn"]}, footer_key="footer")
    assert report.key_versions == {"footer": 2, "pii": 2}

    ring.destroy("pii", 1)
    with pytest.raises(KeyringError, match=r"old\.parquet.*'pii' version 1 was destroyed"):
        read_parquet(ring, old)
    # the footer key (v1) still unwraps, so the unencrypted columns stay readable
    assert read_parquet(ring, old, columns=["name"]).equals(table.select(["name"]))
    assert read_parquet(ring, new).equals(table)
    assert read_parquet(ring, moved).equals(table)

    ring.destroy("footer", 1)
    with pytest.raises(KeyringError, match="'footer' version 1 was destroyed"):
        read_parquet(ring, old, columns=["name"])


def test_another_keyring_with_same_names_cannot_read(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn"]}, footer_key="footer")
    other = new_ring(tmp_path / "other")
    try:
        with pytest.raises(KeyringError, match="another veil keyring") as e:
            read_parquet(other, dst)
        assert "no keyset named 'footer'" in str(e.value)
        other.create("pii")
        other.create("footer")
        with pytest.raises(KeyringError, match=r"another veil keyring.*not this keyring's"):
            read_parquet(other, dst)
        with pytest.raises(KeyringError, match="another veil keyring"):
            encrypt_parquet(other, dst, tmp_path / "x.parquet", footer_key="footer")
        assert not (tmp_path / "x.parquet").exists()
    finally:
        other.close()


def test_keysets_must_exist_and_be_aes_gcm(ring: Keyring, plain: Path, tmp_path: Path) -> None:
    dst = tmp_path / "enc.parquet"
    with pytest.raises(KeyringError, match="no keyset named 'nope'"):
        encrypt_parquet(ring, plain, dst, columns={"nope": ["ssn"]}, footer_key="footer")
    ring.create("det", Template.AES256_SIV)
    with pytest.raises(UsageError, match="AES256_GCM"):
        encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn"]}, footer_key="det")
    assert not dst.exists() and leftovers(tmp_path) == []


# ---------------------------------------------------------------- tampering


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["page-header", "middle", "end"])
def test_tampered_column_chunk_is_a_clear_error(ring: Keyring, tmp_path: Path, where: str) -> None:
    src = tmp_path / "plain.parquet"
    pq.write_table(sample_table(20_000), src)
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(ring, src, dst, columns={"pii": ["ssn"]}, footer_key="footer")
    meta = pq.ParquetFile(dst, decryption_properties=decryption_properties(ring)).metadata
    chunk = meta.row_group(0).column(0)
    assert chunk.path_in_schema == "ssn"
    start = chunk.dictionary_page_offset or chunk.data_page_offset
    size = chunk.total_compressed_size
    _flip(
        dst, {"page-header": start + 2, "middle": start + size // 2, "end": start + size - 3}[where]
    )
    # a page header is authenticated by AES-GCM alone; page data is covered by the CRC that
    # the writer adds (checked first) as well as by AES-GCM
    error = InvalidToken if where == "page-header" else InputError
    with pytest.raises(error, match=r"enc\.parquet: .*tampered with or is corrupt"):
        read_parquet(ring, dst)
    with pytest.raises(error, match="tampered with or is corrupt"):
        encrypt_parquet(ring, dst, tmp_path / "again.parquet", footer_key="footer")
    assert not (tmp_path / "again.parquet").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("plaintext_footer", [False, True])
def test_tampered_footer_is_a_clear_error(
    ring: Keyring, plain: Path, tmp_path: Path, plaintext_footer: bool
) -> None:
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(
        ring,
        plain,
        dst,
        columns={"pii": ["ssn"]},
        footer_key="footer",
        plaintext_footer=plaintext_footer,
    )
    size = dst.stat().st_size
    footer_len = int.from_bytes(dst.read_bytes()[-8:-4], "little")
    # the encrypted footer's ciphertext, or the plaintext footer's signature (GCM tag)
    _flip(dst, size - 18 if plaintext_footer else size - 8 - footer_len // 2)
    with pytest.raises(InvalidToken, match="did not authenticate"):
        read_parquet(ring, dst)


@pytest.mark.parametrize(
    ("marker", "skip", "error", "match"),
    [
        # the AES-GCM body of the wrapped DEK (past the 5-byte version prefix)
        (b'"wrappedDEK":"', 20, InvalidToken, "data key for master key 'footer' did not auth"),
        # the version field of the wrapped DEK: a key this keyring never had
        (b'"wrappedDEK":"', 2, KeyringError, "'footer' has no version .*tampered with"),
        (b'"doubleWrapping":', 2, InvalidToken, "key metadata is malformed"),
        (b'{"keyMaterialType":"', 2, InvalidToken, "key metadata is malformed"),
    ],
)
def test_tampered_key_metadata_is_a_clear_error(
    ring: Keyring,
    plain: Path,
    tmp_path: Path,
    marker: bytes,
    skip: int,
    error: type[Exception],
    match: str,
) -> None:
    """The footer key's metadata is plaintext JSON, parsed before anything authenticates."""
    dst = tmp_path / "enc.parquet"
    encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn"]}, footer_key="footer")
    raw = dst.read_bytes()
    at = raw.index(marker) + len(marker) + skip
    swap = b"A" if raw[at] != ord("A") else b"B"  # stays valid base64 in the wrapped key
    dst.write_bytes(raw[:at] + swap + raw[at + 1 :])
    with pytest.raises(error, match=match):
        read_parquet(ring, dst)


# ---------------------------------------------------------------- bad input


def test_unknown_column_lists_the_available_ones(
    ring: Keyring, plain: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "enc.parquet"
    with pytest.raises(UsageError, match="no column named 'sssn'") as e:
        encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn", "sssn"]}, footer_key="footer")
    assert "available columns: ssn, name, amount, addr, addr.street, addr.zip" in str(e.value)
    assert not dst.exists() and leftovers(tmp_path) == []
    encrypt_parquet(ring, plain, dst, columns={"pii": ["ssn"]}, footer_key="footer")
    with pytest.raises(UsageError, match="no column named 'nope'"):
        read_parquet(ring, dst, columns=["nope"])


def test_column_assigned_twice_is_refused(ring: Keyring, plain: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="two keysets"):
        encryption_properties(
            ring, footer_key="footer", columns={"pii": ["ssn"], "footer": ["ssn"]}
        )
    with pytest.raises(UsageError, match="cannot be encrypted"):
        encryption_properties(ring, footer_key="footer", columns={"pii": ["a,b"]})


def test_non_parquet_input_is_an_input_error(ring: Keyring, tmp_path: Path) -> None:
    src = tmp_path / "data.csv"
    src.write_text("ssn,name\n123-45-6789,Ann\n")
    dst = tmp_path / "out.parquet"
    with pytest.raises(InputError, match=r"data\.csv: not a Parquet file"):
        encrypt_parquet(ring, src, dst, footer_key="footer")
    assert not dst.exists() and leftovers(tmp_path) == []
    with pytest.raises(InputError, match=r"data\.csv: not a Parquet file"):
        read_parquet(ring, src)
    with pytest.raises(InputError, match=r"missing\.parquet: no such file"):
        encrypt_parquet(ring, tmp_path / "missing.parquet", dst, footer_key="footer")
    with pytest.raises(UsageError, match="same file"):
        encrypt_parquet(ring, src, src, footer_key="footer")


def test_failure_mid_stream_leaves_the_old_output_untouched(ring: Keyring, tmp_path: Path) -> None:
    n = 200_000
    src = tmp_path / "big.parquet"
    table = pa.table({"id": pa.array(range(n), pa.int64()), "v": [f"v{i}" for i in range(n)]})
    pq.write_table(table, src, row_group_size=50_000, write_page_checksum=True)
    chunk = pq.ParquetFile(src).metadata.row_group(3).column(0)
    _flip(src, chunk.data_page_offset + chunk.total_compressed_size // 2)
    dst = tmp_path / "out.parquet"
    dst.write_bytes(b"previous contents")
    seen: list[int] = []
    with pytest.raises(InputError, match=r"big\.parquet: a page failed its CRC checksum"):
        encrypt_parquet(
            ring, src, dst, footer_key="footer", batch_rows=50_000, progress=seen.append
        )
    assert sum(seen) > 0  # it failed after writing some row groups
    assert dst.read_bytes() == b"previous contents"
    assert leftovers(tmp_path) == []
