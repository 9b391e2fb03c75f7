using FamilyTies.Domain.FamilyDays;
using Microsoft.EntityFrameworkCore;
using static FamilyTies.Data.Measures.MeasureRows;

namespace FamilyTies.Data.Measures;

/// <summary>
/// Family days (held this London year against the target, length, outside school hours, families who came), forums,
/// schemes and surveys (issue 11). A day is held when it is not cancelled and its date has come. Each establishment
/// holds a few dozen of these rows a year, so the layer loads the period's rows and counts them itself.
/// </summary>
internal static class FamilyDayMeasures
{
    public static readonly Measure HeldYtd = new(
        "familydays.held_ytd", "Family days held this year",
        "Family days held from 1 January of the period's year (London) to the end of the period, or today if sooner. Cancelled days do not count.",
        MeasureUnit.Count, Better.Higher,
        async q =>
        {
            var rows = await Days(q, yearToDate: true);
            return q.Every((e, i) => new MeasureValue(e, i, Mine(q, rows, e, i, yearToDate: true).Count));
        },
        (q, skip, take) => DaysPage(q, yearToDate: true, skip, take))
    {
        Target = e => e.FamilyDaysPerYearTarget,
        TargetSource = "Establishment setting: family days a year",
    };

    public static readonly Measure TargetYtd = new(
        "familydays.target_ytd", "Family days due by now this year",
        "The establishment's family days a year, pro rata to the months of the year up to the end of the period: target × month ÷ 12, to one decimal place.",
        MeasureUnit.Count, Better.Neither,
        q => Task.FromResult<IReadOnlyList<MeasureValue>>(q.Every((e, i) => new MeasureValue(e, i,
            Math.Round(q.Establishments[e].FamilyDaysPerYearTarget * q.Periods[i].LastDay.Month / 12m, 1)))),
        (q, skip, take) => Task.FromResult(Page(["Establishment", "Family days a year", "Months"],
            q.Establishments.Values.Select(e => (IReadOnlyList<string>)[e.Name, e.FamilyDaysPerYearTarget.ToString(Invariant), q.Periods[0].LastDay.Month.ToString(Invariant)]).ToList(), skip, take)));

    public static readonly Measure OutsideSchoolHours = new(
        "familydays.outside_school_hours_pct", "Family days outside school hours",
        "Of the family days held in the period, the share not on a weekday in term between 9am and 3:30pm (from the establishment's school term dates).",
        MeasureUnit.Percent, Better.Higher,
        async q =>
        {
            var rows = await Days(q, yearToDate: false);
            return q.Every((e, i) =>
            {
                var mine = Mine(q, rows, e, i, yearToDate: false);
                return Percent(e, i, mine.Count(d => !d.InSchoolHours), mine.Count);
            });
        },
        (q, skip, take) => DaysPage(q, yearToDate: false, skip, take));

    public static readonly Measure MeanLength = new(
        "familydays.mean_length_hours", "Mean length of a family day",
        "The mean length, in hours, of the family days held in the period (a standard visit is about two hours).",
        MeasureUnit.Hours, Better.Higher,
        async q =>
        {
            var rows = await Days(q, yearToDate: false);
            return q.Every((e, i) => MeanHours(e, i, Mine(q, rows, e, i, yearToDate: false)));
        },
        (q, skip, take) => DaysPage(q, yearToDate: false, skip, take));

    public static readonly Measure FamiliesAttended = new(
        "familydays.families_attended", "Families who came to a family day",
        "Approved applications for family days held in the period where the prisoner or a family member came.",
        MeasureUnit.Count, Better.Higher,
        async q =>
        {
            var rows = await Attended(q);
            return q.Every((e, i) => new MeasureValue(e, i, rows.Count(r => r.EstablishmentId == e && In(q, i, r.Date, false))));
        },
        async (q, skip, take) => Page(["Date", "Family day", "Prison number"],
            (await Attended(q)).Where(r => In(q, 0, r.Date, false)).OrderBy(r => r.Date).ThenBy(r => r.PrisonNumber)
                .Select(r => (IReadOnlyList<string>)[Date(r.Date), r.Title, r.PrisonNumber]).ToList(), skip, take));

