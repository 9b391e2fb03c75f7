using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyTies.Browser.Tests;

public static class Accessibility
{
    // Only the violations come back with their nodes: the passes and inapplicable rules of a full result are most of
    // what is serialised out of the page, and nothing here reads them.
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>
    /// Runs axe-core (every rule of its default set) on the page as it stands and fails with every violation's rule
    /// and targets. It runs as one <c>axe.run</c> in the page ("legacy mode"): the library's newer mode opens a blank
    /// page for every check to join the results of cross-origin frames, which FamilyTies' pages do not have, and that
    /// cost three quarters of each check's time (docs/decisions/0029-test-suite-time.md).
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        if (page.Frames.Count > 1)
        {
            Assert.Fail($"{page.Url} has {page.Frames.Count - 1} frame(s): this check runs axe once in the page and would not look inside them.");
        }

#pragma warning disable CS0618 // Legacy mode is the single axe.run this check needs; see the summary.
        var result = await page.RunAxeLegacy(null, ViolationsOnly);
#pragma warning restore CS0618
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine($"axe found {result.Violations.Length} accessibility violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine($"    target: {node.Target}");
                report.AppendLine($"      html: {node.Html}");
                foreach (var check in node.All.Concat(node.None))
                {
                    report.AppendLine($"      fix: {check.Message}");
                }
                foreach (var check in node.Any)
                {
                    report.AppendLine($"      or fix: {check.Message}");
                }
            }
        }
        Assert.Fail(report.ToString());
    }
}
