"""The clerk's way in: a submission to fill in (``new``), and spreadsheets made submissions (``import``).

A commune's clerk has never seen YAML, and the office's real tallies live in Excel. This layer
turns the plan into a file to fill for one unit and one period (:mod:`.template`, and
:mod:`.workbook` for the same as an ``.xlsx``), and turns the sheets people fill back into
submission files (:mod:`.sheets` reads ``.xlsx`` and ``.csv``, :mod:`.layout` finds a table's
header row and labels, :mod:`.rows` writes its rows as YAML, :mod:`.importer` has that checked by
the very code of ``check`` and puts each problem at its cell). What a unit must report in a
period is :mod:`.duties`; the columns of a sheet, in Vietnamese and English, :mod:`.columns`.

Nothing here does I/O: the command line (:mod:`hpcampaign.cli.clerk`) reads the bytes and
writes what is returned.
"""
