"""The fingerprint of a revision: SHA-256 over canonical JSON, chained to the previous one.

Canonical JSON: keys sorted, no insignificant white space, UTF-8, and no floats anywhere (every
decimal is a string), so the same content hashes the same on every machine and Python.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from slaworkshop.model import Agreement, Signature
from slaworkshop.serialize import content_dict


def canonical_json(value: Any) -> bytes:
    def refuse_floats(obj: Any) -> Any:
        if isinstance(obj, float):
            raise TypeError("floats are not allowed in canonical JSON")
        if isinstance(obj, dict):
            return {str(k): refuse_floats(v) for k, v in obj.items()}
        if isinstance(obj, list | tuple):
            return [refuse_floats(v) for v in obj]
        return obj

    return json.dumps(refuse_floats(value), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def fingerprint(agreement: Agreement, previous: str | None) -> str:
    payload = {"previous": previous, "content": content_dict(agreement)}
    return _sha256_hex(canonical_json(payload))


def seal(fingerprint_hex: str, signatures: Sequence[Signature]) -> str:
    """SHA-256 over the fingerprint and every signature given to it, in party order.

    A drawn signature takes part through the SHA-256 of its PNG bytes.
    """
    payload = {
        "fingerprint": fingerprint_hex,
        "signatures": [
            {"party": s.party, "signer": s.signer, "role": s.role, "signed_on": s.signed_on,
             "signed_fingerprint": s.fingerprint,
             "image": _sha256_hex(s.image) if s.image else None}
            for s in sorted(signatures, key=lambda s: s.party)
        ],
    }
    return _sha256_hex(canonical_json(payload))


def short(fingerprint_hex: str) -> str:
    """The fingerprint as people read it aloud: groups of four, first 16 digits."""
    head = fingerprint_hex[:16]
    return " ".join(head[i:i + 4] for i in range(0, 16, 4))


def _sha256_hex(data: bytes) -> str:
    # hashlib loads OpenSSL (a few ms): only when something is fingerprinted, not at start-up.
    import hashlib

    return hashlib.sha256(data).hexdigest()
