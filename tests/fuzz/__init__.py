"""Fuzzing of the per-file check (SPEC 7, "Revision 2: fuzzed"); see ``tests/fuzz/README.md``."""
