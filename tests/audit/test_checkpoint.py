"""Signed checkpoint notes (C2SP ``tlog-checkpoint`` / ``signed-note``): the exact text format,
verifier keys, signature checks, and every way a note can be malformed.

No database: notes are signed here with fixed Ed25519 seeds. The notes the audit log itself
writes are checked in ``test_log.py``.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace

import pytest

from veil.audit import Checkpoint, parse_note, parse_vkey, vkey
from veil.audit.checkpoint import Signature, key_id, sign_body
from veil.crypto.sign import Ed25519Signer
from veil.errors import AuditIntegrityError

ORIGIN = "veil/0123456789abcdef"
ROOT = hashlib.sha256(b"root").digest()
SIGNER = Ed25519Signer(bytes(range(32)))
OTHER = Ed25519Signer(bytes(range(1, 33)))
PLAIN = Ed25519Signer(bytes(range(3, 35)))  # its vkey has no "+" in the key data
DASH = "\u2014"


def _signed(
    origin: str = ORIGIN,
    size: int = 42,
    root: bytes = ROOT,
    signer: Ed25519Signer = SIGNER,
    name: str | None = None,
) -> Checkpoint:
    cp = Checkpoint(origin, size, root)
    return sign_body(cp, name or origin, signer.public_key, signer.sign(cp.body.encode()))


def test_note_text_is_the_c2sp_format() -> None:
    cp = _signed()
    note = cp.note()
    body, sigs = note.split("\n\n")
    assert body.split("\n") == [ORIGIN, "42", base64.b64encode(ROOT).decode()]
    [line] = sigs.splitlines()
    dash, name, blob = line.split(" ")
    assert (dash, name) == (DASH, ORIGIN)
    raw = base64.b64decode(blob)
    # key id: first 4 bytes of SHA-256(name || "\n" || 0x01 || public key)
    kid = hashlib.sha256(ORIGIN.encode() + b"\n\x01" + SIGNER.public_key).digest()[:4]
    assert raw[:4] == kid == key_id(ORIGIN, SIGNER.public_key)
    assert len(raw) == 4 + 64
    assert note.endswith("\n")
    assert parse_note(note) == cp
    cp.verify(ORIGIN, SIGNER.public_key)
    parse_note(note).verify(ORIGIN, SIGNER.public_key)


def _cut_vkey(line: str) -> tuple[str, str, str]:
    """``name+keyid+keydata`` cut at the first two ``+`` (key names never contain ``+``; the
    base64 key data may), as Go's ``note.NewVerifier`` does."""
    name, kid, blob = line.split("+", 2)
    return name, kid, blob


def test_vkey_format() -> None:
    for signer in (SIGNER, OTHER, PLAIN):
        name, kid, blob = _cut_vkey(vkey(ORIGIN, signer.public_key))
        assert name == ORIGIN
        assert kid == key_id(ORIGIN, signer.public_key).hex()
        assert base64.b64decode(blob, validate=True) == b"\x01" + signer.public_key


def test_vkey_round_trips_and_rejects_malformed_keys() -> None:
    line = vkey(ORIGIN, PLAIN.public_key)
    name, kid, blob = _cut_vkey(line)
    assert "+" not in blob
    assert parse_vkey(line) == (ORIGIN, PLAIN.public_key)
    assert parse_vkey(f"  {name}+{kid.upper()}+{blob}\n") == (ORIGIN, PLAIN.public_key)

    with pytest.raises(AuditIntegrityError, match="expected <name>"):
        parse_vkey("no-plus-signs")
    with pytest.raises(AuditIntegrityError, match="expected <name>"):
        parse_vkey(f"{name}+{kid}+not*base64")
    with pytest.raises(AuditIntegrityError, match="not an Ed25519 key"):
        parse_vkey(f"{name}+{kid}+" + base64.b64encode(b"\x02" + PLAIN.public_key).decode())
    with pytest.raises(AuditIntegrityError, match="not an Ed25519 key"):
        parse_vkey(f"{name}+{kid}+" + base64.b64encode(b"\x01" + bytes(31)).decode())
    with pytest.raises(AuditIntegrityError, match="key id does not match"):
        parse_vkey(f"{name}+{key_id(ORIGIN, OTHER.public_key).hex()}+{blob}")
    with pytest.raises(AuditIntegrityError, match="key id does not match"):
        parse_vkey(f"other+{kid}+{blob}")


def test_vkey_with_plus_in_the_key_data_round_trips() -> None:
    line = vkey(ORIGIN, SIGNER.public_key)
    assert "+" in _cut_vkey(line)[2]
    assert parse_vkey(line) == (ORIGIN, SIGNER.public_key)


