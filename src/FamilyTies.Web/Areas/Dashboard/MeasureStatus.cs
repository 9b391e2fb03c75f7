using FamilyTies.Data.Measures;
using Microsoft.AspNetCore.Html;

namespace FamilyTies.Web.Areas.Dashboard;

/// <summary>
/// A measure's status as a GOV.UK tag (words, not colour alone): no target, no figure, met or not met. A method, not
/// a partial: the dashboard shows one a measure, and a partial a row costs a view lookup and a view data copy each
/// (docs/decisions/0028-dashboard-speed.md).
/// </summary>
public static class MeasureStatus
{
    private static readonly HtmlString NoTarget = new("<strong class=\"govuk-tag govuk-tag--grey\">No target</strong>");
    private static readonly HtmlString NoFigure = new("<strong class=\"govuk-tag govuk-tag--grey\">No figure</strong>");
    private static readonly HtmlString Met = new("<strong class=\"govuk-tag govuk-tag--green\">Met</strong>");
    private static readonly HtmlString NotMet = new("<strong class=\"govuk-tag govuk-tag--red\">Not met</strong>");

    public static IHtmlContent Tag(Measure measure, decimal? value, decimal? target) =>
        target is null ? NoTarget : measure.Met(value, target) switch
        {
            null => NoFigure,
            true => Met,
            false => NotMet,
        };
}
