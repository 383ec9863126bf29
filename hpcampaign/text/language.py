"""The language a person is spoken to in: one rule for every command, message and ``--help``.

``--lang`` on the command line, then the ``HPCAMPAIGN_LANG`` environment variable, then
Vietnamese. A value that is neither ``vi`` nor ``en`` is passed over: an unknown
``HPCAMPAIGN_LANG`` means Vietnamese, and an unknown ``--lang`` (a usage error of its own) is
reported in the language of the next source.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Literal

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
VARIABLE = "HPCAMPAIGN_LANG"


def language(args: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> Lang:
    """The language of a run: the last ``--lang`` of ``args``, else ``HPCAMPAIGN_LANG``, else vi.

    ``args`` are the command line's arguments (without the program's name); ``environ``
    defaults to the process's environment. Arguments after ``--`` are not options.
    """
    given = _from_args(args)
    if given in LANGS:
        return "en" if given == "en" else "vi"
    variable = (os.environ if environ is None else environ).get(VARIABLE, "").strip().lower()
    return "en" if variable == "en" else "vi"


def _from_args(args: Sequence[str]) -> str | None:
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found
