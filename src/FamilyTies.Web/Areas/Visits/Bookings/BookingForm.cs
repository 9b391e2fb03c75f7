using System.ComponentModel.DataAnnotations;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Bookings;

/// <summary>
/// Everything a booking collects, carried from step to step (hidden fields on each page, so the journey works without
/// JavaScript and without server-side session state). Nothing is saved until the final confirmation.
/// </summary>
public class BookingForm
{
    public int PrisonerId { get; set; }
    [Display(Name = "Visitors")] public List<int> VisitorIds { get; set; } = [];
    [Display(Name = "Session")] public string? Slot { get; set; }

    [Display(Name = "Interpreter needed (language)")] public string? InterpreterLanguage { get; set; }
    [Display(Name = "Wheelchair or step-free access")] public bool WheelchairAccess { get; set; }
    [Display(Name = "Hearing loop")] public bool HearingLoop { get; set; }
    [Display(Name = "Stair lift")] public bool StairLift { get; set; }
    [Display(Name = "Quiet area")] public bool QuietArea { get; set; }
    [Display(Name = "First visit")] public bool FirstVisit { get; set; }
    [Display(Name = "New baby")] public bool NewBaby { get; set; }
    [Display(Name = "Photo request")] public bool PhotoRequest { get; set; }
    [Display(Name = "Other support")] public string? OtherSupport { get; set; }

    [Display(Name = "Main contact")] public int? MainContactId { get; set; }
    [Display(Name = "Main contact's phone number")] public string? MainContactPhone { get; set; }
    [Display(Name = "How was the visit requested?")] public string? RequestMethod { get; set; }

    [Display(Name = "Reason for overbooking")] public string? OverbookReason { get; set; }
    [Display(Name = "Reason for booking without a visiting order")] public string? VisitingOrderOverrideReason { get; set; }

    /// <summary>Amending only: why the visit is being changed (the cancellation reasons' list) and optional details.</summary>
    [Display(Name = "Why is the visit being changed?")] public string? AmendReason { get; set; }
    [Display(Name = "Details (optional)")] public string? AmendDetail { get; set; }

    /// <summary>An amendment's reason in words (the same list as cancelling, worded for a change).</summary>
    public static string DescribeAmendment(CancellationReason reason) => reason switch
    {
        CancellationReason.VisitorCancelled => "The visitor asked for the change",
        CancellationReason.PrisonerCancelled => "The prisoner asked for the change",
        CancellationReason.EstablishmentCancelled => "The establishment changed the visit",
        CancellationReason.AdministrativeError => "Correcting an administrative error",
        CancellationReason.DetailsChanged => "Details changed after booking",
        _ => reason.ToString(),
    };

    public CancellationReason? ParsedAmendReason =>
        Enum.TryParse<CancellationReason>(AmendReason, out var r) && !int.TryParse(AmendReason, out _) ? r : null;

    /// <summary>
    /// Answers the browser sent that model binding could not read (not one of the options offered, a NUL, a number out
    /// of range), with binding's message, by field. Never bound from the form: <see cref="BookingFormValidation.TakeBindingErrors"/>
    /// fills it, and each step refuses the unreadable answers it owns, so a bad answer is never silently taken as empty.
    /// </summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Dictionary<string, string> Unreadable { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The session as "templateId:yyyy-MM-dd".</summary>
    public static string SlotKey(int templateId, DateOnly date) => $"{templateId}:{date:yyyy-MM-dd}";

    public bool TryParseSlot(out int templateId, out DateOnly date)
    {
        templateId = 0;
        date = default;
        var parts = (Slot ?? "").Split(':');
        return parts.Length == 2 && int.TryParse(parts[0], out templateId)
               && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", out date);
    }

    public RequestMethod? ParsedRequestMethod =>
        Enum.TryParse<RequestMethod>(RequestMethod, out var m) && !int.TryParse(RequestMethod, out _) ? m : null;

    public static string Describe(RequestMethod method) => method switch
    {
        Domain.Visits.RequestMethod.Phone => "Phone call",
        Domain.Visits.RequestMethod.Email => "Email",
        Domain.Visits.RequestMethod.InPerson => "In person",
        Domain.Visits.RequestMethod.Online => "Online (GOV.UK)",
        Domain.Visits.RequestMethod.ByPrisoner => "By the prisoner",
        _ => method.ToString(),
    };

    public IEnumerable<string> SupportNeeded()
    {
        if (!string.IsNullOrWhiteSpace(InterpreterLanguage)) { yield return $"Interpreter ({InterpreterLanguage.Trim()})"; }
        if (WheelchairAccess) { yield return "Wheelchair or step-free access"; }
        if (HearingLoop) { yield return "Hearing loop"; }
        if (StairLift) { yield return "Stair lift"; }
        if (QuietArea) { yield return "Quiet area"; }
        if (FirstVisit) { yield return "First visit"; }
        if (NewBaby) { yield return "New baby"; }
        if (PhotoRequest) { yield return "Photo request"; }
        if (!string.IsNullOrWhiteSpace(OtherSupport)) { yield return OtherSupport.Trim(); }
    }

    public void CopySupportTo(Visit visit)
    {
        visit.InterpreterLanguage = InterpreterLanguage?.Trim() ?? "";
        visit.WheelchairAccess = WheelchairAccess;
        visit.HearingLoop = HearingLoop;
        visit.StairLift = StairLift;
        visit.QuietArea = QuietArea;
        visit.FirstVisit = FirstVisit;
        visit.NewBaby = NewBaby;
        visit.PhotoRequest = PhotoRequest;
        visit.OtherSupport = OtherSupport?.Trim() ?? "";
    }

    public void CopySupportFrom(Visit visit)
    {
        InterpreterLanguage = visit.InterpreterLanguage;
        WheelchairAccess = visit.WheelchairAccess;
        HearingLoop = visit.HearingLoop;
        StairLift = visit.StairLift;
        QuietArea = visit.QuietArea;
        FirstVisit = visit.FirstVisit;
        NewBaby = visit.NewBaby;
        PhotoRequest = visit.PhotoRequest;
        OtherSupport = visit.OtherSupport;
    }
}
