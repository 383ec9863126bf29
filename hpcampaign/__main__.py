"""``hpcampaign`` and ``python -m hpcampaign``.

``--version`` is answered before the command-line framework is imported, so CI and pre-commit
hooks that ask for it pay only for the interpreter's start.

Whatever the tool itself fails on (a program error, memory exhausted) ends the run with one
line on standard error and exit code 4, never a traceback and never 1, which means "a target
missed" (SPEC 5). Interrupted by the user (Ctrl-C), it says so and exits with 130.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys

from hpcampaign import __version__


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"hpcampaign {__version__}")
        return
    # Importing pydantic, typer and rich allocates many long-lived objects and no garbage: a
    # collection then only walks them. Pause it, and move what was imported out of its sight.
    try:
        gc.disable()
        try:
            from hpcampaign.cli import app
        finally:
            gc.freeze()
            gc.enable()
        app(prog_name="hpcampaign")
    except KeyboardInterrupt:
        _say("đã dừng theo yêu cầu", "stopped on request")
        sys.exit(EXIT_INTERRUPTED)
    except MemoryError:
        _say("lỗi của chính chương trình: hết bộ nhớ", "the tool itself failed: out of memory")
        sys.exit(EXIT_FAULT)
    except Exception as error:  # the last guard: the tool failed, not the input
        detail = f"{type(error).__name__}: {error}"
        _say(f"lỗi của chính chương trình: {detail}", f"the tool itself failed: {detail}")
        sys.exit(EXIT_FAULT)


EXIT_FAULT, EXIT_INTERRUPTED = 4, 130


def _say(vi: str, en: str) -> None:
    """One line on standard error, in the language the command line or the environment asks for."""
    from hpcampaign.text.safe import safe  # small, and imports nothing of ours

    text = safe(en if _language() == "en" else vi)
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"hpcampaign: {text}\n")
        sys.stderr.flush()


def _language() -> str:
    args = sys.argv[1:]
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("HPCAMPAIGN_LANG", "vi")


if __name__ == "__main__":
    main()
