"""Pinyin search keys for Chinese names: full pinyin ("zhangsan") and initials ("zs")."""

from __future__ import annotations

# pypinyin loads its phrase dictionary on import (about 0.5 s): it is imported when the first
# name is converted, not when the window starts.


def _keep(chars: str) -> list[str]:
    """Characters without pinyin stay, one syllable each (so "ABC" gives the initials "abc")."""
    return list(chars)


def pinyin_keys(text: str) -> tuple[str, str]:
    """Return (full pinyin, initials), lower-case ASCII, without separators.

    Non-Chinese characters are kept as they are (lower-cased), so "ABC科技" gives "abckeji"/"abckj".
    """
    from pypinyin import Style, lazy_pinyin

    # pypinyin accepts a list from the callback (its stubs say str).
    syllables: list[str] = lazy_pinyin(text, style=Style.NORMAL, errors=_keep)  # type: ignore[arg-type]
    cleaned = [s.lower() for s in syllables if s.strip()]
    full = "".join(cleaned)
    initials = "".join(s[0] for s in cleaned if s)
    return full, initials
