"""``hpcampaign`` and ``python -m hpcampaign``.

``--version`` is answered before the command-line framework is imported, so CI and pre-commit
hooks that ask for it pay only for the interpreter's start.
"""

from __future__ import annotations

import sys

from . import __version__


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"hpcampaign {__version__}")
        return
    from .cli import app

    app(prog_name="hpcampaign")


if __name__ == "__main__":
    main()
