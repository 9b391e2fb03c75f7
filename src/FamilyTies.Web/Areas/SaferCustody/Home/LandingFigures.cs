using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Cases;
using FamilyTies.Web.Areas.SaferCustody.Contacts;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FamilyTies.Web.Areas.SaferCustody.Voicemail;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Home;

/// <summary>The figures for one period (docs/decisions/0010-safer-custody.md defines each).</summary>
public sealed record PeriodFigures(
    string Label, DateTimeOffset From, DateTimeOffset To, int Contacts,
    IReadOnlyDictionary<ContactChannel, int> ByChannel, IReadOnlyDictionary<ConcernCategory, int> ByCategory,
    int WithFirstAction, TimeSpan? MedianFirstAction, TimeSpan? Percentile90FirstAction,
    int CallbacksWanted, int CallersTold, int MissedServiceLevel, TimeSpan LongestVoicemailGap, int AcctOpen, int AcctAsked);

public sealed record LandingModel(
    VoicemailStatus Voicemail, int MessagesToLog, int OpenContacts, int OverdueContacts, int OpenCases, int ActOnThis,
    PeriodFigures ThisWeek, PeriodFigures LastFourWeeks);

public sealed class LandingFiguresHandler(FamilyTiesDbContext db, TimeProvider clock, OpenContactsHandler open, OpenCasesHandler cases, VoicemailStatusHandler voicemail)
{
    public async Task<LandingModel> Handle()
    {
        var now = clock.GetUtcNow();
        var establishment = await ContactRows.CurrentEstablishmentAsync(db);
        var settings = ServiceLevelSettings.From(establishment);
        var hours = LineHours.From(establishment);
        var weekStart = LondonTime.StartOfWeek(now);
        var fourWeeksAgo = now.AddDays(-28);
        var since = weekStart < fourWeeksAgo ? weekStart : fourWeeksAgo;

        var contacts = await ContactRows.LoadAsync(db, db.SaferCustodyContacts.Where(c => c.ReceivedAt >= since));
        var lastCheckBefore = await db.VoicemailChecks.Where(v => v.CheckedAt < since).OrderByDescending(v => v.CheckedAt).Select(v => (DateTimeOffset?)v.CheckedAt).FirstOrDefaultAsync();
        var checks = await db.VoicemailChecks.Where(v => v.CheckedAt >= since).Select(v => v.CheckedAt).ToListAsync();
        if (lastCheckBefore is { } before)
        {
            checks.Add(before);
        }
        var sinceDate = LondonTime.DateOf(since);
        var accts = await db.SafetyCases.AsNoTracking().Where(c => c.Kind == SafetyCaseKind.Acct && (c.ClosedOn == null || c.ClosedOn >= sinceDate))
            .Include(c => c.Entries).ToListAsync();

        PeriodFigures Period(string label, DateTimeOffset from)
        {
            var inPeriod = contacts.Where(c => c.ReceivedAt >= from && c.ReceivedAt <= now).ToList();
            var firstActions = inPeriod.Where(c => c.FirstActionAt is not null).Select(c => c.FirstActionAt!.Value - c.ReceivedAt).ToList();
            var wanted = inPeriod.Where(c => c.WantsCallback).ToList();
            var (fromDate, toDate) = (LondonTime.DateOf(from), LondonTime.DateOf(now));
            var acctsInPeriod = accts.Where(c => c.OpenedOn <= toDate && (c.ClosedOn is null || c.ClosedOn >= fromDate)).ToList();
            return new PeriodFigures(label, from, now, inPeriod.Count,
                Enum.GetValues<ContactChannel>().ToDictionary(ch => ch, ch => inPeriod.Count(c => c.Channel == ch)),
                SaferCustodyText.Categories.ToDictionary(cat => cat, cat => inPeriod.Count(c => c.Categories.HasFlag(cat))),
                firstActions.Count, Statistics.Median(firstActions), Statistics.Percentile(firstActions, 90),
                wanted.Count, wanted.Count(c => c.CallerTold),
                inPeriod.Count(c => c.Deadlines(settings).Any(d => d.IsBreached(now))),
                VoicemailGaps.Longest(checks, from, now, hours),
                acctsInPeriod.Count,
                acctsInPeriod.Count(c => Corrections.Effective(c.Entries).Any(e => e.Kind == InvolvementEntryKind.PrisonerAsked && e.OccurredOn <= toDate)));
        }

        var openContacts = await open.Handle();
        var openCases = await cases.Handle();
        return new LandingModel(
            await voicemail.Status(), await voicemail.MessagesStillToLog(),
            openContacts.Items.Count, openContacts.Overdue, openCases.Count, openCases.Count(c => c.ActOnThis is not null),
            Period("This week", weekStart), Period("Last 4 weeks", fourWeeksAgo));
    }
}
