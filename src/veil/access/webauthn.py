"""WebAuthn second factors (security keys, platform authenticators) on py_webauthn.

Registration: a logged-in person asks for creation options (a fresh challenge, stored for
five minutes, single use) and sends back the authenticator's response; py_webauthn checks
the challenge, origin, relying party and signature, and the credential's public key and sign
count are stored. Login: the password is checked first (WebAuthn is the second factor),
then request options list the person's credentials; the assertion is verified against the
stored key, and its sign count must be higher than the stored one (a lower or equal count
means a cloned authenticator: refused and audited), unless the authenticator does not
count at all (both zero). The token then carries MFA (``amr``: pwd, hwk).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import PublicKeyCredentialDescriptor

from veil.access.directory import StepUpRequired
from veil.audit import Event
from veil.errors import UsageError
from veil.store.schema import access_challenges, access_users, access_webauthn

if TYPE_CHECKING:
    from veil.access.directory import Directory, Identity

__all__ = ["WebAuthn"]

_CHALLENGE_SECONDS = 300


class WebAuthn:
    def __init__(self, directory: Directory, *, clock: Callable[[], float] = time.time) -> None:
        self.d = directory
        self.store = directory.store
        self.audit = directory.audit
        self.settings = directory.settings
        self.clock = clock

    def _challenge(self, user: str, purpose: str, challenge: bytes) -> str:
        cid = secrets.token_urlsafe(16)
        now = int(self.clock())
        with self.store.begin() as conn:
            conn.execute(delete(access_challenges).where(access_challenges.c.expires_at < now))
            conn.execute(
                access_challenges.insert().values(
                    id=cid, user_name=user, purpose=purpose, challenge=challenge,
                    expires_at=now + _CHALLENGE_SECONDS,
                )
            )  # fmt: skip
        return cid

    def _take(self, cid: str, purpose: str) -> tuple[str, bytes]:
        """The challenge, once: it is deleted as it is read."""
        from veil.access.directory import AuthenticationFailed

        with self.store.begin() as conn:
            row = conn.execute(
                select(access_challenges).where(access_challenges.c.id == cid)
            ).first()
            conn.execute(delete(access_challenges).where(access_challenges.c.id == cid))
        if row is None or row.purpose != purpose or row.expires_at < int(self.clock()):
            raise AuthenticationFailed("invalid or expired WebAuthn challenge")
        return row.user_name, bytes(row.challenge)

    # -- registration ---------------------------------------------------------------------

    def _may_enrol(self, identity: Identity) -> str:
        if identity.kind != "User":
            raise UsageError("security keys are for people")
        # with a second factor enrolled, adding one needs it: a stolen password alone must
        # not be enough to add the thief's key
        if self.d.has_second_factor(identity.name) and not identity.mfa:
            raise StepUpRequired("log in with your second factor to add a security key")
        return identity.name

    def register_begin(self, identity: Identity) -> dict[str, Any]:
        user = self._may_enrol(identity)
        with self.store.read() as conn:
            known = conn.execute(
                select(access_webauthn.c.credential_id).where(access_webauthn.c.user_name == user)
            ).all()
        options = generate_registration_options(
            rp_id=self.settings.webauthn_rp_id,
            rp_name="veil",
            user_name=user,
            exclude_credentials=[PublicKeyCredentialDescriptor(id=bytes(k[0])) for k in known],
        )
        cid = self._challenge(user, "register", options.challenge)
        return {"challenge_id": cid, "options": json.loads(options_to_json(options))}

    def register_finish(
        self, identity: Identity, challenge_id: str, credential: dict[str, Any]
    ) -> None:
        user = self._may_enrol(identity)
        owner, challenge = self._take(challenge_id, "register")
        if owner != user:
            raise UsageError("that challenge belongs to someone else")
        try:
            v = verify_registration_response(
                credential=credential,
                expected_challenge=challenge,
                expected_rp_id=self.settings.webauthn_rp_id,
                expected_origin=self.settings.webauthn_origin,
            )
        except (InvalidRegistrationResponse, ValueError, KeyError, TypeError) as e:
            raise UsageError(f"WebAuthn registration rejected: {e}") from None
        now = int(self.clock())
        with self.store.begin() as conn:
            conn.execute(
                access_webauthn.insert().values(
                    user_name=user, credential_id=v.credential_id,
                    public_key=v.credential_public_key, sign_count=v.sign_count, created_at=now,
                )
            )  # fmt: skip
            self.audit.append(conn, [Event(f"user:{user}", "users.mfa-enroll", f"user/{user}",
                                           "access", "ok", {"method": "webauthn"})])  # fmt: skip

    # -- login ----------------------------------------------------------------------------

    def login_begin(self, user: str, password: str, *, source: str = "") -> dict[str, Any]:
        """Check the password (counts towards lockout like any login), then options."""
        from veil.access.directory import AuthenticationFailed

        self.d.check_password(user, password, source=source)
        with self.store.read() as conn:
            creds = conn.execute(
                select(access_webauthn.c.credential_id).where(access_webauthn.c.user_name == user)
            ).all()
        if not creds:
            raise AuthenticationFailed("invalid credentials")
        options = generate_authentication_options(
            rp_id=self.settings.webauthn_rp_id,
            allow_credentials=[PublicKeyCredentialDescriptor(id=bytes(c[0])) for c in creds],
        )
        cid = self._challenge(user, "login", options.challenge)
        return {"challenge_id": cid, "options": json.loads(options_to_json(options))}

    def login_finish(
        self, challenge_id: str, credential: dict[str, Any], *, source: str = ""
    ) -> tuple[str, int]:
        from veil.access.directory import AuthenticationFailed

        user, challenge = self._take(challenge_id, "login")
        raw_id = str(credential.get("rawId") or credential.get("id") or "")
        from webauthn import base64url_to_bytes

        try:
            cred_id = base64url_to_bytes(raw_id)
        except (ValueError, TypeError):
            raise AuthenticationFailed("invalid credentials") from None
        with self.store.read() as conn:
            row = conn.execute(
                select(access_webauthn).where(
                    access_webauthn.c.credential_id == cred_id,
                    access_webauthn.c.user_name == user,
                )
            ).first()
        if row is None:
            raise AuthenticationFailed("invalid credentials")
        try:
            v = verify_authentication_response(
                credential=credential,
                expected_challenge=challenge,
                expected_rp_id=self.settings.webauthn_rp_id,
                expected_origin=self.settings.webauthn_origin,
                credential_public_key=bytes(row.public_key),
                credential_current_sign_count=int(row.sign_count),
            )
        except (InvalidAuthenticationResponse, ValueError, KeyError, TypeError) as e:
            self.audit.record(Event(f"user:{user}", "login", "session", "login", "denied",
                                    {"reason": f"webauthn: {e}", "source": source}))  # fmt: skip
            raise AuthenticationFailed("invalid credentials") from None
        now = int(self.clock())
        with self.store.begin() as conn:
            # the count is checked again under the write: a replayed assertion loses
            cur = conn.execute(
                select(access_webauthn.c.sign_count).where(access_webauthn.c.id == row.id)
            ).scalar_one()
            if (v.new_sign_count or cur) and v.new_sign_count <= cur:
                raise AuthenticationFailed("invalid credentials")
            conn.execute(
                update(access_webauthn)
                .where(access_webauthn.c.id == row.id)
                .values(sign_count=v.new_sign_count, last_used=now)
            )
            conn.execute(
                update(access_users)
                .where(access_users.c.name == user)
                .values(failed_logins=0, last_seen=now)
            )
        return self.d.issue_login(user, amr=["pwd", "hwk"], source=source)
