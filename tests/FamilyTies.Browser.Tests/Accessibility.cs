using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyTies.Browser.Tests;

public static class Accessibility
{
    /// <summary>Runs axe-core on the page as it stands and fails with every violation's rule and targets.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
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
