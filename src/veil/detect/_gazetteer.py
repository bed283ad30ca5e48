"""Names from gazetteers: a known first name followed by a capitalized surname.

spaCy's small English model misses many non-English names ("Xiu Sanchez", "Kavya"), and
calling it is the slowest step of detection. A first-name gazetteer (Faker's 80+ locales and
the US Census 1990 lists, built by ``scripts/build_gazetteer.py``, see the data files'
headers) finds most person names in a single regex pass; the words it explains no longer
send their clause to the model.

Rules, in order of confidence:
- first name + capitalized word (+ optional middle initial / third word): PERSON 0.8
- a lone first name in a speaker or greeting position ("Kavya:", "Hi Kavya,", "Thanks,
  Kavya", "Dear Kavya"): PERSON 0.7
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from veil.types import EntityType, Finding

# Things that look like names but are products, fonts, assistants or tools.
NOT_PERSON = frozenset(
    {
        *"alexa siri cortana jarvis jenkins ruby rails tesla dell georgia helvetica arial".split(),
        *"verdana django flask hadoop kafka grafana kibana watson claude gemini copilot".split(),
        *"chatgpt bard llama ollama jupyter pandas numpy".split(),
        *["jack daniel's", "jack daniels", "ruby on rails", "dell xps", "tesla model s"],
        *["watson assistant", "papa john", "papa john's", "gill sans", "johnnie walker"],
        *["martin luther king", "martin luther king jr"],
    }
)

__all__ = ["gazetteer_names", "is_first_name"]

_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_CAPWORD = re.compile(r"(?:[A-Z]\.|[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*)")
_GREETING = re.compile(
    r"(?:\b(?:hi|hello|hey|dear|thanks|thank you|cheers|regards|ask|contact|cc|with|to|from|"
    r"by|for|and|tell|call|email|ping|sincerely|best)[,:]?\s+)$",
    re.I,
)
_SPEAKER_AFTER = re.compile(r"^\s*(?::|,|—|-\s|!|\.|$)")


@lru_cache(maxsize=1)
def _load() -> tuple[frozenset[str], frozenset[str]]:
    data = resources.files("veil.detect").joinpath("data")

    def read(name: str) -> frozenset[str]:
        text = data.joinpath(name).read_text("utf-8")
        return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))

    return read("first_names.txt"), read("last_names.txt")


def is_first_name(word: str) -> bool:
    return word.lower() in _load()[0]


def gazetteer_names(text: str) -> list[Finding]:
    first, last = _load()
    out: list[Finding] = []
    pos = 0
    n = len(text)
    for m in _CAPWORD.finditer(text):
        s, e = m.span()
        if s < pos:
            continue
        word = m.group(0)
        if not word[0].isupper() or word.isupper() or word.lower() not in first:
            continue
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._/-"):
            continue
        # extend over up to two more capitalized words (middle initial, surname)
        end = e
        parts = 1
        j = e
        while parts < 3 and j < n and text[j] == " ":
            nm = _CAPWORD.match(text, j + 1)
            if nm is None or (nm.group(0).isupper() and len(nm.group(0)) > 2):
                break
            w = nm.group(0)
            if not w[0].isupper():
                break
            end = nm.end()
            j = end
            parts += 1
        if end < n and text[end : end + 1] in "@._" and text[end + 1 : end + 2].isalnum():
            continue  # part of an email address or identifier
        if text[end - 2 : end] in {"'s", "’s"}:
            end -= 2
        if parts > 1:
            if text[s:end].lower() in NOT_PERSON:
                continue
            surname = text[e:end].split()[-1].lower().rstrip(".")
            score = 0.85 if surname in last else 0.8
            out.append(
                Finding(
                    EntityType.PERSON,
                    s,
                    end,
                    score,
                    "name_gazetteer",
                    "name_gazetteer: first name + capitalized surname",
                )
            )
            pos = end
            continue
        before = text[max(0, s - 24) : s]
        line_start = s == 0 or text[s - 1] == "\n"
        if _SPEAKER_AFTER.match(text[e : e + 3]) and (line_start or _GREETING.search(before)):
            out.append(
                Finding(
                    EntityType.PERSON,
                    s,
                    e,
                    0.7,
                    "name_gazetteer",
                    "name_gazetteer: first name in greeting or speaker position",
                )
            )
            pos = e
    return out
