using Microsoft.Playwright;
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

    [Fact]
    public async Task Axe_check_runs_the_colour_contrast_rule_and_refuses_a_page_with_a_frame_it_cannot_check()
    {
        // The two things easiest to lose when the check is made cheaper: colour contrast (the costliest rule, computed
        // for every text node) and the content of an iframe (the single axe.run does not look inside frames, so a
        // page with one fails rather than passing unchecked; FamilyTies' pages have none).
        var page = await fixture.NewPageAsync();
        try
        {
            await page.SetContentAsync(
                """<!DOCTYPE html><html lang="en"><head><title>Faint</title></head><body><main><h1>Faint</h1><p id="faint" style="color:#ccc;background:#fff">Visiting times</p></main></body></html>""");

            var faint = await Assert.ThrowsAsync<FailException>(page.AssertNoAxeViolationsAsync);

            Assert.Contains("color-contrast", faint.Message, StringComparison.Ordinal);
            Assert.Contains("#faint", faint.Message, StringComparison.Ordinal);

            await page.SetContentAsync(
                """<!DOCTYPE html><html lang="en"><head><title>Framed</title></head><body><main><h1>Framed</h1><iframe title="Inner" srcdoc="<p>Inner</p>"></iframe></main></body></html>""");
            await page.FrameLocator("iframe").Locator("p").WaitForAsync(new() { State = WaitForSelectorState.Attached });

            var framed = await Assert.ThrowsAsync<FailException>(page.AssertNoAxeViolationsAsync);

            Assert.Contains("frame", framed.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
