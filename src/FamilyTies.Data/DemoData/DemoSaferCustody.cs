using FamilyTies.Domain.Common;
using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Data.DemoData;

/// <summary>
/// A few invented safer custody contacts, voicemail checks and open ACCT/CSIP cases per establishment, placed relative
/// to the day the demo data is loaded so the pages always have something current to show. Same content every time.
/// </summary>
public static class DemoSaferCustody
{
    private sealed record Caller(string Name, string Relationship, string Phone);

    private static readonly Caller[] Callers =
    [
        new("Bethan Treharne", "Mother", "01632 960412"),
        new("Kasia Nowacki", "Partner", "07700 900318"),
        new("Delroy Mensah", "Brother", "01632 960877"),
        new("Imogen Fairweather", "Friend", "07700 900524"),
        new("Ruth Varley", "Wife", "01632 960135"),
    ];

    public static async Task SeedAsync(FamilyTiesDbContext db, Establishment establishment, DateTimeOffset now, CancellationToken ct)
    {
        var establishmentId = establishment.Id;
        if (await db.SaferCustodyContacts.IgnoreQueryFilters().AnyAsync(c => c.EstablishmentId == establishmentId, ct))
        {
            return;
        }
        var prisoners = await db.Prisoners.IgnoreQueryFilters().Where(p => p.EstablishmentId == establishmentId)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(12).ToListAsync(ct);
        if (prisoners.Count < 12)
        {
            return;
        }
        now = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour), TimeSpan.Zero);
        var e = establishmentId;

        // Four weeks of voicemail checks, half an hour after the line opens and then a little inside the interval.
        var checks = new List<VoicemailCheck>();
        var today = LondonTime.DateOf(now);
        var step = TimeSpan.FromMinutes(establishment.VoicemailCheckIntervalMinutes * 0.9);
        for (var date = today.AddDays(-28); date <= today; date = date.AddDays(1))
        {
            if (!establishment.SaferCustodyLineDays.Includes(date.DayOfWeek))
            {
                continue;
            }
            var closes = LondonTime.ToInstant(date, establishment.SaferCustodyLineCloses);
            for (var at = LondonTime.ToInstant(date, establishment.SaferCustodyLineOpens).AddMinutes(30); at < closes && at < now; at += step)
            {
                checks.Add(new VoicemailCheck { EstablishmentId = e, CheckedAt = at });
            }
        }
        // The check that found the closed contact's message, about six days ago.
        var found = checks.Where(c => c.CheckedAt <= now.AddHours(-140)).MaxBy(c => c.CheckedAt) ?? checks[0];
        found.MessagesFound = 1;
        db.VoicemailChecks.AddRange(checks);
        await db.SaveChangesAsync(ct);

        SaferCustodyContact Contact(int hoursAgo, ContactChannel channel, Caller? caller, int? prisoner, ConcernCategory categories, string said, bool callback = true) => new()
        {
            EstablishmentId = e,
            ReceivedAt = now.AddHours(-hoursAgo),
            Channel = channel,
            CallerName = caller?.Name ?? "",
            CallerRelationship = caller?.Relationship ?? "",
            CallerPhone = caller?.Phone ?? "",
            CallerWantsCallback = callback && caller is not null,
            PrisonerId = prisoner,
            Categories = categories,
            CallerSaid = said,
        };
        ContactAction Action(SaferCustodyContact c, int minutesAfter, ActionKind kind, string notes, PrisonerConsent? consent = null) =>
            new() { EstablishmentId = e, Kind = kind, OccurredAt = c.ReceivedAt.AddMinutes(minutesAfter), Notes = notes, Consent = consent };
        CallerFeedback Told(SaferCustodyContact c, int minutesAfter, Disclosure disclosure, string notes) =>
            new() { EstablishmentId = e, OccurredAt = c.ReceivedAt.AddMinutes(minutesAfter), Result = CallerFeedbackResult.Told, Disclosure = disclosure, Notes = notes };

        var imminent = Contact(2, ContactChannel.SwitchboardEmergency, Callers[0], prisoners[0], ConcernCategory.EmotionalSupportSelfHarm | ConcernCategory.Urgent,
            "Her son rang her tonight sounding very low and said he could not go on. She is frightened he will hurt himself.");
        imminent.ImminentRisk = true;
        imminent.EscalatedTo = EscalatedTo.OrderlyOfficer;
        imminent.EscalatedToName = "Orderly officer on duty";
        imminent.EscalatedAt = imminent.ReceivedAt.AddMinutes(4);
        imminent.Actions.Add(Action(imminent, 15, ActionKind.WelfareCheck, "Wing officer checked on him in his cell; talking, tearful."));

        var closed = Contact(150, ContactChannel.Voicemail, Callers[1], prisoners[1], ConcernCategory.BullyingAndViolence,
            "Left a message saying her partner is being pressured for canteen by others on the landing.");
        closed.ReceivedAt = found.CheckedAt.AddHours(-2);
        closed.VoicemailCheckId = found.Id;
        closed.Actions.Add(Action(closed, 95, ActionKind.PrisonerSpokenTo, "Spoke to him privately. Agreed his partner can be told he is safe.", PrisonerConsent.Given));
        closed.Actions.Add(Action(closed, 240, ActionKind.KeyWorkerTold, "Key worker told; landing staff asked to watch the servery."));
        closed.CallerFeedback.Add(Told(closed, 300, Disclosure.WelfareAndActions, "Told her he had been seen, is safe and staff are watching."));
        closed.ClosedAt = closed.ReceivedAt.AddHours(6);
        closed.ClosedBy = "system";
        closed.Outcome = "Prisoner safe; key worker following up; partner told.";

        var routine = Contact(30, ContactChannel.SaferCustodyLine, Callers[2], prisoners[2], ConcernCategory.Healthcare,
            "Worried his brother has not had his medication since arriving.");
        routine.Actions.Add(Action(routine, 120, ActionKind.HealthcareReferral, "Referred to healthcare for a medication review."));

        var unknown = Contact(5, ContactChannel.SaferCustodyLine, Callers[3], null, ConcernCategory.PrisonerContact,
            "Has not heard from her friend for two weeks; not sure of his prison number.");
        unknown.PrisonerNameGiven = "Callum (surname not given)";

        var webForm = Contact(40, ContactChannel.WebForm, Callers[4], prisoners[3], ConcernCategory.Visiting | ConcernCategory.Finances,
            "Web form: cannot afford to visit and worried he is isolated.", callback: false);

        db.SaferCustodyContacts.AddRange(imminent, closed, routine, unknown, webForm);
        await db.SaveChangesAsync(ct);

        SafetyCase Case(int prisoner, SafetyCaseKind kind, int daysAgo, string reference) =>
            new() { EstablishmentId = e, PrisonerId = prisoner, Kind = kind, OpenedOn = today.AddDays(-daysAgo), Reference = reference };
        FamilyInvolvementEntry Entry(InvolvementEntryKind kind, int daysAgo, FamilyAnswer? answer = null, string member = "", string notes = "") =>
            new() { EstablishmentId = e, Kind = kind, OccurredOn = today.AddDays(-daysAgo), Answer = answer, FamilyMember = member, Notes = notes };

        var notAsked = Case(prisoners[0], SafetyCaseKind.Acct, 1, "");
        var agreed = Case(prisoners[4], SafetyCaseKind.Acct, 30, "");
        agreed.Entries.Add(Entry(InvolvementEntryKind.PrisonerAsked, 29, FamilyAnswer.Agreed, "Bethan Treharne (mother)", "Would like his mother told about reviews."));
        agreed.Entries.Add(Entry(InvolvementEntryKind.InvitedToReview, 20, member: "Bethan Treharne (mother)"));
        agreed.Entries[^1].ReviewOn = today.AddDays(-18);
        var recent = Case(prisoners[5], SafetyCaseKind.Acct, 10, "");
        recent.Entries.Add(Entry(InvolvementEntryKind.PrisonerAsked, 9, FamilyAnswer.Agreed, "Ruth Varley (wife)"));
        recent.Entries.Add(Entry(InvolvementEntryKind.FamilyUpdated, 3, notes: "Phoned his wife after the review."));
        var csip = Case(prisoners[6], SafetyCaseKind.Csip, 12, "");
        csip.Entries.Add(Entry(InvolvementEntryKind.PrisonerAsked, 11, FamilyAnswer.Declined, notes: "Does not want his family told."));
        db.SafetyCases.AddRange(notAsked, agreed, recent, csip);
        await db.SaveChangesAsync(ct);
    }
}