    public static readonly Measure ForumDaysSinceLast = new(
        "forums.days_since_last", "Days since the last family forum",
        "Days from the last family forum held on or before the end of the period (or today, if sooner) to that day. No figure when no forum has been held.",
        MeasureUnit.Days, Better.Lower,
        async q =>
        {
            var forums = await q.Rows<Forum>().Select(f => new { f.EstablishmentId, f.Date }).ToListAsync();
            return q.Every((e, i) =>
            {
                var asOf = AsOf(q, i);
                var last = forums.Where(f => f.EstablishmentId == e && f.Date <= asOf).Select(f => (DateOnly?)f.Date).Max();
                return new MeasureValue(e, i, last is { } d ? asOf.DayNumber - d.DayNumber : null);
            });
        },
        async (q, skip, take) =>
        {
            var asOf = AsOf(q, 0);
            var rows = await q.Rows<Forum>().Where(f => f.Date <= asOf).OrderByDescending(f => f.Date).Select(f => new { f.Date, f.Format, f.ChairedBy }).ToListAsync();
            return Page(["Date", "Format", "Chaired by"], rows.Select(f => (IReadOnlyList<string>)[Date(f.Date), f.Format.ToString(), f.ChairedBy]).ToList(), skip, take);
        })
    {
        Target = e => e.ForumIntervalMaxMonths * 30m,
        TargetSource = "Establishment setting: longest months between forums, × 30 days",
    };

    public static readonly Measure ForumActionsOverdue = new(
        "forums.actions_overdue", "Forum actions overdue",
        "\"You said, we did\" actions past their due date and not done by the end of the period (or today, if sooner).",
        MeasureUnit.Count, Better.Lower,
        async q =>
        {
            var actions = await ForumActions(q);
            return q.Every((e, i) => new MeasureValue(e, i, actions.Count(a => a.EstablishmentId == e && Overdue(a, AsOf(q, i)))));
        },
        async (q, skip, take) => Page(["Due", "You said", "Owner", "Status"],
            (await ForumActions(q)).Where(a => Overdue(a, AsOf(q, 0))).OrderBy(a => a.DueDate)
                .Select(a => (IReadOnlyList<string>)[Date(a.DueDate), a.YouSaid, a.Owner, a.Status.ToString()]).ToList(), skip, take));

    public static readonly Measure SchemeParticipants = new(
        "schemes.participants", "Prisoners taking part in schemes",
        "Prisoners taking part in a scheme or intervention at some time in the period: started by its end and not completed or left before its start. A prisoner in two schemes counts once.",
        MeasureUnit.Count, Better.Higher,
        async q =>
        {
            var rows = await Participations(q);
            return q.Every((e, i) => new MeasureValue(e, i, rows.Where(r => r.EstablishmentId == e && Active(r, q.Periods[i])).Select(r => r.PrisonerId).Distinct().Count()));
        },
        async (q, skip, take) => Page(["Prison number", "Scheme", "Started", "Status"],
            (await Participations(q)).Where(r => Active(r, q.Periods[0])).OrderBy(r => r.PrisonNumber).ThenBy(r => r.Scheme)
                .Select(r => (IReadOnlyList<string>)[r.PrisonNumber, r.Scheme, Date(r.StartDate), r.Status.ToString()]).ToList(), skip, take));

