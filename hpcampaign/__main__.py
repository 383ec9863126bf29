"""``hpcampaign`` and ``python -m hpcampaign``.

``--version`` is answered before the command-line framework is imported, so CI and pre-commit
hooks that ask for it pay only for the interpreter's start.

Whatever the tool itself fails on (a program error, memory exhausted) ends the run with one
line on standard error and exit code 4, never a traceback and never 1, which means "a target
missed" (SPEC 5). Interrupted by the user (Ctrl-C), it says so and exits with 130. These lines
come from the catalogue, in the language of the run (``--lang``, then ``HPCAMPAIGN_LANG``, then
Vietnamese: :func:`hpcampaign.text.language.language`); only the text layer is imported for them.

PyYAML built without its C extension (libyaml), which :mod:`hpcampaign.load.tree` reads with,
is found before anything else is imported: every command, ``--help`` included, then says how to
reinstall it, in one line, and exits with 4.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from hpcampaign import EXIT_FAULT, EXIT_INTERRUPTED, __version__

if TYPE_CHECKING:
    from hpcampaign.text.sentences import SentenceId


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        print(f"hpcampaign {__version__}")
        return
    if not _has_libyaml():
        _say("run.no-libyaml")
        sys.exit(EXIT_FAULT)
    # The tool uses no pydantic plugin: looking for them reads every installed package's entry
    # points (importlib.metadata, ~10 ms) when the first model is built. A user may still ask.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        if sys.argv[1:2] == ["check"]:  # a plain check runs without the framework (cli/quick.py)
            with _importing():
                from hpcampaign.cli import quick, running  # noqa: F401 - running: imported here
            code = quick.run(sys.argv[2:])
            if code is not None:
                sys.exit(code)
        with _importing():
            from hpcampaign.cli.app import app
        app(prog_name="hpcampaign")
    except KeyboardInterrupt:
        _say("run.interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except MemoryError:
        _say("run.out-of-memory")
        sys.exit(EXIT_FAULT)
    except Exception as error:  # the last guard: the tool failed, not the input
        _say("run.failed", detail=f"{type(error).__name__}: {error}")
        sys.exit(EXIT_FAULT)


@contextlib.contextmanager
def _importing() -> Iterator[None]:
    """Imports with the garbage collector paused: importing typer, rich (and pydantic, when a
    plan is validated) allocates many long-lived objects and no garbage, which a collection would
    only walk. What was imported is then moved out of the collector's sight."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _has_libyaml() -> bool:
    """Whether PyYAML's C extension imports: the YAML reader needs it, every command reads YAML."""
    try:
        from yaml._yaml import CParser  # noqa: F401
    except ImportError:
        return False
    return True


def _say(msg_id: SentenceId, **params: object) -> None:
    """One line on standard error, in the language the command line or the environment asks for."""
    # The text layer imports nothing of ours: what is said here works whatever else failed.
    from hpcampaign.text.catalogue import say
    from hpcampaign.text.language import language
    from hpcampaign.text.safe import safe

    text = safe(say(msg_id, language(sys.argv[1:]), **params))
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"hpcampaign: {text}\n")
        sys.stderr.flush()


if __name__ == "__main__":
    main()
