using System.Globalization;
using FamilyTies.Domain;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Tests.Areas.Visits;
using W = FamilyTies.Web.Tests.BadInput.BadInputWorld;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>The bad-input rows of the no-visits list, Help with Prison Visits and hall tables (issue 13 §5, §6, §3), kept together so the shared tables gain one line each.</summary>
public static class NoVisitsRows
{
    private const string Booker = Roles.VisitsStaff;
    private const string Lead = Roles.FamilyLead;
    private const string Manager = Roles.VisitsManager;

    private static string S(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<Bad, Outcome> Accept(params Bad[] variants) => variants.ToDictionary(b => b, _ => Outcome.Accepted);

    private static readonly (string, string)[] Filter = [("lookback", "long"), ("location", "A"), ("cohort", "Remand")];

    public static Task<NoVisitsSupport> Support(W w, FamilyTies.Domain.People.Prisoner prisoner) =>
        w.Add(prisoner.EstablishmentId, new NoVisitsSupport { PrisonerId = prisoner.Id, Kind = NoVisitsSupportKind.PenPal, OfferedOn = W.Today.AddDays(-10) });

    public static async Task<HallTable> Table(W w, bool foreign = false)
    {
        var room = await w.Room(foreign);
        return await w.Add(room.EstablishmentId, new HallTable { RoomId = room.Id, Label = "B" + w.Next(), Quiet = true });
    }

    private static async Task<GetTarget> Record(Func<bool, Task<int>> make, string url, string key = "id") =>
        new() { Url = url, Route = new() { [key] = S(await make(false)) }, Foreign = new() { [key] = S(await make(true)) } };

    public static IEnumerable<GetRow> Gets() =>
    [
        new("Areas.Visits.NoVisits.NoVisitsController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/no-visits", Query = PostTable.F(Filter) })),
        new("Areas.Visits.NoVisits.NoVisitsController.Export GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/no-visits/export", Query = PostTable.F(Filter) }))
            { Statuses = [200, 302] },
        new("Areas.Visits.NoVisits.NoVisitsController.Prisoner GET", Lead, w => Record(async f => (await w.Prisoner(f)).Id, "/visits/no-visits/prisoners/{prisonerId}", "prisonerId")),
        new("Areas.Visits.NoVisits.NoVisitsController.TakenUp GET", Booker, w => Record(async f => (await Support(w, await w.Prisoner(f))).Id, "/visits/no-visits/support/{id}/taken-up")),
        new("Areas.Visits.Hpv.HpvController.Family GET", Lead, w => Record(async f => (await w.Contact(await w.Prisoner(f))).Contact.Id, "/visits/hpv/contacts/{contactId}", "contactId")),
        new("Areas.Visits.Tables.TablesController.Index GET", Lead, _ => Task.FromResult(new GetTarget { Url = "/visits/tables" })),
        new("Areas.Visits.Tables.TablesController.Create GET", Manager, _ => Task.FromResult(new GetTarget { Url = "/visits/tables/new" })),
        new("Areas.Visits.Tables.TablesController.Edit GET", Manager, w => Record(async f => (await Table(w, f)).Id, "/visits/tables/{id}")),
    ];

    public static IEnumerable<PostRow> Posts() =>
    [
        new("Areas.Visits.NoVisits.NoVisitsController.Offer POST", Booker, async w =>
        {
            var (home, foreign) = (await w.Prisoner(), await w.Prisoner(foreign: true));
            return new PostTarget
            {
                Url = "/visits/no-visits/prisoners/{prisonerId}/support", Route = new() { ["prisonerId"] = S(home.Id) }, FormPage = $"/visits/no-visits/prisoners/{home.Id}",
                Fields = PostTable.F(("Kind", "PenPal"), ("Detail", "Through the chaplaincy"), ("OfferedOn", W.Date(W.Today.AddDays(-3))), ("TakenUpOn", "")),
                Foreign = new() { ["prisonerId"] = S(foreign.Id) },
            };
        }) { Expect = Accept(Bad.Emoji, Bad.RightToLeft), Why = "The details are free text" },
        new("Areas.Visits.NoVisits.NoVisitsController.TakenUp POST", Booker, async w =>
        {
            var (home, foreign) = (await Support(w, await w.Prisoner()), await Support(w, await w.Prisoner(foreign: true)));
            return new PostTarget
            {
                Url = "/visits/no-visits/support/{id}/taken-up", Route = new() { ["id"] = S(home.Id) }, FormPage = $"/visits/no-visits/support/{home.Id}/taken-up",
                Fields = PostTable.F(("TakenUpOn", W.Date(W.Today.AddDays(-1)))), Foreign = new() { ["id"] = S(foreign.Id) },
            };
        }),
        new("Areas.Visits.Hpv.HpvController.Told POST", Booker, async w =>
        {
            var (home, foreign) = ((await w.Contact(await w.Prisoner())).Contact, (await w.Contact(await w.Prisoner(foreign: true))).Contact);
            return new PostTarget
            {
                Url = "/visits/hpv/contacts/{contactId}/told", Route = new() { ["contactId"] = S(home.Id) }, FormPage = $"/visits/hpv/contacts/{home.Id}",
                Fields = PostTable.F(("ToldOn", W.Date(W.Today.AddDays(-2))), ("How", "Phone")), Foreign = new() { ["contactId"] = S(foreign.Id) },
            };
        }),
        new("Areas.Visits.Hpv.HpvController.Stamped POST", Booker, async w =>
        {
            var (home, foreign) = (await VisitDayRows.PastVisit(w), await VisitDayRows.PastVisit(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/hpv/contacts/{contactId}/stamped", Route = new() { ["contactId"] = S(home.Visitors[0].ContactId) },
                FormPage = $"/visits/hpv/contacts/{home.Visitors[0].ContactId}",
                Fields = PostTable.F(("VisitId", S(home.Id)), ("StampedOn", W.Date(home.Date))),
                Foreign = new() { ["contactId"] = S(foreign.Visitors[0].ContactId), ["VisitId"] = S(foreign.Id) },
            };
        }),
        new("Areas.Visits.Tables.TablesController.Create POST", Manager, async w =>
        {
            var (room, foreign) = (await w.Room(), await w.Room(foreign: true));
            return new PostTarget
            {
                Url = "/visits/tables/new", FormPage = "/visits/tables/new",
                Fields = PostTable.F(("RoomId", S(room.Id)), ("Label", "T" + w.Next()), ("Accessible", "true"), ("NearPlayArea", "false"), ("Quiet", "false")),
                Foreign = new() { ["RoomId"] = S(foreign.Id) },
            };
        }) { Expect = Accept(Bad.RightToLeft), Why = "A table's number or name is free text (the emoji text is longer than the 20 characters a number may have)" },
        new("Areas.Visits.Tables.TablesController.Edit POST", Manager, async w =>
        {
            var (table, foreign) = (await Table(w), await Table(w, foreign: true));
            return new PostTarget
            {
                Url = "/visits/tables/{id}", Route = new() { ["id"] = S(table.Id) }, FormPage = $"/visits/tables/{table.Id}", Prefill = true,
                Foreign = new() { ["id"] = S(foreign.Id), ["RoomId"] = S(foreign.RoomId) },
            };
        }) { Expect = Accept(Bad.RightToLeft), Why = "A table's number or name is free text (the emoji text is longer than the 20 characters a number may have)" },
    ];
}
