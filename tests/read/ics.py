"""Reads an iCalendar feed with Python's `icalendar` package (a parser
independent of the one that wrote it) and prints what the tests check, as
JSON: the calendar's properties and, per event, its UID, dates (with
whether each is a DATE), DTSTAMP, SUMMARY, DESCRIPTION and TRANSP, plus any
error the parser noted. The feed is read from the file named, or stdin."""
import datetime
import json
import sys

import icalendar

data = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else sys.stdin.buffer.read()
calendar = icalendar.Calendar.from_ical(data)


def when(component, key):
    value = component.get(key)
    if value is None:
        return None
    value = value.dt
    is_date = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return {"value": value.isoformat(), "date": is_date}


events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event.get("UID")),
        "dtstart": when(event, "DTSTART"),
        "dtend": when(event, "DTEND"),
        "dtstamp": when(event, "DTSTAMP"),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "transp": str(event.get("TRANSP")),
        "errors": [str(error) for error in event.errors],
    })
print(json.dumps({
    "version": str(calendar.get("VERSION")),
    "prodid": str(calendar.get("PRODID")),
    "name": str(calendar.get("X-WR-CALNAME")),
    "errors": [str(error) for error in calendar.errors],
    "events": events,
}, ensure_ascii=False))
