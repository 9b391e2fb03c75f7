using FamilyTies.Data;
using FamilyTies.Data.Measures;
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

/// <summary>
/// What needs doing now (open lists), and the line's figures for this week and the last four weeks, asked of the
/// measures layer for those two periods: the same definitions as the dashboard's months.
/// </summary>
public sealed class LandingFiguresHandler(FamilyTiesDbContext db, TimeProvider clock, OpenContactsHandler open, OpenCasesHandler cases, VoicemailStatusHandler voicemail)
{
    public async Task<LandingModel> Handle()
    {
        var now = clock.GetUtcNow();
        var periods = new[] { MeasurePeriod.Since("This week", LondonTime.StartOfWeek(now), now), MeasurePeriod.Since("Last 4 weeks", now.AddDays(-28), now) };
        var q = await MeasureQuery.ForCurrentAsync(db, periods);
        var results = await MeasureRegistry.ComputeAsync(q, MeasureRegistry.All.Where(m => m.Key.StartsWith("safercustody.", StringComparison.Ordinal)));
        var facts = await SaferCustodyMeasures.FactsAsync(q);
        var establishment = q.Establishments.Keys.Single();

        PeriodFigures Period(int i)
        {
            var p = periods[i];
            var inPeriod = SaferCustodyMeasures.InPeriod(facts, establishment, p);
            MeasureValue V(string key) => results.Value(key, establishment, i);
            TimeSpan? Time(string key) => V(key).Value is { } minutes ? TimeSpan.FromMinutes((double)minutes) : null;
            return new PeriodFigures(p.Label, p.From, p.Until, (int)(V("safercustody.contacts").Value ?? 0),
                Enum.GetValues<ContactChannel>().ToDictionary(ch => ch, ch => inPeriod.Count(c => c.Channel == ch)),
                SaferCustodyText.Categories.ToDictionary(cat => cat, cat => inPeriod.Count(c => c.Categories.HasFlag(cat))),
                inPeriod.Count(c => c.FirstActionAt is not null), Time("safercustody.first_action_median_minutes"), Time("safercustody.first_action_p90_minutes"),
                (int)(V("safercustody.caller_told_pct").Denominator ?? 0), (int)(V("safercustody.caller_told_pct").Numerator ?? 0),
                (int)(V("safercustody.overdue").Value ?? 0),
                Time("safercustody.voicemail_longest_gap_minutes") ?? TimeSpan.Zero,
                (int)(V("safercustody.acct_family_asked_pct").Denominator ?? 0), (int)(V("safercustody.acct_family_asked_pct").Numerator ?? 0));
        }

        var openContacts = await open.Handle();
        var openCases = await cases.Handle();
        return new LandingModel(
            await voicemail.Status(), await voicemail.MessagesStillToLog(),
            openContacts.Items.Count, openContacts.Overdue, openCases.Count, openCases.Count(c => c.ActOnThis is not null),
            Period(0), Period(1));
    }
}
