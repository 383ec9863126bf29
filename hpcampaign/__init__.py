"""hpcampaign: a compliance checker for a public-communication campaign's plan.

Importing the package is cheap on purpose (``hpcampaign --version`` must start fast): the
command line lives in :mod:`hpcampaign.cli`, the work in the modules it calls.
"""

__version__ = "0.1.0"
