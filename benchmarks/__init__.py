"""Benchmarks of ``hpcampaign check``: a corpus generator and a runner (see ``README.md``)."""
