using System.Globalization;
using System.Text.RegularExpressions;
using FamilyTies.Domain;
using FamilyTies.Domain.People;
using FamilyTies.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyTies.Browser.Tests;

/// <summary>
/// Family services create a family day and record an application with a child; security pass the security and public
/// protection checks; family services approve it and record the day with the child's book, and the landing page's
/// family days held this year goes up by one. Every page visited is checked with axe.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FamilyDaysJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await fixture.NewPageAsync();

    public Task DisposeAsync() => _page.Context.CloseAsync();

    private async Task<int> HeldThisYear()
    {
        await _page.GotoAsync("/familydays");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Family days");
        await _page.AssertNoAxeViolationsAsync();
        var text = await _page.GetByTestId("held-ytd").InnerTextAsync();
        return int.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_family_day_is_created_and_an_application_goes_through_the_checks_to_attendance_with_a_childs_book()
    {
        var services = await fixture.NewStaffAsync([Roles.FamilyServices], "WYI");
        var security = await fixture.NewStaffAsync([Roles.Security], "WYI");
        var prisoner = await fixture.PrisonerAsync("WYI", BrowserTestData.UniqueSurname("Familyday"));
        await using (var db = fixture.Db(prisoner.EstablishmentId))
        {
            var child = new Contact { CreatedInEstablishmentId = prisoner.EstablishmentId, FirstName = "Cara", LastName = "Journey", DateOfBirth = TestClock.Today.AddYears(-7).AddDays(-40) };
            db.PrisonerContacts.Add(new PrisonerContact { PrisonerId = prisoner.Id, Contact = child, Relationship = Relationship.Daughter, ApprovedVisitor = true, ChildContactApproved = true });
            db.Restrictions.Add(new Restriction { PrisonerId = prisoner.Id, Type = RestrictionType.ChildContact, Reason = "Public protection", StartDate = TestClock.Today.AddYears(-1) });
            await db.SaveChangesAsync();
        }

        await _page.SignInAsync(services.UserName);
        var before = await HeldThisYear();

        // The family day, today.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Family days and applications" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Add a family day" }).ClickAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByLabel("Title").FillAsync("Journey children's day");
        await _page.GetByLabel("Type of family day").SelectOptionAsync("ChildrensDay");
        await _page.GetByLabel("Date").FillAsync(TestClock.Today.ToString("d/M/yyyy", CultureInfo.InvariantCulture));
        await _page.GetByLabel("Start time").FillAsync("10am");
        await _page.GetByLabel("End time").FillAsync("2pm");
        await _page.GetByLabel("Venue").FillAsync("Sports hall");
        await _page.GetByLabel("Places for families").FillAsync("10");
        await _page.GetByLabel("Places for people (family members)").FillAsync("30");
        await _page.GetByLabel("Organiser").FillAsync("Pact");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(_page.GetByTestId("length")).ToHaveTextAsync("4 hours");
        await _page.AssertNoAxeViolationsAsync();

        // The application, with the child.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record an application" }).ClickAsync();
        await _page.GetByLabel("Prison number").FillAsync(prisoner.PrisonNumber);
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Find the prisoner" }).ClickAsync();
        await _page.GetByRole(AriaRole.Checkbox, new() { Name = "Cara Journey (daughter, child 7)" }).CheckAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Record the application" }).ClickAsync();
        await Expect(_page.GetByTestId("child-check")).ToHaveTextAsync("Not done");
        await _page.AssertNoAxeViolationsAsync();
        var applicationUrl = new Uri(_page.Url).AbsolutePath;

        // Security record both checks.
        await _page.SignOutAsync();
        await _page.SignInAsync(security.UserName);
        await _page.GotoAsync(applicationUrl + "/checks");
        await _page.AssertNoAxeViolationsAsync();
        await _page.Locator("#Security_Result").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the security check" }).ClickAsync();
        await Expect(_page.GetByTestId("security-check")).ToHaveTextAsync("Passed");
        await _page.Locator("#Child_Result").CheckAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the public protection check" }).ClickAsync();
        await Expect(_page.GetByTestId("child-check")).ToHaveTextAsync("Passed");
        await _page.AssertNoAxeViolationsAsync();

        // Family services approve it and record the day.
        await _page.SignOutAsync();
        await _page.SignInAsync(services.UserName);
        await _page.GotoAsync(applicationUrl);
        await _page.GetByRole(AriaRole.Radio, new() { Name = "Approve (takes places, or joins the waiting list when full)" }).CheckAsync();
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save the decision" }).ClickAsync();
        await Expect(_page.GetByTestId("status")).ToHaveTextAsync("Approved");
        await _page.GetByLabel("Book given to Cara Journey, aged 7 (optional)").FillAsync("The Gruffalo");
        await _page.GetByLabel("Feedback (optional)").FillAsync("Cara loved the craft table.");
        await _page.AssertNoAxeViolationsAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await Expect(_page.GetByTestId("guests")).ToContainTextAsync("The Gruffalo (aged 7)");
        await Expect(_page.GetByTestId("history")).ToContainTextAsync("1 book given");
        await _page.AssertNoAxeViolationsAsync();

        Assert.Equal(before + 1, await HeldThisYear());

        // The other pages of the pathway pass axe too.
        foreach (var path in new[] { "/familydays/terms", "/familydays/terms/new", "/familydays/forums", "/familydays/forums/new", "/familydays/forums/you-said-we-did", "/familydays/schemes",
                     "/familydays/surveys", "/familydays/surveys?audience=Prisoners", $"/prisoners/{prisoner.Id}/schemes" })
        {
            await _page.GotoAsync(path);
            await _page.AssertNoAxeViolationsAsync();
        }
    }
}
