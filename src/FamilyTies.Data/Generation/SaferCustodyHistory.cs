using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Data.Generation;

/// <summary>
/// The safer custody part of the history: contacts from worried families each month (most by the line, some by the
/// web form), each with a welfare check and, where the caller asked, a call back; closed two days later, or left open
/// in the last fortnight when the size writes this month too. ACCT cases opened and closed within two weeks and, one for
/// every three ACCTs, a CSIP closed within four (the demo's open cases are curated in <c>DemoSaferCustody</c>), the
/// prisoner asked about involving family in two of three (one CSIP prisoner in two asked does not want them told). A voicemail check at midday
/// each day the line is staffed.
/// </summary>
public static class SaferCustodyHistory
{
    public static void Write(BulkWriter w, HistoryPlan plan)
    {
        var e = plan.Establishment.Id;
        var size = plan.Size;
        var prisoners = plan.SaferCustodyPrisoners;
        if (prisoners.Count == 0)
        {
            return;
        }
        var random = new Random(plan.Seed * 16 + 2);
        var today = plan.Today;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var until = size.SaferCustodyThisMonth ? today : thisMonth;
        var m = 0;
        var accts = 0;
        var csips = 0;
        for (var first = plan.First; first < until; first = first.AddMonths(1), m++)
        {
            var perMonth = size.SaferCustodyContactsPerMonth;
            for (var i = 0; i < perMonth; i++)
            {
                var date = first.AddDays(3 + i * Math.Max(1, 27 / perMonth));
                if (date >= until)
                {
                    break;
                }
                Contact(w, plan, random, date, m, i);
            }
            for (var k = 0; k < size.SafetyCasesPerMonth; k++)
            {
                var opened = first.AddDays(5 + 7 * k);
                if (opened >= until)
                {
                    break;
                }
                Case(w, plan, SafetyCaseKind.Acct, prisoners[(m + k * 7) % prisoners.Count], opened, $"{first:yyMM}-{k + 1}", asked: (m + k) % 3 != 0, declined: false);
                // One CSIP (violence) for every three ACCTs (self-harm): after the second of every three, two days later.
                if (accts++ % 3 == 1 && opened.AddDays(2) < until)
                {
                    Case(w, plan, SafetyCaseKind.Csip, prisoners[(m + k * 7 + 3) % prisoners.Count], opened.AddDays(2), $"{first:yyMM}-{k + 1}",
                        asked: csips % 3 != 2, declined: csips % 2 == 0);
                    csips++;
                }
            }
        }
        var checksUntil = today.AddDays(-size.VoicemailChecksUntilDaysAgo);
        for (var date = plan.First; date < checksUntil; date = date.AddDays(1))
        {
            if (plan.Establishment.SaferCustodyLineDays.Includes(date.DayOfWeek))
            {
                var at = LondonTime.ToInstant(date, new TimeOnly(12, 0));
                w.At = at;
                var check = new VoicemailCheck { Id = w.NextId<VoicemailCheck>(), EstablishmentId = e, CheckedAt = at };
                w.Add(check);
                w.Audit(at, e, nameof(VoicemailCheck), check.Id, "Created");
            }
        }
    }

    /// <summary>
    /// An ACCT (closed after two weeks) or CSIP (after four), open if that is still to come; with <paramref name="asked"/>,
    /// the prisoner asked the next day about involving his family (agreeing, or with <paramref name="declined"/> not).
    /// </summary>
    private static void Case(BulkWriter w, HistoryPlan plan, SafetyCaseKind kind, int prisoner, DateOnly opened, string number, bool asked, bool declined)
    {
        var e = plan.Establishment.Id;
        w.At = LondonTime.ToInstant(opened, new TimeOnly(11, 0));
        var closed = opened.AddDays(kind == SafetyCaseKind.Csip ? 28 : 14);
        var safety = new SafetyCase
        {
            Id = w.NextId<SafetyCase>(), EstablishmentId = e, PrisonerId = prisoner, Kind = kind, OpenedOn = opened, ClosedOn = closed < plan.Today ? closed : null,
            Reference = $"{kind.ToString().ToUpperInvariant()}-{e}-{number}",
        };
        w.Add(safety);
        w.Audit(w.At, e, nameof(SafetyCase), safety.Id, "Created", safety.PrisonerId);
        if (!asked)
        {
            return;
        }
        var entry = new FamilyInvolvementEntry
        {
            Id = w.NextId<FamilyInvolvementEntry>(), EstablishmentId = e, SafetyCaseId = safety.Id, Kind = InvolvementEntryKind.PrisonerAsked,
            OccurredOn = opened.AddDays(1), Answer = declined ? FamilyAnswer.Declined : FamilyAnswer.Agreed, FamilyMember = declined ? "" : "His mother",
            Notes = declined ? "Does not want his family told." : "",
        };
        w.Add(entry);
        w.Audit(w.At, e, nameof(FamilyInvolvementEntry), entry.Id, "Created");
    }

    private static void Contact(BulkWriter w, HistoryPlan plan, Random random, DateOnly date, int m, int i)
    {
        var e = plan.Establishment.Id;
        var received = LondonTime.ToInstant(date, new TimeOnly(10 + i % 7, 15));
        var open = plan.Size.SaferCustodyThisMonth && date >= plan.Today.AddDays(-14);
        var wantsCallback = i % 3 < 2;
        w.At = received;
        var contact = new SaferCustodyContact
        {
            Id = w.NextId<SaferCustodyContact>(), EstablishmentId = e, ReceivedAt = received, Channel = i % 3 == 2 ? ContactChannel.WebForm : ContactChannel.SaferCustodyLine,
            CallerName = "Demo caller", CallerRelationship = i % 3 == 0 ? "Mother" : "Partner", CallerWantsCallback = wantsCallback,
            PrisonerId = plan.SaferCustodyPrisoners[(m + i) % plan.SaferCustodyPrisoners.Count],
            Categories = i % 3 == 0 ? ConcernCategory.EmotionalSupportSelfHarm : ConcernCategory.Healthcare,
            CallerSaid = "Worried about him after a phone call.",
            ClosedAt = open ? null : received.AddDays(2), ClosedBy = open ? null : "system", Outcome = open ? "" : "Seen and safe; caller updated.",
        };
        w.Add(contact);
        w.Audit(received, e, nameof(SaferCustodyContact), contact.Id, "Created", contact.PrisonerId);
        var acted = received.AddMinutes(25 + 40 * ((m + i) % 5) + random.Next(10));
        w.At = acted;
        var action = new ContactAction { Id = w.NextId<ContactAction>(), EstablishmentId = e, ContactId = contact.Id, Kind = ActionKind.WelfareCheck, OccurredAt = acted, Notes = "Seen on the wing." };
        w.Add(action);
        w.Audit(acted, e, nameof(ContactAction), action.Id, "Created");
        if (!open && wantsCallback && (m + i) % 4 != 0)
        {
            w.At = received.AddHours(5);
            var told = new CallerFeedback
            {
                Id = w.NextId<CallerFeedback>(), EstablishmentId = e, ContactId = contact.Id, OccurredAt = w.At, Result = CallerFeedbackResult.Told,
                Disclosure = Disclosure.AcknowledgementOnly, Notes = "Told the concern was acted on.",
            };
            w.Add(told);
            w.Audit(w.At, e, nameof(CallerFeedback), told.Id, "Created");
        }
        if (!open)
        {
            w.Audit(received.AddDays(2), e, nameof(SaferCustodyContact), contact.Id, "Updated", contact.PrisonerId, """{"ClosedAt":{"old":null,"new":"closed"}}""");
        }
    }
}
