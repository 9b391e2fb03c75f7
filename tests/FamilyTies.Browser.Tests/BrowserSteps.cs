using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FamilyTies.Browser.Tests;

/// <summary>Steps the journeys share.</summary>
public static class BrowserSteps
{
    public static async Task SignInAsync(this IPage page, string userName, string password = BrowserFixture.DemoPassword)
    {
        if (!page.Url.Contains("/sign-in", StringComparison.Ordinal))
        {
            await page.GotoAsync("/sign-in");
        }
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task SignOutAsync(this IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

    /// <summary>Matches a URL whose path is exactly <paramref name="path"/>, with or without a query string.</summary>
    public static Regex PathIs(string path) =>
        new($"^https?://[^/]+{Regex.Escape(path)}(\\?.*)?$", RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Matches a URL whose path matches a pattern such as /prisoners/\d+.</summary>
    public static Regex PathMatches(string pattern) =>
        new($"^https?://[^/]+{pattern}(\\?.*)?$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
