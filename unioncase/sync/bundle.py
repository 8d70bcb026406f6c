"""The sync bundle file: a zip of a manifest, JSON-lines records and attachments, sealed with
AES-256-GCM under a key derived from the city's passphrase, optionally signed with Ed25519.

Layout of the file::

    b"UCSYNC\\x00\\x01"                  magic and format version
    4 bytes, big-endian                 length of the header
    header (JSON)                       {"kdf": "scrypt", "n": ..., "r": ..., "p": ...,
                                         "salt": b64, "nonce": b64}
    ciphertext + 16-byte GCM tag        of the zip; the magic, length and header are the
                                        associated data, so none of them can be changed either

Inside the zip: ``manifest.json``, ``records/<table>.jsonl``, ``attachments/<sha256>`` and,
when signed, ``signature.json`` ({"public_key": hex, "signature": hex} over the manifest's
bytes; the manifest holds every member's SHA-256, so the signature covers them all).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from unioncase.domain.errors import ValidationError

__all__ = [
    "FORMAT_VERSION",
    "Opened",
    "generate_signing_key",
    "load_signing_key",
    "open_bundle",
    "public_key_hex",
    "seal_bundle",
]

MAGIC = b"UCSYNC\x00\x01"
FORMAT_VERSION = 1
MIN_PASSPHRASE = 8
# scrypt at 2**15 x 8 takes about 0.1 s and 32 MB here; a header asking for far more is refused
# rather than let a crafted file exhaust the memory.
_N, _R, _P = 2 ** 15, 8, 1
_MAX_N = 2 ** 20
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise ValidationError("sync_passphrase_missing", field="passphrase")
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("sync_passphrase_short", field="passphrase", size=MIN_PASSPHRASE)
    return passphrase


def generate_signing_key() -> tuple[bytes, str]:
    """A new Ed25519 key: its PEM (to keep secret at the station) and its public key (hex)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return pem, public_key_hex(key)


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def load_signing_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise ValidationError("sync_key_invalid", field="signing_key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValidationError("sync_key_invalid", field="signing_key")
    return key


def check_public_key(text: str) -> str:
    cleaned = text.strip().lower()
    try:
        raw = bytes.fromhex(cleaned)
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise ValidationError("sync_public_key_invalid", field="public_key") from None
    return cleaned


def seal_bundle(manifest: Mapping[str, Any], members: Mapping[str, bytes], passphrase: str,
                signing_key: Ed25519PrivateKey | None = None) -> bytes:
    """The bundle's bytes. ``members`` are the zip entries besides the manifest."""
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = {MANIFEST: manifest_bytes, **members}
        if signing_key is not None:
            signature = {"public_key": public_key_hex(signing_key),
                         "signature": signing_key.sign(manifest_bytes).hex()}
            entries[SIGNATURE] = json.dumps(signature, sort_keys=True).encode("utf-8")
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"kdf": "scrypt", "n": _N, "r": _R, "p": _P,
                         "salt": base64.b64encode(salt).decode(),
                         "nonce": base64.b64encode(nonce).decode()},
                        sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    sealed = AESGCM(_key(passphrase, salt, _N, _R, _P)).encrypt(nonce, buffer.getvalue(), prefix)
    return prefix + sealed


@dataclass
class Opened:
    """A decrypted bundle, before any of its records is trusted."""

    manifest: dict[str, Any]
    manifest_bytes: bytes
    members: dict[str, bytes]
    public_key: str = ""  # hex, when signed
    signature_valid: bool = False
    problems: list[str] = field(default_factory=list)


def _header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if not data.startswith(MAGIC[:6]):
        raise ValidationError("sync_not_bundle")
    if data[:len(MAGIC)] != MAGIC:
        raise ValidationError("sync_format_newer")
    try:
        (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
        end = len(MAGIC) + 4 + size
        header = json.loads(data[len(MAGIC) + 4:end])
        if not isinstance(header, dict) or header.get("kdf") != "scrypt":
            raise ValueError
        return header, data[:end], data[end:]
    except (struct.error, ValueError, UnicodeDecodeError):
        raise ValidationError("sync_damaged") from None


def open_bundle(data: bytes, passphrase: str) -> Opened:
    """Decrypt and unpack; a wrong passphrase and a changed byte both fail the GCM tag."""
    header, prefix, sealed = _header(data)
    try:
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        salt = base64.b64decode(header["salt"])
        nonce = base64.b64decode(header["nonce"])
    except (KeyError, TypeError, ValueError):
        raise ValidationError("sync_damaged") from None
    if not (2 <= n <= _MAX_N and 1 <= r <= 16 and 1 <= p <= 4 and len(nonce) == 12):
        raise ValidationError("sync_damaged")
    try:
        plain = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, sealed, prefix)
    except (InvalidTag, ValueError):
        raise ValidationError("sync_cannot_decrypt") from None
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as archive:
            members = {name: archive.read(name) for name in archive.namelist()}
        manifest_bytes = members.pop(MANIFEST)
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict):
            raise ValueError
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise ValidationError("sync_damaged") from None
    opened = Opened(manifest, manifest_bytes, members)
    signature = members.pop(SIGNATURE, None)
    if signature is not None:
        try:
            info = json.loads(signature)
            public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(info["public_key"]))
            public.verify(bytes.fromhex(info["signature"]), manifest_bytes)
        except (InvalidSignature, KeyError, TypeError, ValueError):
            raise ValidationError("sync_signature_invalid") from None
        opened.public_key = str(info["public_key"])
        opened.signature_valid = True
    return opened


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
