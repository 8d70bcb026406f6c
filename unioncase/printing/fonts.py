"""The one CJK font every printed form uses.

reportlab can only embed fonts with TrueType (``glyf``) outlines; fonts with CFF outlines
(``.otf``, Noto/Source Han CJK) are refused, and reportlab's built-in ``STSong-Light`` CID font is
not embedded at all (a reader without Chinese fonts shows boxes or nothing).  So the search below
looks for a TrueType CJK font, registers it once per process and only falls back to the CID font,
with a warning, when the machine has none.

Search order:

1. the path the caller passes, else the ``UNIONCASE_PDF_FONT`` environment variable: named
   explicitly, so a font that cannot be loaded raises :class:`FontError` instead of falling back;
2. the usual Windows fonts (SimSun, Microsoft YaHei, SimHei);
3. the usual Linux fonts (WenQuanYi Zen Hei / Micro Hei, AR PL UMing);
4. the same file names anywhere under the font folders;
5. whatever ``fc-list :lang=zh file`` lists (CFF fonts are skipped);
6. ``STSong-Light`` (not embedded).
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import subprocess
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from unioncase.domain.errors import UnionCaseError
from unioncase.printing.form_names import FONT_ENV_VAR

log = logging.getLogger(__name__)

CID_FALLBACK_FONT = "STSong-Light"

# Known TrueType-outline CJK fonts, best first.  SimSun (宋体) is the classic face of printed
# government forms; the others are sans-serif but complete.
_WINDOWS_FONT_FILES = ("simsun.ttc", "msyh.ttc", "simhei.ttf")
_LINUX_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
_KNOWN_NAMES = (
    *_WINDOWS_FONT_FILES,
    *(Path(p).name for p in _LINUX_FONT_FILES),
    "ukai.ttc",
    "DroidSansFallbackFull.ttf",
)
_TRUETYPE_SUFFIXES = frozenset({".ttf", ".ttc"})
_FC_LIST_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class FontChoice:
    """The font registered with reportlab for Chinese text."""

    name: str
    """The name under which the font is registered in ``reportlab.pdfbase.pdfmetrics``."""
    path: str | None
    """The font file, or ``None`` for reportlab's built-in CID font."""
    embedded: bool
    """Whether the font is embedded (subset) in the PDF: true for every TrueType font."""


class FontError(UnionCaseError):
    """An explicitly named font cannot be used (missing, unreadable or not TrueType outlines)."""

    code = "font_missing"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path=path, reason=reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot use {self.path!r} as the PDF font: {self.reason}"


_lock = threading.Lock()
_loaded: dict[str, FontChoice] = {}  # resolved font path -> registered TrueType font
_discovered: FontChoice | None = None  # the result of the automatic search


def cjk_font(path: str | os.PathLike[str] | None = None) -> FontChoice:
    """Return the CJK font for PDFs, registering it with reportlab on first use.

    ``path`` (or else the ``UNIONCASE_PDF_FONT`` environment variable) names a font explicitly;
    if it cannot be loaded, :class:`FontError` is raised.  Without one, the machine's fonts are
    searched once per process and the result is cached.  Thread-safe.
    """
    explicit = os.fspath(path) if path is not None else os.environ.get(FONT_ENV_VAR, "").strip()
    with _lock:
        if explicit:
            return _load_explicit(explicit)
        global _discovered
        if _discovered is None:
            _discovered = _discover()
        return _discovered


def _load_explicit(path: str) -> FontChoice:
    file = Path(path).expanduser()
    if not file.is_file():
        raise FontError(path, "the file does not exist")
    if file.suffix.lower() not in _TRUETYPE_SUFFIXES:
        raise FontError(path, "not a .ttf/.ttc TrueType font; CFF/.otf fonts cannot be embedded")
    try:
        return _load_truetype(file)
    except Exception as exc:  # reportlab raises TTFError, OSError, struct.error, ...
        raise FontError(path, f"reportlab cannot load it ({exc})") from exc


def _discover() -> FontChoice:
    for candidate in _candidates():
        if candidate.suffix.lower() not in _TRUETYPE_SUFFIXES:
            continue  # .otf/.otc: CFF outlines, reportlab cannot embed them
        try:
            choice = _load_truetype(candidate)
        except Exception as exc:
            log.debug("skipping font %s: %s", candidate, exc)
            continue
        log.info("PDF font: %s", candidate)
        return choice
    log.warning(
        "No TrueType CJK font found; PDFs use the built-in %s font, which is not embedded "
        "and may show as boxes on other machines. Install fonts-wqy-zenhei or set %s.",
        CID_FALLBACK_FONT,
        FONT_ENV_VAR,
    )
    if CID_FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK_FONT))
    return FontChoice(name=CID_FALLBACK_FONT, path=None, embedded=False)


def _load_truetype(file: Path) -> FontChoice:
    """Register ``file`` (first face of a collection) unless already registered."""
    key = str(file.resolve())
    cached = _loaded.get(key)
    if cached is not None:
        return cached
    name = _font_name(file)
    # subfontIndex 0: the regular face of .ttc collections (SimSun, not NSimSun).
    pdfmetrics.registerFont(_SubsetFont(name, key, subfontIndex=0))
    choice = FontChoice(name=name, path=key, embedded=True)
    _loaded[key] = choice
    return choice


