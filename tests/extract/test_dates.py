"""Dates: absolute, weekday and relative phrases resolved against publication or the event just mentioned."""

import datetime as dt

import pytest

from sitrep.extract.dates import When, find_times, last_weekday, parse_date_text, resolve, unknown

PUB = dt.date(2023, 8, 12)  # a Saturday


def when(phrase, pub=PUB, anchor=None):
    times = find_times(phrase)
    assert times, f"no time phrase found in {phrase!r}"
    return resolve(times[0], pub, anchor)


@pytest.mark.parametrize("phrase, expected", [
    ("the strike on Friday killed", dt.date(2023, 8, 11)),
    ("late on Friday night", dt.date(2023, 8, 11)),
    ("at dawn on Monday", dt.date(2023, 8, 7)),
    ("Thursday's bombing", dt.date(2023, 8, 10)),
    ("shelled the town on Saturday", dt.date(2023, 8, 12)),  # the paper's own day
    ("last Saturday", dt.date(2023, 8, 5)),
])
def test_weekday_resolves_to_most_recent_such_day_on_or_before_publication(phrase, expected):
    assert when(phrase).event_date == expected


@pytest.mark.parametrize("phrase, expected", [
    ("on 7 August", dt.date(2023, 8, 7)),
    ("on the morning of 3rd of August", dt.date(2023, 8, 3)),
    ("on August 9", dt.date(2023, 8, 9)),
    ("on Aug. 2, 2023", dt.date(2023, 8, 2)),
    ("on 28 December", dt.date(2022, 12, 28)),  # no year and later than publication: last year
    ("on 2021-05-04", dt.date(2021, 5, 4)),
    ("a missile strike overnight on August 11, killing five", dt.date(2023, 8, 11)),  # the date, not pub-1
    ("struck the city yesterday, August 10, killing two", dt.date(2023, 8, 10)),
])
def test_absolute_dates_take_the_year_of_publication_unless_that_is_the_future(phrase, expected):
    w = when(phrase)
    assert w.event_date == expected and w.precision == 1


@pytest.mark.parametrize("phrase, days, precision", [
    ("a day earlier, a bomb", -1, 1),
    ("the previous day", -1, 1),
    ("two days later", 2, 1),
    ("a week earlier, an attack", -7, 2),
    ("three days before", -3, 1),
    ("The night before, gunmen had attacked", -1, 1),
    ("the previous evening", -1, 1),
    ("the following morning, troops", 1, 1),
    ("later in the day, a second blast", 0, 1),
    ("that same evening", 0, 1),
    ("That evening, gunmen attacked", 0, 1),
])
def test_relative_phrases_count_from_the_event_just_mentioned(phrase, days, precision):
    anchor = dt.date(2023, 8, 7)
    w = when(phrase, anchor=anchor)
    assert w.event_date == anchor + dt.timedelta(days=days)
    assert w.precision == precision


def test_n_days_after_dates_the_event_that_follows_the_phrase():
    # "The attack comes two days after ISIS killed ...": the killing is two days before the attack
    w = when("comes two days after ISIS killed", anchor=dt.date(2023, 8, 12))
    assert w.event_date == dt.date(2023, 8, 10)


def test_days_after_without_a_count_is_a_range_of_the_week_before():
    w = when("took place just days after a massive explosion", anchor=dt.date(2023, 7, 31))
    assert w.precision == 2
    assert w.date_start == dt.date(2023, 7, 24) and w.date_end == dt.date(2023, 7, 30)
    assert w.date_start <= w.event_date <= w.date_end