    public static readonly Measure VisitStartedOnTime = new(
        "surveys.visit_started_on_time_pct", "Visitors who said their visit started on time",
        $"In the latest visitors' survey round on or before the end of the period, the share answering yes to \"{SurveyQuestion.VisitStartedOnTime}\". No figure before the first such round.",
        MeasureUnit.Percent, Better.Higher,
        async q =>
        {
            var rows = await OnTimeAnswers(q);
            return q.Every((e, i) =>
            {
                var latest = rows.Where(r => r.EstablishmentId == e && r.Date <= q.Periods[i].LastDay).MaxBy(r => (r.Date, r.Id));
                return new MeasureValue(e, i, latest?.Percent, null, latest?.Responses);
            });
        },
        async (q, skip, take) => Page(["Survey date", "Responses", "% yes"],
            (await OnTimeAnswers(q)).Where(r => r.Date <= q.Periods[0].LastDay).OrderByDescending(r => r.Date)
                .Select(r => (IReadOnlyList<string>)[Date(r.Date), r.Responses.ToString(Invariant), Number(r.Percent)]).ToList(), skip, take));

    // The day a period is counted to: its last day, or today when it is not over.
    private static DateOnly AsOf(MeasureQuery q, int i) => q.Periods[i].LastDay < q.Today ? q.Periods[i].LastDay : q.Today;

    private static DateOnly FirstDay(MeasureQuery q, int i, bool yearToDate) =>
        yearToDate ? new DateOnly(q.Periods[i].LastDay.Year, 1, 1) : q.Periods[i].FirstDay;

    private static bool In(MeasureQuery q, int i, DateOnly date, bool yearToDate) => date >= FirstDay(q, i, yearToDate) && date <= AsOf(q, i);

    private sealed record DayRow(int Id, int EstablishmentId, DateOnly Date, TimeOnly Start, TimeOnly End, bool InSchoolHours, string Title);

    private static async Task<List<DayRow>> Days(MeasureQuery q, bool yearToDate)
    {
        var from = Enumerable.Range(0, q.Periods.Count).Select(i => FirstDay(q, i, yearToDate)).DefaultIfEmpty(q.Today).Min();
        var to = Enumerable.Range(0, q.Periods.Count).Select(i => AsOf(q, i)).DefaultIfEmpty(q.Today).Max();
        return (await q.Rows<FamilyDay>().Where(d => !d.Cancelled && d.Date >= from && d.Date <= to)
                .Select(d => new { d.Id, d.EstablishmentId, d.Date, d.StartTime, d.EndTime, d.InSchoolHours, d.Title }).ToListAsync())
            .Select(d => new DayRow(d.Id, d.EstablishmentId, d.Date, d.StartTime, d.EndTime, d.InSchoolHours, d.Title)).ToList();
    }

    private static List<DayRow> Mine(MeasureQuery q, List<DayRow> rows, int e, int i, bool yearToDate) =>
        rows.Where(d => d.EstablishmentId == e && In(q, i, d.Date, yearToDate)).ToList();

    private static MeasureValue MeanHours(int e, int i, List<DayRow> rows) =>
        new(e, i, rows.Count == 0 ? null : Math.Round((decimal)rows.Average(r => (r.End - r.Start).TotalHours), 1), null, rows.Count);

    private static async Task<DrillPage> DaysPage(MeasureQuery q, bool yearToDate, int skip, int take) =>
        Page(["Date", "Family day", "Start", "End", "In school hours"],
            (await Days(q, yearToDate)).Where(d => In(q, 0, d.Date, yearToDate)).OrderBy(d => d.Date).ThenBy(d => d.Start)
                .Select(d => (IReadOnlyList<string>)[Date(d.Date), d.Title, Time(d.Start), Time(d.End), YesNo(d.InSchoolHours)]).ToList(), skip, take);

    private sealed record AttendedRow(int EstablishmentId, DateOnly Date, string Title, string PrisonNumber);

