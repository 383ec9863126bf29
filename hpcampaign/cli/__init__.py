"""The command line. :mod:`hpcampaign.cli.app` is typer's application (every command, ``--help``);
:mod:`hpcampaign.cli.quick` runs a plain ``check`` without it; :mod:`hpcampaign.cli.running` is
the commands' work once their options are read, and :mod:`hpcampaign.cli.said` what they say.
This package imports nothing itself, so that ``check`` can start without the framework.
"""
