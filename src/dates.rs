//! Review date arithmetic: when a dossier is due and how it stands today.

use chrono::{Months, NaiveDate};
use serde::Serialize;

/// Parses a `YYYY-MM-DD` date; anything else (or an impossible day) is `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    // The digits read straight (a format string would be parsed again for
    // every date of every dossier).
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0_u32, |n, digit| n * 10 + u32::from(digit - b'0'))
    };
    let year = i32::try_from(number(0..4)).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
}

/// `date` plus `months` calendar months, clamped to the end of the month.
///
/// ```
/// use dossier::dates::{add_months, parse_date};
///
/// let last_reviewed = parse_date("2026-11-30").unwrap();
/// assert_eq!(add_months(last_reviewed, 3), parse_date("2027-02-28").unwrap());
/// ```
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    // chrono clamps to the last day of the month; it only fails past year 262143.
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Where a dossier stands on its review schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Overdue,
    DueSoon,
    Ok,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Overdue => "overdue",
            Status::DueSoon => "due_soon",
            Status::Ok => "ok",
        }
    }
}

/// The review schedule of one dossier as of a given day.
///
/// ```
/// use dossier::dates::{Schedule, Status, parse_date};
///
/// let last = parse_date("2026-08-10").unwrap();
/// let as_of = parse_date("2026-11-28").unwrap();
/// let schedule = Schedule::new(last, 2, 14, as_of);
/// assert_eq!(schedule.due, parse_date("2026-10-10").unwrap());
/// assert_eq!(schedule.status, Status::Overdue);
/// assert_eq!(schedule.days_overdue, 49);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub last_reviewed: NaiveDate,
    pub due: NaiveDate,
    pub status: Status,
    /// Days past the due date; negative while it is not yet due.
    pub days_overdue: i64,
}

impl Schedule {
    pub fn new(
        last_reviewed: NaiveDate,
        interval_months: u32,
        due_soon_days: u32,
        as_of: NaiveDate,
    ) -> Self {
        let due = add_months(last_reviewed, interval_months);
        let (status, days_overdue) = standing(due, due_soon_days, as_of);
        Schedule {
            last_reviewed,
            due,
            status,
            days_overdue,
        }
    }
}

/// Where a due date stands on `as_of`: overdue once past it, due soon
/// within `due_soon_days` before it (the day itself included), else ok; and
/// the days past it, negative while it is not yet due (FORMAT.md, "Review
/// dates"). Reviews and the plan's actions are judged alike.
pub fn standing(due: NaiveDate, due_soon_days: u32, as_of: NaiveDate) -> (Status, i64) {
    let days_overdue = (as_of - due).num_days();
    let status = if days_overdue > 0 {
        Status::Overdue
    } else if -days_overdue <= i64::from(due_soon_days) {
        Status::DueSoon
    } else {
        Status::Ok
    };
    (status, days_overdue)
}

/// Today's date in the local time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The latest time zone on Earth: UTC+14 (the Line Islands), in hours.
pub const LATEST_UTC_OFFSET_HOURS: i64 = 14;

/// The date it is now where it is latest on Earth (UTC+14). A review dated
/// up to this day has happened somewhere, so it is not in the future for a
/// colleague in another time zone (FORMAT.md, "Review dates"): a review
/// recorded at 08:00 in Vladivostok passes a check run the same moment in
/// Los Angeles, whose local date is still the day before.
pub fn latest_today() -> NaiveDate {
    (chrono::Utc::now() + chrono::TimeDelta::hours(LATEST_UTC_OFFSET_HOURS)).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    #[test]
    fn parses_only_iso_dates() {
        assert_eq!(
            parse_date("2026-02-28"),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("2026-1-01"), None);
        assert_eq!(parse_date("26-01-01"), None);
        assert_eq!(parse_date("2026/01/01"), None);
        assert_eq!(parse_date(" 2026-01-01"), None);
        assert_eq!(parse_date("+2026-01-1"), None);
        assert_eq!(
            parse_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
    }

    /// Digits read straight give what chrono's own `%Y-%m-%d` gives, on
    /// every month and day number a `YYYY-MM-DD` shape can hold.
    #[test]
    fn reads_dates_as_chrono_does() {
        for year in ["0000", "0001", "1900", "2000", "2024", "2026", "9999"] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let text = format!("{year}-{month:02}-{day:02}");
                    assert_eq!(
                        parse_date(&text),
                        NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok(),
                        "{text}"
                    );
                }
            }
        }
    }

    #[test]
    fn clamps_to_month_end() {
        assert_eq!(add_months(d("2026-11-30"), 3), d("2027-02-28"));
        assert_eq!(add_months(d("2027-11-30"), 3), d("2028-02-29"));
        assert_eq!(add_months(d("2026-08-31"), 1), d("2026-09-30"));
        assert_eq!(add_months(d("2026-12-31"), 2), d("2027-02-28"));
    }

    #[test]
    fn rolls_over_the_year() {
        assert_eq!(add_months(d("2026-10-15"), 3), d("2027-01-15"));
        assert_eq!(add_months(d("2026-12-01"), 1), d("2027-01-01"));
    }

    #[test]
    fn intervals_of_one_and_two_months() {
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-01-31"), 2), d("2026-03-31"));
        assert_eq!(add_months(d("2026-05-10"), 2), d("2026-07-10"));
    }

    #[test]
    fn due_soon_boundary() {
        // Due 2027-01-15; a 14-day window opens on 2027-01-01.
        let last = d("2026-10-15");
        let at = |as_of: &str| Schedule::new(last, 3, 14, d(as_of));
        assert_eq!(at("2026-12-31").status, Status::Ok);
        assert_eq!(at("2026-12-31").days_overdue, -15);
        assert_eq!(at("2027-01-01").status, Status::DueSoon);
        assert_eq!(at("2027-01-01").days_overdue, -14);
        assert_eq!(at("2027-01-15").status, Status::DueSoon);
        assert_eq!(at("2027-01-15").days_overdue, 0);
        assert_eq!(at("2027-01-16").status, Status::Overdue);
        assert_eq!(at("2027-01-16").days_overdue, 1);
    }

    #[test]
    fn overdue_counts_from_the_clamped_due_date() {
        // 2026-11-30 + 3 months is 2027-02-28, not 2027-03-02.
        let schedule = Schedule::new(d("2026-11-30"), 3, 14, d("2027-03-01"));
        assert_eq!(schedule.due, d("2027-02-28"));
        assert_eq!(schedule.status, Status::Overdue);
        assert_eq!(schedule.days_overdue, 1);
        // A leap day reviewed: due on the 29th three months on.
        assert_eq!(add_months(d("2028-02-29"), 3), d("2028-05-29"));
        assert_eq!(add_months(d("2028-02-29"), 12), d("2029-02-28"));
    }

    #[test]
    fn zero_window_means_only_due_day_is_due_soon() {
        let schedule = Schedule::new(d("2026-10-15"), 3, 0, d("2027-01-14"));
        assert_eq!(schedule.status, Status::Ok);
        let schedule = Schedule::new(d("2026-10-15"), 3, 0, d("2027-01-15"));
        assert_eq!(schedule.status, Status::DueSoon);
    }
}