class _SubsetFont(TTFont):  # type: ignore[misc]
    """reportlab's TrueType font without two costs it pays for every PDF it is embedded in.

    To subset the font, reportlab copies whole tables out of the font file, among them the glyph
    outlines (10 MB for WenQuanYi Zen Hei) of which it keeps a few hundred glyphs; here the big
    tables are read in place and the small ones copied once.  And it writes each subset's glyph
    widths through its general number formatting, one call a width; here they are written at
    once.  And the subsets are deflated at zlib's fastest level (half the time, 5 % more bytes).
    The PDF holds the same subsets, glyphs and widths.
    """

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:  # noqa: N803
        super().__init__(name, filename, subfontIndex=subfontIndex)
        _read_tables_in_place(self.face)

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        count = len(state.subsets) if state is not None else 0
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(count)]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name in names:
            font = fonts.get(name)
            if font is None:
                continue
            if isinstance(font.Widths, pdfdoc.PDFArray):
                font.Widths = _NumberArray(font.Widths.sequence)
            descriptor = doc.idToObject.get(getattr(font.FontDescriptor, "name", None))
            file = getattr(descriptor, "dict", {}).get("FontFile2")
            stream = doc.idToObject.get(getattr(file, "name", None))
            if stream is not None and stream.filters == [pdfdoc.PDFZCompress]:
                stream.filters = [FAST_DEFLATE]


_IN_PLACE_TABLES = frozenset({"glyf", "post"})  # only sliced by the subsetter


class _TableView:
    """A font table read in place: slices of it are ``bytes``."""

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __len__(self) -> int:
        return len(self._view)

    def __getitem__(self, key: slice) -> bytes:
        return bytes(self._view[key])


def _read_tables_in_place(face: Any) -> None:
    data = memoryview(face._ttf_data)
    copy_table = face.get_table
    copied: dict[str, bytes] = {}

    def get_table(tag: str) -> Any:
        if tag in _IN_PLACE_TABLES:
            pos, length = face.get_table_pos(tag)
            return _TableView(data[pos : pos + length])
        table = copied.get(tag)
        if table is None:
            table = copied[tag] = copy_table(tag)
        return table

    face.get_table = get_table


class _FastDeflate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    """FlateDecode at zlib's fastest level."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


FAST_DEFLATE = _FastDeflate()


class _NumberArray(pdfdoc.PDFArray):  # type: ignore[misc]
    """A PDF array of numbers (glyph widths), formatted in one go."""

    def format(self, _document: Any, IND: bytes = b"\n ") -> bytes:  # noqa: N803
        return ("[" + " ".join(map(_number, self.sequence)) + "]").encode("ascii")


def _number(value: float) -> str:
    """``value`` with as many decimals as reportlab writes (six significant digits)."""
    if value == int(value):
        return str(int(value))
    size = abs(value)
    places = 6 if size <= 1 else min(max(0, 6 - int(math.log10(size))), 6)
    return f"{value:.{places}f}".rstrip("0").rstrip(".")


def _font_name(file: Path) -> str:
    base = "UnionCaseCJK-" + (re.sub(r"[^A-Za-z0-9]+", "", file.stem) or "font")
    taken = {choice.name for choice in _loaded.values()}
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    return name


def _candidates() -> Iterator[Path]:
    """Candidate font files, best first (may repeat; may not exist)."""
    for folder in _windows_font_dirs():
        for file_name in _WINDOWS_FONT_FILES:
            yield folder / file_name
    for file_path in _LINUX_FONT_FILES:
        yield Path(file_path)
    wanted = {n.lower(): rank for rank, n in enumerate(_KNOWN_NAMES)}
    found = [
        (wanted[f.name.lower()], str(f))
        for folder in _font_dirs()
        for f in _walk_fonts(folder)
        if f.name.lower() in wanted
    ]
    yield from (Path(p) for _, p in sorted(found))
    yield from _fc_list_zh()


def _windows_font_dirs() -> list[Path]:
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts", Path(r"C:\Windows\Fonts")]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d not in dirs[:i]]


def _font_dirs() -> list[Path]:
    home = Path.home()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    dirs = [
        *_windows_font_dirs(),
        Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        / "Microsoft"
        / "Windows"
        / "Fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]
    return [d for d in dirs if d.is_dir()]


def _walk_fonts(folder: Path) -> Iterable[Path]:
    for root, _dirs, files in os.walk(folder):
        for file_name in files:
            if Path(file_name).suffix.lower() in _TRUETYPE_SUFFIXES:
                yield Path(root) / file_name


def _fc_list_zh() -> list[Path]:
    """Font files fontconfig knows to cover Chinese, TrueType ones first by name."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run(
            [fc_list, ":lang=zh", "file"],
            capture_output=True,
            text=True,
            timeout=_FC_LIST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.debug("fc-list failed: %s", exc)
        return []
    files = {line.strip().removesuffix(":").strip() for line in result.stdout.splitlines()}
    return [Path(f) for f in sorted(files) if f]
