"""``report --format html``: the memo as one self-contained, printable HTML file.

Self-contained: styles inline, charts as inline SVG (:mod:`.report_svg`), no script, no font
or image file, and a Content-Security-Policy that forbids fetching anything.

Printable: A4 with the margins of Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right
15 mm), page numbers centred at the top from page 2 on (CSS page margin boxes), table headers
repeated on every page, no table row cut across pages, headings kept with what follows, and the
signature block never alone on the last page (:func:`_end`).

Readable on a phone: on screen the page is at most A4 wide and fluid below it; under 600 px the
letterhead's and the closing's two columns stack, and each row of a table becomes a card of
its cells, each under its column's name (``data-label``), so the page never scrolls sideways (a
390 px screen is tested); a table's box (``.table``) would scroll on its own before the page did.

Every piece of text is made safe first (the outline through
:func:`~hpcampaign.text.safe.safe`: a control character or a bidirectional override is shown as
its visible escape, ``\\u202e``), then escaped with :func:`html.escape`.
"""

from __future__ import annotations

from html import escape

from hpcampaign.memo.build import Memo
from hpcampaign.memo.rules import DailySeries
from hpcampaign.outputs import RenderOptions
from hpcampaign.outputs.report_blocks import (
    Block,
    Bullets,
    Chart,
    Heading,
    Outline,
    Paragraph,
    Table,
    each_text,
)
from hpcampaign.outputs.report_outline import outline
from hpcampaign.outputs.report_svg import daily_svg, spread_svg
from hpcampaign.text.safe import safe

STYLE = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font: 13pt "Times New Roman", Tinos, "Liberation Serif", serif; } }
@page :first { @top-center { content: none; } }
:root { color: #111; background: #e8e8e8; }
body { margin: 0; font: 13pt/1.4 "Times New Roman", Tinos, "Liberation Serif", "DejaVu Serif", serif; }
main { box-sizing: border-box; max-width: 210mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm;
  background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); overflow-wrap: break-word; }
