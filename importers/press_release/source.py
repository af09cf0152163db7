"""Reading a text file whose encoding nobody wrote down: UTF-8 (with or without a byte order
mark, or UTF-16 with one), else what charset-normalizer finds (Windows-1251 most often)."""

from __future__ import annotations

from pathlib import Path

from models.errors import RegistryError

MAX_BYTES = 5_000_000  # a press release is a few kilobytes; refuse anything absurd


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "cp866", "mac_cyrillic",
                                          "utf_16", "cp1252"]).best()
    if best is None:
        return data.decode("cp1251", errors="replace")
    return str(best)


def read_text(path: str | Path) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise RegistryError("The file {path} is too large for a text ({size} bytes).",
                                path=str(path), size=size)
        data = path.read_bytes()
    except OSError as exc:
        raise RegistryError("Cannot read {path}: {reason}", path=str(path),
                            reason=exc.strerror or str(exc)) from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RegistryError("The file {path} is not a text file.", path=str(path))
    return decode(data)
