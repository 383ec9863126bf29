"""Counting what a piece of code does, for tests that must not read a clock.

:func:`calls` counts the Python calls and the calls of C functions from Python that an action
makes (``sys.setprofile``'s ``call`` and ``c_call`` events): the same on a slow machine as on a
fast one, so a test can compare two sizes of input without a wall-clock threshold.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType


def calls(action: Callable[[], object]) -> int:
    """Python calls and C calls made by ``action``."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(previous)
    return count
