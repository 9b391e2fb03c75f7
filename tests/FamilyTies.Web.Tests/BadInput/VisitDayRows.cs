using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Areas.Visits;
using Microsoft.EntityFrameworkCore;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The visit day's rows of the bad-input tables (issue 13), and the past visits they need.</summary>
public static class VisitDayRows
{
    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A booked visit a week ago (so it has started and ended), with one visitor; with an outcome when asked.</summary>
    public static async Task<Visit> PastVisit(W w, bool foreign = false, VisitOutcome? outcome = null)
    {
        var prisoner = await w.Prisoner(foreign);
        var session = await w.Session(foreign);
        var date = W.Today.AddDays(-7);
        var visit = await VisitsTestData.BookedVisit(w.App, prisoner, session, date);
        var (contact, _) = await w.Contact(prisoner);
        await using var db = w.App.Db(prisoner.EstablishmentId);
        var saved = await db.Visits.Include(v => v.Visitors).SingleAsync(v => v.Id == visit.Id);
        saved.MainContactId = contact.Id;
        saved.Visitors.Add(new VisitVisitor { ContactId = contact.Id, AgeOnVisit = 40 });
        if (outcome is { } o)
        {
            db.VisitAttendances.Add(new VisitAttendance { VisitId = visit.Id, PrisonerId = visit.PrisonerId, Date = date, Outcome = o });
        }
        await db.SaveChangesAsync();
        return saved;
    }

    public static IEnumerable<PostRow> Posts() =>
    [
        new("Areas.Visits.VisitDay.VisitDayController.Run POST", Roles.VisitsStaff, async w =>
        {
            var (visit, foreign) = (await PastVisit(w), await PastVisit(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/day/sessions/{id}/run", Route = new() { ["id"] = S(visit.SessionSlotId) }, FormPage = $"/visits/day/sessions/{visit.SessionSlotId}/run",
                Fields = PostTable.F(("HallOpened", "13:30"), ("PrisonersUnlocked", "13:40"), ("FirstPrisonerInHall", "13:55"), ("Started", "14:03"), ("Ended", "15:55")),
                Foreign = new() { ["id"] = S(foreign.SessionSlotId) },
            };
        }),
        new("Areas.Visits.VisitDay.VisitDayController.AllWhoArrived POST", Roles.VisitsStaff, async w =>
        {
            var (visit, foreign) = (await PastVisit(w), await PastVisit(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/day/sessions/{id}/outcomes", Route = new() { ["id"] = S(visit.SessionSlotId) }, FormPage = $"/visits/day/sessions/{visit.SessionSlotId}",
                Foreign = new() { ["id"] = S(foreign.SessionSlotId) },
            };
        }) { Expect = new Dictionary<Bad, Outcome>(Enum.GetValues<Bad>().Where(b => b is not (Bad.MissingId or Bad.ForeignId)).Select(b => KeyValuePair.Create(b, Outcome.Accepted))),
             Why = "One button and no fields: whatever else is sent is ignored" },
        new("Areas.Visits.VisitDay.VisitDayController.Arrival POST", Roles.VisitsStaff, async w =>
        {
            var (visit, foreign) = (await PastVisit(w), await PastVisit(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/day/visits/{id}/arrival", Route = new() { ["id"] = S(visit.Id) }, FormPage = $"/visits/day/visits/{visit.Id}/arrival",
                Fields = PostTable.F(("Visitors[0].VisitVisitorId", S(visit.Visitors[0].Id)), ("Visitors[0].Arrived", "true"), ("Visitors[0].IdEvidence", "ListA")),
                Foreign = new() { ["id"] = S(foreign.Id), ["Visitors[0].VisitVisitorId"] = S(foreign.Visitors[0].Id) },
            };
        }) { Expect = new Dictionary<Bad, Outcome> { [Bad.Emoji] = Outcome.Accepted, [Bad.RightToLeft] = Outcome.Accepted }, Why = "Refusal details, what the family was told and notes are free text" },
        new("Areas.Visits.VisitDay.VisitDayController.Outcome POST", Roles.VisitsStaff, async w =>
        {
            var (visit, foreign) = (await PastVisit(w), await PastVisit(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/day/visits/{id}/outcome", Route = new() { ["id"] = S(visit.Id) }, FormPage = $"/visits/day/visits/{visit.Id}/outcome",
                Fields = PostTable.F(("Outcome", "Completed")), Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }) { Expect = new Dictionary<Bad, Outcome> { [Bad.Emoji] = Outcome.Accepted, [Bad.RightToLeft] = Outcome.Accepted }, Why = "The reason is free text" },
        new("Areas.Visits.VisitDay.VisitDayController.Correct POST", Roles.VisitsManager, async w =>
        {
            var (visit, foreign) = (await PastVisit(w, outcome: VisitOutcome.Completed), await PastVisit(w, foreign: true, outcome: VisitOutcome.Completed));
            return new PostTarget
            {
                Url = "/visits/day/visits/{id}/correct", Route = new() { ["id"] = S(visit.Id) }, FormPage = $"/visits/day/visits/{visit.Id}/correct",
                Fields = PostTable.F(("Outcome", "VisitorDidNotArrive"), ("CorrectionReason", "Recorded against the wrong visit")), Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }) { Expect = new Dictionary<Bad, Outcome> { [Bad.Emoji] = Outcome.Accepted, [Bad.RightToLeft] = Outcome.Accepted }, Why = "The reasons are free text" },
    ];
}