@pytest.mark.parametrize("phrase, start, end, precision", [
    ("last week", dt.date(2023, 8, 2), dt.date(2023, 8, 11), 2),
    ("earlier this week", dt.date(2023, 8, 7), dt.date(2023, 8, 11), 2),
    ("yesterday", dt.date(2023, 8, 11), dt.date(2023, 8, 11), 1),
    ("in 2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), 3),
    ("in April", dt.date(2023, 4, 1), dt.date(2023, 4, 30), 3),
    ("last month", dt.date(2023, 7, 1), dt.date(2023, 7, 31), 3),
])
def test_vague_phrases_give_a_window_and_a_coarser_precision(phrase, start, end, precision):
    w = when(phrase)
    assert (w.date_start, w.date_end, w.precision) == (start, end, precision)


def test_historic_year_keeps_its_own_date():
    assert when("In 2020, a US strike near Baghdad airport").event_date.year == 2020


def test_may_the_verb_is_not_a_month():
    assert not [t for t in find_times("the group may attack again") if t.kind == "month"]


def test_last_weekday_can_exclude_the_reference_day():
    assert last_weekday(5, PUB) == PUB
    assert last_weekday(5, PUB, strictly_before=True) == PUB - dt.timedelta(days=7)


@pytest.mark.parametrize("text, expected", [
    ("Published 18 March 2023", dt.date(2023, 3, 18)),
    ("August 12, 2023", dt.date(2023, 8, 12)),
    ("Saturday, 8 July 2023", dt.date(2023, 7, 8)),
    ("Updated: Oct. 3, 2023 10:45 GMT", dt.date(2023, 10, 3)),
    ("2024-02-03", dt.date(2024, 2, 3)),
    ("14/05/2024", dt.date(2024, 5, 14)),
    ("no date here", None),
])
def test_header_date_strings(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("phrase", ["on Tuesday", "yesterday", "last week", "on 3 March", "three days ago"])
def test_relative_dates_do_not_resolve_without_a_publication_date(phrase):
    (t,) = find_times(phrase)
    assert resolve(t, None) is None


def test_absolute_dates_resolve_without_a_publication_date():
    (t,) = find_times("on 3 March 2024")
    assert resolve(t, None).event_date == dt.date(2024, 3, 3)


@pytest.mark.parametrize("a, b, same", [
    (unknown("on Tuesday"), unknown("on tuesday"), True),
    (unknown("on Tuesday"), unknown("on Sunday"), False),
    (unknown(None), When(dt.date(2024, 3, 3), dt.date(2024, 3, 3), dt.date(2024, 3, 3), 1), False),
])
def test_unknown_dates_are_the_same_day_only_when_the_text_says_the_same(a, b, same):
    assert a.same_day(b) is same and not a.known


@pytest.mark.parametrize("phrase, start, end", [
    ("In late June, suicide bombers struck a wedding", dt.date(2023, 6, 21), dt.date(2023, 6, 30)),
    ("fighting in early July displaced thousands", dt.date(2023, 7, 1), dt.date(2023, 7, 10)),
    ("clashes erupted in mid-March", dt.date(2023, 3, 11), dt.date(2023, 3, 20)),
    ("the town fell at the end of May", dt.date(2023, 5, 21), dt.date(2023, 5, 31)),
    ("during the first week of April", dt.date(2023, 4, 1), dt.date(2023, 4, 7)),
    ("in the second half of February", dt.date(2023, 2, 16), dt.date(2023, 2, 28)),
    ("raids early this month", dt.date(2023, 8, 1), dt.date(2023, 8, 10)),
    ("an ambush late last month", dt.date(2023, 7, 21), dt.date(2023, 7, 31)),
    ("In late December, gunmen", dt.date(2022, 12, 21), dt.date(2022, 12, 31)),  # this year's is still to come
])
def test_part_of_a_month_is_a_ten_day_or_week_window_at_precision_2(phrase, start, end):
    w = when(phrase)
    assert (w.date_start, w.date_end, w.precision) == (start, end, 2)
    assert start <= w.event_date <= end


@pytest.mark.parametrize("phrase, start, end", [
    ("In June last year, militants laid siege to a hotel", dt.date(2022, 6, 1), dt.date(2022, 6, 30)),
    ("in May last year", dt.date(2022, 5, 1), dt.date(2022, 5, 31)),
    ("in March this year", dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
    ("in October of the previous year", dt.date(2022, 10, 1), dt.date(2022, 10, 31)),
    ("in late 2021", dt.date(2021, 9, 1), dt.date(2021, 12, 31)),
    ("since mid-2020", dt.date(2020, 5, 1), dt.date(2020, 8, 31)),
    ("late last year", dt.date(2022, 9, 1), dt.date(2022, 12, 31)),
])
def test_month_with_a_relative_year_is_one_expression(phrase, start, end):
    (t,) = find_times(phrase)
    w = resolve(t, PUB)
    assert (w.date_start, w.date_end, w.precision) == (start, end, 3)


@pytest.mark.parametrize("phrase, expected", [
    ("on Friday 6 January, gunmen attacked", dt.date(2023, 1, 6)),   # not the Friday before publication
    ("on Friday, January 6, gunmen attacked", dt.date(2023, 1, 6)),
    ("the attack carried out on Tuesday, 24 January, at the hospital", dt.date(2023, 1, 24)),
    ("on the night of 19 July, police repelled", dt.date(2023, 7, 19)),
    ("late Saturday, gunmen opened fire", dt.date(2023, 8, 12)),
    ("early Monday, a drone struck", dt.date(2023, 8, 7)),
])
def test_explicit_date_beats_the_weekday_it_is_written_with(phrase, expected):
    dated = [t for t in find_times(phrase) if resolve(t, PUB) is not None]
    assert len(dated) == 1 and resolve(dated[0], PUB).event_date == expected


@pytest.mark.parametrize("phrase, start, end, precision", [
    ("The killings took place between Friday 6 and Saturday 7 January.", dt.date(2023, 1, 6), dt.date(2023, 1, 7), 2),
    ("shelling from 3 to 7 June killed 12", dt.date(2023, 6, 3), dt.date(2023, 6, 7), 2),
    ("- 3-7 June - Omdurman: artillery", dt.date(2023, 6, 3), dt.date(2023, 6, 7), 2),
    ("clashes on June 3-4, 2022", dt.date(2022, 6, 3), dt.date(2022, 6, 4), 2),
    ("between 30 July and 2 August", dt.date(2023, 7, 30), dt.date(2023, 8, 2), 2),
    ("between June 3 and 7", dt.date(2023, 6, 3), dt.date(2023, 6, 7), 2),
    ("on the night of 19-20 July", dt.date(2023, 7, 19), dt.date(2023, 7, 20), 2),
    ("overnight into Sunday, drones hit", dt.date(2023, 8, 5), dt.date(2023, 8, 6), 1),
    ("overnight Saturday into Sunday", dt.date(2023, 8, 5), dt.date(2023, 8, 6), 1),
    ("between Thursday and Saturday", dt.date(2023, 8, 10), dt.date(2023, 8, 12), 2),
])
def test_day_ranges_give_their_window(phrase, start, end, precision):
    (t,) = find_times(phrase)
    w = resolve(t, PUB)
    assert (w.date_start, w.date_end, w.precision) == (start, end, precision)
    assert start <= w.event_date <= end


@pytest.mark.parametrize("phrase, expected", [
    ("ANKARA (Agency) - 16.08.2023", dt.date(2023, 8, 16)),
    ("the raid of 16/08/2023 killed", dt.date(2023, 8, 16)),
    ("on 08/16/2023 (month first: 16 cannot be a month)", dt.date(2023, 8, 16)),
    ("on 05.03.2023", dt.date(2023, 3, 5)),  # day first
    ("on 2023-03-05", dt.date(2023, 3, 5)),
])
def test_numeric_dates_read_day_first(phrase, expected):
    (t,) = find_times(phrase)
    assert resolve(t, None).event_date == expected


@pytest.mark.parametrize("phrase", ["version 1.2.3", "a score of 3.5", "1,200.05.2023", "at 10.30 local time", "costs 12/2023"])
def test_numbers_that_are_not_dates(phrase):
    assert not [t for t in find_times(phrase) if t.kind == "date"]


@pytest.mark.parametrize("phrase", ["A day later, troops killed four", "Two days later, the army said", "the next day",
                                    "days later"])
def test_relative_phrase_never_goes_past_publication(phrase):
    w = when(phrase)  # nothing before it: counted from publication, which it may not pass
    assert w.event_date <= PUB and w.date_end <= PUB


@pytest.mark.parametrize("phrase, expected", [
    ("US and British jets struck Houthi targets overnight", PUB),  # the small hours of the paper's day
    ("overnight into Sunday, drones hit", dt.date(2023, 8, 6)),
    ("overnight Friday into Saturday", dt.date(2023, 8, 12)),
])
def test_overnight_is_dated_to_the_morning_it_ends(phrase, expected):
    w = when(phrase)
    assert w.event_date == expected and w.date_start == expected - dt.timedelta(days=1)


@pytest.mark.parametrize("phrase, expected", [
    ("KYIV, March 3 - 12 people were killed", dt.date(2023, 3, 3)),  # a dateline's dash, not a range
    ("3 and 7 June", dt.date(2023, 6, 7)),
])
def test_a_dash_or_and_between_numbers_is_not_always_a_range(phrase, expected):
    (t,) = find_times(phrase)
    w = resolve(t, PUB)
    assert w.event_date == expected and w.precision == 1


@pytest.mark.parametrize("phrase, start, end", [
    ("The attack came less than three weeks after the massacre", dt.date(2023, 7, 18), dt.date(2023, 7, 23)),
    ("It came more than two weeks after the raid", dt.date(2023, 7, 18), dt.date(2023, 7, 23)),
    ("over a week earlier, a bomb", dt.date(2023, 7, 25), dt.date(2023, 7, 30)),
])
def test_less_or_more_than_a_count_gives_the_window_next_to_it(phrase, start, end):
    (t,) = find_times(phrase)
    w = resolve(t, PUB, dt.date(2023, 8, 7))
    assert (w.date_start, w.date_end) == (start, end) and start <= w.event_date <= end


def test_a_qualified_count_still_starts_at_its_number():
    (t,) = find_times("Nearly two weeks after the bombing, gunmen attacked")
    assert t.text == "two weeks after" and t.value["qual"] == "nearly"


@pytest.mark.parametrize("phrase, start, end, precision", [
    ("gunmen attacked a church on Christmas Eve", dt.date(2022, 12, 24), dt.date(2022, 12, 24), 1),
    ("on New Year's Day", dt.date(2023, 1, 1), dt.date(2023, 1, 1), 1),
    ("clashes at the weekend", dt.date(2023, 8, 12), dt.date(2023, 8, 12), 2),
    ("in the past 24 hours", dt.date(2023, 8, 11), dt.date(2023, 8, 12), 1),
    ("over the past week", dt.date(2023, 8, 5), dt.date(2023, 8, 12), 2),
    ("late last week", dt.date(2023, 8, 3), dt.date(2023, 8, 6), 2),
    ("early this week", dt.date(2023, 8, 7), dt.date(2023, 8, 9), 2),
])
def test_feasts_weekends_and_recent_spans(phrase, start, end, precision):
    w = when(phrase)
    assert (w.date_start, w.date_end, w.precision) == (start, end, precision)


def test_weekday_with_its_date_in_brackets_takes_the_date():
    dated = [t for t in find_times("on Friday (July 7), a drone struck") if t.kind in ("date", "weekday")]
    assert len(dated) == 1 and resolve(dated[0], PUB).event_date == dt.date(2023, 7, 7)


@pytest.mark.parametrize("phrase, expected", [
    ("on Thursday last week", dt.date(2023, 8, 3)),
    ("on Monday of last week", dt.date(2023, 7, 31)),
    ("Sunday last week", dt.date(2023, 8, 6)),
])
def test_weekday_of_last_week(phrase, expected):
    (t,) = find_times(phrase)
    assert resolve(t, PUB).event_date == expected


@pytest.mark.parametrize("phrase, expected", [
    ("on 5 June last year, gunmen", dt.date(2022, 6, 5)),
    ("on June 5 last year", dt.date(2022, 6, 5)),
])
def test_a_date_of_last_year(phrase, expected):
    (t,) = find_times(phrase)
    assert resolve(t, PUB).event_date == expected


@pytest.mark.parametrize("phrase, expected", [
    ("El ataque del 13 de junio de 2023 dejó", dt.date(2023, 6, 13)),
    ("o ataque de 13 de junho de 2023", dt.date(2023, 6, 13)),
    ("der Angriff am 13. Juni 2023", dt.date(2023, 6, 13)),
    ("Mardi 13 juin 2023, à Bunia", dt.date(2023, 6, 13)),
    ("le 1er mai 2023", dt.date(2023, 5, 1)),
    ("the raid of 5 août 2023", dt.date(2023, 8, 5)),
])
def test_dates_written_in_french_spanish_portuguese_or_german_are_read(phrase, expected):
    w = when(phrase)
    assert w.event_date == expected and w.precision == 1


@pytest.mark.parametrize("s, expected", [
    ("Mardi 13 juin 2023", dt.date(2023, 6, 13)),
    ("miércoles, 14 de junio de 2023", dt.date(2023, 6, 14)),
    ("quarta-feira, 14 de junho de 2023", dt.date(2023, 6, 14)),
    ("Mittwoch, 14. Juni 2023", dt.date(2023, 6, 14)),
    ("25-08-2024", dt.date(2024, 8, 25)),
])
def test_header_strings_in_other_languages_and_hyphenated_dates_parse(s, expected):
    assert parse_date_text(s) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("at about 23:30 hours on 25-08-2024", dt.date(2024, 8, 25)),
    ("FIR registered on 03-07-2023 at the station", dt.date(2023, 7, 3)),
])
def test_day_month_year_with_hyphens_is_a_date(phrase, expected):
    w = when(phrase, pub=dt.date(2024, 8, 28))
    assert w.event_date == expected and w.precision == 1


@pytest.mark.parametrize("phrase, start, end", [
    ("a six-week war in the autumn of 2020 over", dt.date(2020, 9, 1), dt.date(2020, 11, 30)),
    ("fighting in the fall of 2019 displaced", dt.date(2019, 9, 1), dt.date(2019, 11, 30)),
    ("in spring 2021 the group", dt.date(2021, 3, 1), dt.date(2021, 5, 31)),
    ("during the summer of 2014, fighters", dt.date(2014, 6, 1), dt.date(2014, 8, 31)),
    ("in the winter of 2022 the front", dt.date(2021, 12, 1), dt.date(2022, 2, 28)),
])
def test_a_season_of_a_year_is_its_three_months_dated_at_the_middle(phrase, start, end):
    w = when(phrase, pub=dt.date(2023, 8, 12))
    assert (w.date_start, w.date_end, w.precision) == (start, end, 3)
    assert start < w.event_date < end


def test_the_fall_of_a_city_is_no_season():
    assert all(t.text != "the fall of Kabul" for t in find_times("since the fall of Kabul in 2021"))


@pytest.mark.parametrize("clause, first", [
    ("Just five weeks earlier, on 3 April, twenty inmates were killed in a riot", "3 April"),
    ("A week later, on 10 April 2023, gunmen attacked the camp", "10 April 2023"),
    ("Two days after the 3 April attack, gunmen struck again", "Two days after"),  # the date there is the anchor's
    ("On Friday gunmen attacked the camp", "On Friday"),
])
def test_a_calendar_date_goes_ahead_of_an_offset_counted_from_another_event(clause, first):
    from sitrep.extract.dates import calendar_first

    assert calendar_first(find_times(clause))[0].text.strip() == first


@pytest.mark.parametrize("clause, reported", [
    ("The death toll from the riot at the prison rose to 44 on Tuesday, the prison service said", True),
    ("Authorities had put the number of dead at 43 on Monday.", True),
    (("The death toll from a riot at the Bellavista prison in the coastal province of Santo Domingo de los Tsachilas "
      "rose to 44 on Tuesday, after another body was found"), True),
    ("The number of dead rose to forty-six on Monday", True),
    ("Temperatures rose to 5 degrees on Monday", False),
    ("The toll stood at 30 on Monday, officials said.", True),
    ("Police in Quetta on Tuesday registered a first information report (FIR) against unknown attackers", True),
    ("Police registered a case on Tuesday over the killing of two men", True),
    ("Gunmen killed 12 people on Tuesday in the village", False),
    ("Fighting rose to a peak on Friday near the town", False),
    ("Prices rose to record highs on Monday", False),
])
def test_a_time_that_dates_a_toll_update_or_a_registered_case_is_a_report_time(clause, reported):
    from sitrep.extract.dates import report_time

    t = next(t for t in find_times(clause) if t.kind == "weekday")
    assert report_time(clause, t) is reported


@pytest.mark.parametrize("text, date_text, clause_start", [
    ("the deadliest attack since February 14, 2020, when soldiers killed 21 civilians in Ngarbuh",
     "February 14, 2020", "when soldiers"),
    ("the worst since March 2019, when gunmen killed 30", "March 2019", "when gunmen"),
    ("Since 3 May, when the truce collapsed, 40 people died", "3 May", "when the truce"),
])
def test_since_a_date_when_an_event_dates_the_when_clause(text, date_text, clause_start):
    from sitrep.extract.dates import since_when

    (t, at), = since_when(text)
    assert t.text == date_text and text[t.start:t.end] == date_text and text[at:].startswith(clause_start)


@pytest.mark.parametrize("text", ["fighting has continued since Monday", "the worst attack since 2019 in the area"])
def test_since_without_a_when_clause_is_left_alone(text):
    from sitrep.extract.dates import since_when

    assert since_when(text) == []
