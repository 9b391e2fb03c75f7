using System.Net;
using AngleSharp.Dom;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Tests.Areas.Visits;

/// <summary>
/// The booking journey's answers travel in POST bodies: nothing personal reaches a URL (browser history, proxy logs),
/// and text too long for the form is refused with a message rather than lost to "414 URI too long".
/// </summary>
[Collection("App")]
public sealed class BookingJourneyPrivacyTests(AppFixture fixture)
{
    /// <summary>Browsers and proxies handle URLs up to about 2,000 characters reliably.</summary>
    private const int SafeUrlLength = 2_000;

    [Fact]
    public async Task Walking_the_whole_journey_puts_no_answer_in_any_url()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        var child = (await PeopleTestData.Contact(app, prisoner, "Littlest", date.AddYears(-7))).Contact;
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var walk = new JourneyWalker(client);
        const string phone = "07911 123456";
        const string language = "Tigrinya";
        const string notes = "Needs a seat near the door: recovering from heart surgery";
        string[] secrets = [phone, "07911123456", "+447911123456", "7911123456", language, notes, "heart surgery", visitor.FirstName, visitor.LastName, child.FirstName];

        var found = await walk.Get($"/visits/book?q={prisoner.PrisonNumber}");
        var visitors = await walk.Follow(found, "tbody a");
        var sessions = await walk.PressFor(visitors, "Continue", ("VisitorIds", visitor.Id.ToString()), ("VisitorIds", child.Id.ToString()));
        var support = await walk.PressFor(sessions, "Continue", ("Slot", $"{session.Id}:{date:yyyy-MM-dd}"));
        var contact = await walk.PressFor(support, "Continue", ("InterpreterLanguage", language), ("QuietArea", "true"), ("OtherSupport", notes));
        Assert.Equal("Main contact and request method", contact.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([], contact.ErrorSummary());
        var check = await walk.PressFor(contact, "Continue", ("MainContactId", visitor.Id.ToString()), ("MainContactPhone", phone), ("RequestMethod", "Phone"));
        Assert.Empty(check.ErrorSummary());
        var answers = check.QuerySelector("[data-testid=check-answers]")!.TextContent;
        Assert.Contains(notes, answers);
        Assert.Contains(phone, answers);

        // Back and Change keep every answer without putting any in the address bar.
        var back = await walk.PressFor(check, "Back");
        Assert.Equal("Main contact and request method", back.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(phone, back.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=MainContactPhone]")!.Value);
        check = await walk.PressFor(back, "Continue");
        var change = await walk.PressFor(check, "Change additional support");
        Assert.Equal(notes, change.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name=OtherSupport]")!.Value);
        var changeVisitors = await walk.PressFor(check, "Change visitors");
        Assert.True(changeVisitors.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name=VisitorIds][value='{child.Id}']")!.IsChecked);
        Assert.Equal("/visits/book", changeVisitors.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        var sessionsAgain = await walk.PressFor(changeVisitors, "Continue");
        Assert.NotNull(sessionsAgain.QuerySelector($"input[name=Slot][value='{session.Id}:{date:yyyy-MM-dd}'][checked]"));

        var booked = await walk.Press(check, "Book visit");
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        await walk.Get(booked.Headers.Location!.OriginalString);

        await using var db = app.Db(prisoner.EstablishmentId);
        var visit = await db.Visits.SingleAsync(v => v.PrisonerId == prisoner.Id);
        Assert.Equal((notes, language, "+447911123456"), (visit.OtherSupport, visit.InterpreterLanguage, visit.MainContactPhone));
        foreach (var url in walk.Urls)
        {
            var decoded = Uri.UnescapeDataString(url.Replace('+', ' '));
            Assert.True(url.Length < SafeUrlLength, $"{url.Length} characters: {url[..Math.Min(url.Length, 200)]}");
            // Case-sensitive: the answers as typed (a surname "Visitor" is not the path's "visitors").
            foreach (var secret in secrets)
            {
                Assert.False(decoded.Contains(secret, StringComparison.Ordinal) || url.Contains(secret, StringComparison.Ordinal),
                    $"\"{secret}\" is in the URL {url[..Math.Min(url.Length, 300)]}");
            }
        }
    }

    [Fact]
    public async Task Twelve_thousand_characters_of_notes_get_a_length_error_not_a_lost_journey()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var (session, date) = await VisitsTestData.Session(app, openCapacity: 5);
        var (prisoner, visitor) = await VisitsTestData.BookablePrisoner(app);
        using var client = await StaffClient.SignedIn(app, "visits.wymott");
        var walk = new JourneyWalker(client);
        var notes = string.Concat(Enumerable.Repeat("Needs step-free access and a quiet room. ", 300))[..12_000];

        var visitors = await walk.Get($"/visits/book/{prisoner.Id}/visitors");
        var sessions = await walk.PressFor(visitors, "Continue", ("VisitorIds", visitor.Id.ToString()));
        var support = await walk.PressFor(sessions, "Continue", ("Slot", $"{session.Id}:{date:yyyy-MM-dd}"));
        var refused = await walk.PressFor(support, "Continue", ("OtherSupport", notes), ("InterpreterLanguage", "Welsh"));

        Assert.Equal(["Other support must be 500 characters or fewer"], refused.ErrorSummary());
        Assert.Equal("Does anyone need additional support?", refused.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(notes, refused.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("textarea[name=OtherSupport]")!.Value);
        Assert.All(walk.Urls, url => Assert.True(url.Length < SafeUrlLength, $"a URL of {url.Length} characters"));

        var fixedUp = await walk.PressFor(refused, "Continue", ("OtherSupport", "Needs step-free access"));
        Assert.Equal("Main contact and request method", fixedUp.QuerySelector("h1")!.TextContent.Trim());
        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.False(await db.Visits.AnyAsync(v => v.PrisonerId == prisoner.Id));
    }
}
