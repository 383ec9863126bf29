"""hpcampaign: a compliance checker for a public-communication campaign's plan.

Importing the package is cheap on purpose (``hpcampaign --version`` must start fast): the
command line lives in :mod:`hpcampaign.cli`, the work in the modules it calls.
"""

__version__ = "0.1.0"

#: The exit codes of the command line (SPEC 5), in one place: ``__main__`` needs them before
#: anything else is imported. 0 all well; 1 a result fails ``--fail-on``; 2 a usage error, an
#: invalid plan or an output that cannot be written; 3 errors in files; 4 the tool itself failed;
#: 130 stopped on request (Ctrl-C, as shells report SIGINT).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ERRORS, EXIT_FAULT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
