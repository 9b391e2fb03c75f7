using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Tests.Infrastructure;

namespace FamilyTies.Web.Tests.Features;

/// <summary>
/// The navigation and each section's landing page offer only what the role may do: every link on the start page,
/// in the navigation and on each page the navigation leads to answers 200 for that role (issue 15, section 3.4).
/// </summary>
[Collection("App")]
public sealed class NavigationLinksTests(AppFixture fixture)
{
    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_link_on_the_navigation_and_landing_pages_opens_for_the_role(string role)
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        using var client = await TestUsers.SignedInAs(app, role);

        var home = await client.GetPage("/");
        var landing = home.QuerySelectorAll("nav[aria-label=Sections] a").Select(a => a.GetAttribute("href")!).Prepend("/").Distinct().ToList();
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in landing)
        {
            var document = await client.GetPage(page);
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    links.Add(href.Split('#')[0]);
                }
            }
        }
        Assert.NotEmpty(links);

        var failures = new List<string>();
        foreach (var link in links.Order(StringComparer.Ordinal))
        {
            var response = await client.Http.GetAsync(link);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{link}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(failures.Count == 0, $"{role} is offered links it cannot open:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
