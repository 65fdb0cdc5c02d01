"""Turn a file's bytes into text: UTF-8 with or without a BOM, or UTF-16 with a BOM; nothing guessed.

Anything else (another encoding, an empty file, a binary file) raises InputError with a one-line reason.
Line endings are normalised to ``\\n`` so that line numbers match what an editor shows.
"""

from __future__ import annotations

import codecs

from crosscheck.errors import InputError

EMPTY = "empty file"
BINARY = (
    "binary file (contains NUL bytes); expected text in UTF-8, or UTF-16 with a byte-order mark"
)


def decode(data: bytes, path: str) -> str:
    """Return the text of a file's bytes.

    Args:
        data: the raw bytes.
        path: the file as the user names it, for messages.

    Returns:
        The text, without a byte-order mark and with ``\\n`` line endings.

    Raises:
        InputError: the file is empty, binary, or not UTF-8 / BOM-marked UTF-16.
    """
    if not data:
        raise InputError(path, EMPTY)
    if data.startswith(codecs.BOM_UTF8):
        text = _decode_utf8(data[len(codecs.BOM_UTF8) :], path)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")  # the codec reads the BOM and drops it
        except UnicodeDecodeError:
            raise InputError(
                path, "cannot decode: not valid UTF-16 after its byte-order mark"
            ) from None
    elif b"\x00" in data:
        raise InputError(path, BINARY)
    else:
        text = _decode_utf8(data, path)
    if "\x00" in text:
        raise InputError(path, BINARY)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, EMPTY)
    return text


def _decode_utf8(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = data[exc.start]
        raise InputError(
            path,
            f"cannot decode: not UTF-8 (byte 0x{byte:02x} at column {column}); "
            "save the file as UTF-8",
            line=line,
        ) from None