.letterhead { display: grid; grid-template-columns: 43% 57%; text-align: center; line-height: 1.3; }
.letterhead p { margin: 0; text-align: center; }
.parent, .issuer { font-size: 12pt; }
.issuer, .nation, .motto { font-weight: bold; }
.nation { font-size: 12pt; }
.issuer::after, .subject::after { content: ""; display: block; width: 35%; margin: 3px auto 0;
  border-top: 1px solid #111; }
.ruled { display: inline-block; border-bottom: 1px solid #111; padding-bottom: 2px; }
.number { margin-top: 6px !important; }
.dateline { font-style: italic; margin-top: 8px !important; }
h1 { font-size: 14pt; text-align: center; margin: 22px 0 2px; }
.subject { text-align: center; font-weight: bold; margin: 0; }
.subject::after { width: 25%; margin-top: 6px; }
.period { text-align: center; font-style: italic; margin: 2px 0 16px; }
h2 { font-size: 13pt; margin: 16px 0 6px; break-after: avoid; }
h3 { font-size: 13pt; font-style: italic; margin: 12px 0 6px; break-after: avoid; }
ul { list-style: "- "; padding-left: 1cm; margin: 0 0 6pt; }
ul.lead { margin-bottom: 0; }
p, li { text-align: justify; }
p.body { text-indent: 1cm; margin: 0 0 6pt; }
.table { overflow-x: auto; margin: 6px 0; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; }
th, td { border: 1px solid #444; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.note { font-size: 11pt; font-style: italic; margin: 2px 0 10px; break-before: avoid; }
td.s-ok { color: #1b5e20; } td.s-over { color: #8d5a00; } td.s-behind { color: #b34700; font-weight: bold; }
td.s-missed { color: #b71c1c; font-weight: bold; } td.s-pending { color: #666; }
figure { margin: 8px 0 12px; break-inside: avoid; break-before: avoid; }
figcaption { font-size: 11pt; font-style: italic; text-align: center; }
svg { display: block; max-width: 100%; height: auto; }
.end { break-inside: avoid; }
.end.after-table { break-before: avoid; }
.end > ul:first-child { margin-top: 0; }
.closing { display: grid; grid-template-columns: 50% 50%; margin-top: 24px; break-inside: avoid; }
.recipients { font-size: 11pt; }
.recipients p { margin: 0; text-align: left; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.signer p { text-align: center; }
.signer .title { font-weight: bold; margin: 0; }
.signer .name { font-weight: bold; margin-top: 80px; }
@media screen and (max-width: 215mm) {
  :root { background: #fff; }
  main { margin: 0 auto; padding: 20px 16px 32px; box-shadow: none; } }
@media screen and (max-width: 600px) {
  body { font-size: 12pt; }
  .letterhead, .closing { grid-template-columns: 100%; row-gap: 16px; }
  p, li { text-align: left; }
  p.body { text-indent: 0; }
  ul { padding-left: 0.6cm; }
  .signer .name { margin-top: 48px; }
  .table table, .table tbody, .table tr { display: block; }
  .table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .table tr { border: 1px solid #444; margin: 0 0 6px; padding: 4px 8px; }
  .table td { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); column-gap: 10px;
    border: 0; padding: 2px 0; text-align: left; white-space: normal; overflow-wrap: anywhere; }
  .table td::before { content: attr(data-label); font-weight: bold; color: #111; } }
@media print { :root { background: none; } main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .table { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render(memo: Memo, options: RenderOptions) -> str:
    doc = each_text(outline(memo, options.lang), safe)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{doc.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.kind)} — {escape(doc.subject)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        *_letterhead(doc),
        f"<h1>{escape(doc.kind)}</h1>",
        f'<p class="subject">{escape(doc.subject)}</p>',
        f'<p class="period">{escape(doc.period_line)}</p>',
    ]
    blocks = doc.blocks
    for index, block in enumerate(blocks[:-1], 1):
        out.extend(_block(block, memo, doc, f"chart{index}"))
    out.extend(_end(blocks[-1] if blocks else None, memo, doc, f"chart{len(blocks)}"))
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _letterhead(doc: Outline) -> list[str]:
    return [
        '<header class="letterhead">',
        "<div>",
        f'<p class="parent">{escape(doc.parent_body)}</p>',
        f'<p class="issuer">{"<br>".join(escape(line) for line in doc.issuer_lines)}</p>',
        f'<p class="number">{escape(doc.number_line)}</p>',
        "</div>",
        "<div>",
        f'<p class="nation">{escape(doc.nation)}</p>',
        f'<p class="motto"><span class="ruled">{escape(doc.motto)}</span></p>',
        f'<p class="dateline">{escape(doc.date_line)}</p>',
        "</div>",
        "</header>",
    ]


def _block(block: Block, memo: Memo, doc: Outline, key: str) -> list[str]:
    if isinstance(block, Heading):
        tag = "h2" if block.level == 1 else "h3"
        return [f"<{tag}>{escape(block.text)}</{tag}>"]
    if isinstance(block, Paragraph):
        return [f'<p class="body">{escape(block.text)}</p>']
    if isinstance(block, Bullets):
        return ["<ul>", *(f"<li>{escape(item)}</li>" for item in block.items), "</ul>"]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Chart):
        label = block.caption
        if isinstance(block.data, DailySeries):
            svg = daily_svg(block.data, memo.plan, doc.lang, label, key)
        else:
            svg = spread_svg(block.data, memo.plan, doc.lang, label, key)
        return ["<figure>", svg, f"<figcaption>{escape(block.caption)}</figcaption>", "</figure>"]
    raise TypeError(block)


def _table(table: Table) -> list[str]:
    out = [
        '<div class="table">',
        "<table>",
        "<colgroup>",
        *(f'<col style="width:{w}%">' for w in table.widths),
        "</colgroup>",
    ]
    out.append("<thead><tr>" + "".join(f"<th>{escape(cell)}</th>" for cell in table.header) + "</tr></thead>")
    out.append("<tbody>")
    for index, row in enumerate(table.rows):
        state = table.statuses[index] if index < len(table.statuses) else None
        cells = []
        for column, cell in enumerate(row):
            classes = []
            if table.numeric[column]:
                classes.append("num")
            if state is not None and column == len(row) - 1:
                classes.append(f"s-{state}")
            attribute = f' class="{" ".join(classes)}"' if classes else ""
            label = f' data-label="{escape(table.header[column])}"'
            cells.append(f"<td{attribute}{label}>{escape(cell)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>", "</div>"]
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')
    return out


def _end(last: Block | None, memo: Memo, doc: Outline, key: str) -> list[str]:
    """The last block of the body and the closing, which never stands alone on the last page.

    One box that printing does not break (``.end``): the closing pulls the body's last paragraph,
    or the last item of a closing list, onto its page. After a table the closing keeps to the
    table's last row instead (``break-before: avoid``): a whole table in one unbreakable box
    could leave a page nearly empty.
    """
    if isinstance(last, Table):
        return [*_block(last, memo, doc, key), '<div class="end after-table">', *_closing(doc), "</div>"]
    lead: list[str] = []
    if isinstance(last, Bullets) and len(last.items) > 1:
        lead = ['<ul class="lead">', *(f"<li>{escape(item)}</li>" for item in last.items[:-1]), "</ul>"]
        last = Bullets(last.items[-1:])
    kept = _block(last, memo, doc, key) if last is not None else []
    return [*lead, '<div class="end">', *kept, *_closing(doc), "</div>"]


def _closing(doc: Outline) -> list[str]:
    name = escape(doc.signer_name) if doc.signer_name.strip() else "&nbsp;"
    return [
        '<footer class="closing">',
        '<div class="recipients">',
        f'<p class="label">{escape(doc.recipients_label)}</p>',
        *(f"<p>{escape(r)}</p>" for r in doc.recipients),
        "</div>",
        '<div class="signer">',
        f'<p class="title">{escape(doc.signer_title)}</p>',
        f'<p class="name">{name}</p>',
        "</div>",
        "</footer>",
    ]
