using Xunit.Sdk;

namespace FamilyTies.Browser.Tests;

/// <summary>Proves the axe check can fail, so a clean result on the app's pages means something.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityHelperTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Axe_check_names_the_rule_and_the_element_that_break_it()
    {
        var page = await fixture.NewPageAsync();
        try
        {
            await page.SetContentAsync(
                """<!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1><img id="no-alt" src="data:,"></main></body></html>""");

            var failure = await Assert.ThrowsAsync<FailException>(page.AssertNoAxeViolationsAsync);

            Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
            Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
