"""Reads a workbook with openpyxl and prints what the tests check, as JSON:
per sheet its rows (each cell as [type, value]), frozen pane, filter, the
number format of each number cell by its coordinate (`F2`), and column
widths by letter."""
import datetime
import json
import sys

import openpyxl


def cell(c):
    value = c.value
    if value is None:
        return ["empty", None]
    if isinstance(value, datetime.datetime):
        return ["date", value.date().isoformat()]
    if isinstance(value, datetime.date):
        return ["date", value.isoformat()]
    if isinstance(value, bool):
        return ["bool", value]
    if isinstance(value, (int, float)):
        return ["number", value]
    return ["text", value]


book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for sheet in book.worksheets:
    out["sheets"].append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "rows": [[cell(c) for c in row] for row in sheet.iter_rows()],
        "number_formats": {
            c.coordinate: c.number_format
            for row in sheet.iter_rows()
            for c in row
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)
        },
        "widths": {
            letter: dimension.width
            for letter, dimension in sheet.column_dimensions.items()
        },
    })
json.dump(out, sys.stdout, ensure_ascii=False)
