"""The plan shipped inside the package: Hai Phong's, revision 2 (``plans/haiphong-2025.yaml``).

A user who only ran ``pip install hpcampaign`` has no ``plans/`` folder; the command line then
uses this copy (SPEC 5), named ``builtin:haiphong-2025`` in every output, and ``hpcampaign plan
--export FILE`` writes it out for the office to edit. The repository's ``plans/`` file and this
copy are the same bytes (a test compares them).
"""

from __future__ import annotations

from importlib import resources

from hpcampaign.plan.load import plan_from
from hpcampaign.plan.model import Plan

#: How outputs name the bundled plan.
NAME = "builtin:haiphong-2025"
_FILE = "haiphong-2025.yaml"


def data() -> bytes:
    """The bundled plan's bytes, as shipped."""
    return resources.files("hpcampaign.plan").joinpath(_FILE).read_bytes()


def load() -> Plan:
    """The bundled plan, loaded (problems, were there any, are named after :data:`NAME`)."""
    return plan_from(data(), NAME)
