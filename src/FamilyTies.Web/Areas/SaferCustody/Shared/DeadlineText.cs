using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;

namespace FamilyTies.Web.Areas.SaferCustody.Shared;

public static class DeadlineText
{
    public static string Label(DeadlineKind kind) => kind == DeadlineKind.FirstAction ? "First action" : "Call back";

    /// <summary>"First action overdue by 2 hours", "Call back due in 25 minutes", with the GOV.UK tag colour.</summary>
    public static (string Text, string TagClass) Describe(Deadline deadline, DateTimeOffset now) => deadline.StateAt(now) switch
    {
        DeadlineState.Pending => ($"{Label(deadline.Kind)} due in {Durations.Describe(deadline.RemainingAt(now))}", "govuk-tag--blue"),
        DeadlineState.Overdue => ($"{Label(deadline.Kind)} overdue by {Durations.Describe(deadline.RemainingAt(now))}", "govuk-tag--red"),
        DeadlineState.Met => ($"{Label(deadline.Kind)} in time", "govuk-tag--green"),
        _ => ($"{Label(deadline.Kind)} late by {Durations.Describe(deadline.MetAt!.Value - deadline.Due)}", "govuk-tag--orange"),
    };
}
