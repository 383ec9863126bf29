"""``hpcampaign`` and ``python -m hpcampaign``.

``--version`` is answered before the command-line framework is imported, so CI and pre-commit
hooks that ask for it pay only for the interpreter's start.
"""

from __future__ import annotations

import gc
import sys

from . import __version__


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"hpcampaign {__version__}")
        return
    # Importing pydantic, typer and rich allocates many long-lived objects and no garbage: a
    # collection then only walks them. Pause it, and move what was imported out of its sight.
    gc.disable()
    try:
        from .cli import app
    finally:
        gc.freeze()
        gc.enable()
    app(prog_name="hpcampaign")


if __name__ == "__main__":
    main()
