"""Writing files so that no reader ever sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: str | os.PathLike[str], data: bytes, *, durable: bool = False) -> Path:
    """Write to ``path.part``, then move it over ``path`` (the folder is made when missing; a
    failed write leaves no ``.part`` behind). ``durable`` also syncs the file to disk before the
    rename and the folder after it, so a power cut leaves the old file or the whole new one."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(partial, target)
        if durable and os.name == "posix":
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    finally:
        partial.unlink(missing_ok=True)
    return target
