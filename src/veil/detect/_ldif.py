"""People, addresses and passwords in LDIF directory exports (RFC 2849), by attribute.

``cn: Wojciech Nowak``, ``sn: Nowak``, ``postalAddress: Kerkstraat 99$5611 EM Eindhoven``
(``$`` separates an address's lines), ``l: Eindhoven``, ``userPassword: ...``: an entry of
``ldapsearch`` output or a directory backup. The attribute names are short schema names
(``cn``, ``sn``, ``l``, ``st``) that say nothing to the key-value rules. Written here for the
offsets: ``ldif`` parsers (``python-ldap``'s ``ldif``, ``ldif3``) give back values, not where
they stand. Base64 values (``attr:: ...``) and hashed passwords (``{SSHA}...``) stay quiet.
"""

from __future__ import annotations

import re

from veil.types import EntityType, Finding

__all__ = ["ldif_findings"]

_ENTRY = re.compile(r"(?m)^dn: \S")
_LINE = re.compile(r"(?m)^([A-Za-z][\w-]{0,40}): ([^\r\n]+?)[ \t]*\r?$")
_ATTRIBUTES: dict[str, EntityType] = {
    **dict.fromkeys(
        ("cn", "commonname", "displayname", "givenname", "gn", "sn", "surname", "gecos"),
        EntityType.PERSON,
    ),
    **dict.fromkeys(
        ("postaladdress", "homepostaladdress", "registeredaddress", "street", "streetaddress"),
        EntityType.ADDRESS,
    ),
    **dict.fromkeys(("l", "localityname", "st", "stateorprovincename", "co"), EntityType.LOCATION),
    **dict.fromkeys(
        ("telephonenumber", "mobile", "homephone", "facsimiletelephonenumber", "pager"),
        EntityType.PHONE_NUMBER,
    ),
    "userpassword": EntityType.PASSWORD,
}


def ldif_findings(text: str) -> list[Finding]:
    """The attributes of every entry of an LDIF export that name, place or let in a person."""
    if "dn: " not in text or not _ENTRY.search(text):
        return []
    out: list[Finding] = []
    person = False
    for m in _LINE.finditer(text):
        attr = m.group(1).lower()
        value = m.group(2)
        if attr == "dn":
            person = False
            continue
        if attr == "objectclass":
            person = person or value.lower() in (
                "person",
                "inetorgperson",
                "organizationalperson",
                "posixaccount",
                "user",
            )
            continue
        etype = _ATTRIBUTES.get(attr)
        if etype is None:
            continue
        if etype is EntityType.PERSON and not person:
            continue  # the cn of a group or a device is no one's name
        if etype is EntityType.PASSWORD and value.startswith("{"):
            continue  # "{SSHA}...": a hash
        if etype is EntityType.LOCATION and not any(c.isalpha() for c in value):
            continue
        why = f"ldif: the {m.group(1)} attribute of a directory entry"
        out.append(Finding(etype, m.start(2), m.end(2), 0.92, "ldif", why))
    return out
