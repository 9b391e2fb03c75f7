using AngleSharp.Dom;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// Issue 13 §7: no id appears twice on a booking page. The group's hint was "Slot-hint" (and "VisitorIds-hint") and so
/// was the first option's, so the first option's description pointed at the group's text.
/// </summary>
[Collection("App")]
public sealed class BookingPageIdsTests(AppFixture fixture)
{
    private static void AssertUniqueIds(IDocument page)
    {
        var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
        foreach (var described in page.QuerySelectorAll("input[aria-describedby]"))
        {
            Assert.All(described.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                id => Assert.NotNull(page.GetElementById(id)));
        }
    }

    [Fact]
    public async Task The_visitors_and_session_steps_have_each_id_once_and_each_option_points_at_its_own_hint()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var client = await StaffClient.SignedIn(app, "visits.wymott");

        var visitors = await client.GetPage($"/visits/book/{prisoner.Id}/visitors");
        AssertUniqueIds(visitors);
        Assert.Equal("VisitorIds-item-hint", visitors.QuerySelector("input[name=VisitorIds]")!.GetAttribute("aria-describedby"));

        var response = await VisitsTestData.PostStep(client, prisoner.Id, "session", [new("VisitorIds", visitor.Id.ToString())]);
        var sessions = await StaffClient.Parse(response);
        AssertUniqueIds(sessions);
        var first = sessions.QuerySelector("input[name=Slot]")!;
        Assert.Equal($"{first.Id}-item-hint", first.GetAttribute("aria-describedby"));
        Assert.Contains(sessions.QuerySelectorAll("input[name=Slot]"), i => i.GetAttribute("value") == $"{session.Id}:{date:yyyy-MM-dd}");
    }
}
