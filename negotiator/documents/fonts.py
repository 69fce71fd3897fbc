"""The typeface of the confirmation: Noto Sans CJK, from the ``noto-cjk-sans-otc`` package.

No CJK font can be assumed on a server (this project's own machines have none) and a debtor's
phone must not need one either, so the font ships as a Python dependency and the glyphs the
document uses are embedded in it (subset: a confirmation is tens of kilobytes, not megabytes).
The collection holds one face per region; each locale gets the glyph forms its readers expect.
Its Latin letters and digits serve English too, and a Chinese creditor or debtor name in an
English document still renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from negotiator.errors import NegotiatorError

FONT_PACKAGE: Final = "noto_cjk_sans_otc"
"""The import name of the package that ships the font (``pip install noto-cjk-sans-otc``)."""

FONT_FILE: Final = "NotoSansCJK-Regular.ttc"
"""The OpenType collection inside it (Noto Sans CJK Regular, SIL Open Font License 1.1)."""

# Face numbers inside the collection (checked by the tests against the faces' names).
FACE_SIMPLIFIED: Final = 2
"""Noto Sans CJK SC: mainland glyph forms."""
FACE_TRADITIONAL: Final = 3
"""Noto Sans CJK TC: Taiwan glyph forms."""

_FACE_OF_LOCALE = {"zh_Hans": FACE_SIMPLIFIED, "zh_Hant": FACE_TRADITIONAL}


@dataclass(frozen=True, slots=True)
class Typeface:
    """A font file and the face in it to use.

    Attributes:
        path: The font file.
        face: The face number inside a collection (0 for a single font).
    """

    path: Path
    face: int


def font_path() -> Path:
    """Where the installed font file is.

    Raises:
        NegotiatorError: the font package is not installed.
    """
    try:
        path = Path(str(resources.files(FONT_PACKAGE).joinpath(FONT_FILE)))
    except ModuleNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise NegotiatorError(
            f"the confirmation font is missing: install the {FONT_PACKAGE.replace('_', '-')} "
            "package (pip install -e . installs it)"
        )
    return path


def typeface_for(locale: str) -> Typeface:
    """The face for ``locale``: traditional forms for ``zh_Hant``, simplified for the rest."""
    return Typeface(font_path(), _FACE_OF_LOCALE.get(locale, FACE_SIMPLIFIED))