def test_modified_checkpoints_do_not_verify() -> None:
    cp = _signed()
    cp.verify(ORIGIN, SIGNER.public_key)
    [sig] = cp.signatures
    flipped = bytearray(sig.signature)
    flipped[10] ^= 0x01
    bad = [
        replace(cp, size=cp.size + 1),
        replace(cp, size=cp.size - 1),
        replace(cp, root=hashlib.sha256(b"other root").digest()),
        replace(cp, origin=ORIGIN + "x"),
        replace(cp, signatures=(replace(sig, signature=bytes(flipped)),)),
    ]
    for other in bad:
        with pytest.raises(AuditIntegrityError, match="does not verify"):
            other.verify(ORIGIN, SIGNER.public_key)
        # and the same after a round trip through the text format
        with pytest.raises(AuditIntegrityError, match="does not verify"):
            parse_note(other.note()).verify(ORIGIN, SIGNER.public_key)

    # wrong key name, wrong key, no signature at all
    with pytest.raises(AuditIntegrityError, match="no signature by 'other'"):
        cp.verify("other", SIGNER.public_key)
    with pytest.raises(AuditIntegrityError, match="no signature by"):
        cp.verify(ORIGIN, OTHER.public_key)
    with pytest.raises(AuditIntegrityError, match="no signature by"):
        replace(cp, signatures=()).verify(ORIGIN, SIGNER.public_key)
    renamed = replace(cp, signatures=(replace(sig, name="impostor"),))
    with pytest.raises(AuditIntegrityError, match="no signature by"):
        parse_note(renamed.note()).verify(ORIGIN, SIGNER.public_key)

    # a signature by another key labelled with the right key id
    forged = _signed(signer=OTHER)
    relabelled = replace(forged, signatures=(replace(forged.signatures[0], key_id=sig.key_id),))
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        relabelled.verify(ORIGIN, SIGNER.public_key)

    # a second, foreign signature does not hide a valid one, and vice versa
    both = sign_body(cp, "witness", OTHER.public_key, OTHER.sign(cp.body.encode()))
    both.verify(ORIGIN, SIGNER.public_key)
    both.verify("witness", OTHER.public_key)
    assert parse_note(both.note()) == both


def test_checkpoint_of_the_empty_tree() -> None:
    empty = hashlib.sha256(b"").digest()
    cp = _signed(size=0, root=empty)
    parsed = parse_note(cp.note())
    assert (parsed.size, parsed.root) == (0, empty)
    parsed.verify(ORIGIN, SIGNER.public_key)


_NOTE = _signed().note()
_BODY, _SIGS = _NOTE.split("\n\n")
_ROOT_B64 = base64.b64encode(ROOT).decode()
_SIG_B64 = _SIGS.split(" ")[2].strip()

MALFORMED = {
    "empty": ("", "expected exactly origin, size and root"),
    "no blank line": (_BODY + "\n" + _SIGS, "expected exactly origin, size and root"),
    "no final newline": (_NOTE.rstrip("\n"), "expected exactly origin, size and root"),
    "extension line": (
        f"{ORIGIN}\n42\n{_ROOT_B64}\nextra\n\n{_SIGS}",
        "expected exactly origin, size and root",
    ),
    "missing root line": (f"{ORIGIN}\n42\n\n{_SIGS}", "expected exactly origin, size and root"),
    "size not a number": (f"{ORIGIN}\nforty\n{_ROOT_B64}\n\n{_SIGS}", "bad size or root line"),
    "root not base64": (f"{ORIGIN}\n42\n{_ROOT_B64[:-2]}*=\n\n{_SIGS}", "bad size or root line"),
    "negative size": (f"{ORIGIN}\n-1\n{_ROOT_B64}\n\n{_SIGS}", "bad origin, size or root"),
    "size with leading zero": (
        f"{ORIGIN}\n042\n{_ROOT_B64}\n\n{_SIGS}",
        "bad origin, size or root",
    ),
    "size with plus sign": (f"{ORIGIN}\n+42\n{_ROOT_B64}\n\n{_SIGS}", "bad origin, size or root"),
    "size with spaces": (f"{ORIGIN}\n 42\n{_ROOT_B64}\n\n{_SIGS}", "bad origin, size or root"),
    "short root": (
        f"{ORIGIN}\n42\n{base64.b64encode(ROOT[:31]).decode()}\n\n{_SIGS}",
        "bad origin, size or root",
    ),
    "empty origin": (f"\n42\n{_ROOT_B64}\n\n{_SIGS}", "bad origin, size or root"),
    "hyphen instead of em dash": (
        f"{_BODY}\n\n- {ORIGIN} {_SIG_B64}\n",
        "bad signature line",
    ),
    "signature line without name": (f"{_BODY}\n\n{DASH} {_SIG_B64}\n", "bad signature line"),
    "signature not base64": (f"{_BODY}\n\n{DASH} {ORIGIN} !!!!\n", "not base64"),
    "signature too short": (
        f"{_BODY}\n\n{DASH} {ORIGIN} {base64.b64encode(bytes(67)).decode()}\n",
        "wrong length",
    ),
    "signature too long": (
        f"{_BODY}\n\n{DASH} {ORIGIN} {base64.b64encode(bytes(69)).decode()}\n",
        "wrong length",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_notes_are_rejected_with_a_clear_message(case: str) -> None:
    text, message = MALFORMED[case]
    with pytest.raises(AuditIntegrityError, match=message):
        parse_note(text)


def test_unsigned_note_parses_but_does_not_verify() -> None:
    cp = parse_note(_BODY + "\n\n")
    assert cp.signatures == ()
    assert (cp.origin, cp.size, cp.root) == (ORIGIN, 42, ROOT)
    with pytest.raises(AuditIntegrityError, match="no signature"):
        cp.verify(ORIGIN, SIGNER.public_key)


def test_signature_dataclass_round_trip() -> None:
    sig = Signature(ORIGIN, key_id(ORIGIN, SIGNER.public_key), bytes(64))
    cp = Checkpoint(ORIGIN, 1, ROOT, (sig,))
    assert parse_note(cp.note()) == cp
    with pytest.raises(AuditIntegrityError, match="does not verify"):
        cp.verify(ORIGIN, SIGNER.public_key)