    private static async Task<List<AttendedRow>> Attended(MeasureQuery q)
    {
        var from = q.Periods.Select(p => p.FirstDay).DefaultIfEmpty(q.Today).Min();
        var to = q.Periods.Select(p => p.LastDay).DefaultIfEmpty(q.Today).Max();
        return (await q.Rows<FamilyDayApplication>()
                .Where(a => a.Status == ApplicationStatus.Approved && !a.FamilyDay!.Cancelled && a.FamilyDay.Date >= from && a.FamilyDay.Date <= to
                            && (a.PrisonerAttended == true || a.Guests.Any(g => g.Attended == true)))
                .Select(a => new { a.EstablishmentId, a.FamilyDay!.Date, a.FamilyDay.Title, a.Prisoner!.PrisonNumber }).ToListAsync())
            .Select(a => new AttendedRow(a.EstablishmentId, a.Date, a.Title, a.PrisonNumber)).ToList();
    }

    private sealed record ActionRow(int EstablishmentId, DateOnly DueDate, DateOnly? DoneOn, string YouSaid, string Owner, ForumActionStatus Status);

    private static bool Overdue(ActionRow a, DateOnly asOf) => a.DueDate < asOf && (a.DoneOn is null || a.DoneOn > asOf);

    private static async Task<List<ActionRow>> ForumActions(MeasureQuery q)
    {
        var to = Enumerable.Range(0, q.Periods.Count).Select(i => AsOf(q, i)).DefaultIfEmpty(q.Today).Max();
        return (await q.Rows<ForumAction>().Where(a => a.DueDate < to)
                .Select(a => new { a.EstablishmentId, a.DueDate, a.DoneOn, a.YouSaid, a.Owner, a.Status }).ToListAsync())
            .Select(a => new ActionRow(a.EstablishmentId, a.DueDate, a.DoneOn, a.YouSaid, a.Owner, a.Status)).ToList();
    }

    private sealed record ParticipationRow(int EstablishmentId, int PrisonerId, string PrisonNumber, string Scheme, DateOnly StartDate, DateOnly? EndDate, ParticipationStatus Status);

    private static bool Active(ParticipationRow r, MeasurePeriod p) => r.StartDate <= p.LastDay && (r.EndDate is null || r.EndDate >= p.FirstDay);

    private static async Task<List<ParticipationRow>> Participations(MeasureQuery q)
    {
        var from = q.Periods.Select(p => p.FirstDay).DefaultIfEmpty(q.Today).Min();
        var to = q.Periods.Select(p => p.LastDay).DefaultIfEmpty(q.Today).Max();
        return (await q.Rows<SchemeParticipation>().Where(s => s.StartDate <= to && (s.EndDate == null || s.EndDate >= from))
                .Select(s => new { s.EstablishmentId, s.PrisonerId, s.Prisoner!.PrisonNumber, Scheme = s.Scheme!.Name, s.StartDate, s.EndDate, s.Status }).ToListAsync())
            .Select(s => new ParticipationRow(s.EstablishmentId, s.PrisonerId, s.PrisonNumber, s.Scheme, s.StartDate, s.EndDate, s.Status)).ToList();
    }

    private sealed record OnTimeRow(int Id, int EstablishmentId, DateOnly Date, int Responses, decimal Percent);

    private static async Task<List<OnTimeRow>> OnTimeAnswers(MeasureQuery q)
    {
        var to = q.Periods.Select(p => p.LastDay).DefaultIfEmpty(q.Today).Max();
        var text = SurveyQuestion.Normalise(SurveyQuestion.VisitStartedOnTime);
        return (await q.Rows<SurveyQuestion>()
                .Where(x => x.SurveyRound!.Audience == SurveyAudience.Visitors && x.SurveyRound.Date <= to && x.Text.Trim().ToUpper() == text)
                .Select(x => new { x.Id, x.EstablishmentId, x.SurveyRound!.Date, x.SurveyRound.Responses, x.PercentPositive }).ToListAsync())
            .Select(x => new OnTimeRow(x.Id, x.EstablishmentId, x.Date, x.Responses, x.PercentPositive)).ToList();
    }
}
