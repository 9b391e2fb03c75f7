using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// What a step of the booking journey (and the amend page) shows: the prisoner, the answers so far and the prisoner's
/// contacts; the session step adds the sessions to choose from, the check page the booking context and the rules'
/// decision (from the booking engine's one pass, so a refused booking re-renders without loading again).
/// </summary>
public sealed record BookingStepModel(Prisoner Prisoner, BookingForm Form, IReadOnlyList<PrisonerContact> Links, DateOnly Today)
{
    public IReadOnlyList<SessionFinder.Option> Options { get; init; } = [];
    public BookingContext? Context { get; init; }
    public BookingDecision? Decision { get; init; }

    /// <summary>The main contact step: the visitors who may be the main contact (adults on the visit date).</summary>
    public IReadOnlyList<PrisonerContact> MainContactChoices { get; init; } = [];
}

/// <summary>The prisoner search that starts a booking: what was searched for and who was found.</summary>
public sealed record FindPrisonerModel(string? Query, IReadOnlyList<Prisoner> Results);

/// <summary>The one map from a refused booking rule to the form field staff change to fix it (booking and amend alike).</summary>
public static class BookingRefusalFields
{
    public static string For(BookingRule rule) => rule switch
    {
        BookingRule.Capacity => nameof(BookingForm.OverbookReason),
        BookingRule.VisitingOrders => nameof(BookingForm.VisitingOrderOverrideReason),
        BookingRule.VisitorApproved or BookingRule.VisitorBanned or BookingRule.NonContact or BookingRule.AtLeastOneAdult
            or BookingRule.MaxAdults or BookingRule.MaxVisitors or BookingRule.ChildContact => nameof(BookingForm.VisitorIds),
        _ => nameof(BookingForm.Slot),
    };

    /// <summary>Adds each refusal to ModelState under its field, so the error summary links to what to change.</summary>
    public static void AddTo(ModelStateDictionary modelState, IEnumerable<Refusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            modelState.AddModelError(For(refusal.Rule), refusal.Message);
        }
    }
}
