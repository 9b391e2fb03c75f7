using System.ComponentModel.DataAnnotations;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>
/// What every entry in a contact's log has (an action, the caller told the outcome): when it happened, as a London date
/// and time, and what it may correct (<see cref="CorrectionForm"/>).
/// </summary>
public abstract class ContactLogEntryForm : CorrectionForm
{
    [Display(Name = "Date"), DateRange(DateKind.RecentPast)] public string? OccurredDate { get; set; }
    [Display(Name = "Time")] public string? OccurredTime { get; set; }

    // For the view.
    public string Reference { get; set; } = "";
    public int ContactId { get; set; }

    /// <summary>The instant typed (validate first). A method, not a property, so model validation never reads it.</summary>
    public DateTimeOffset OccurredAt() => LondonTimeRules.ToInstant(OccurredDate, OccurredTime);

    /// <summary>The message when the entry is dated before the contact was received; null otherwise.</summary>
    public string? BeforeReceived(SaferCustodyContact contact) =>
        OccurredAt() < contact.ReceivedAt ? $"The time must be after the contact was received ({LondonTime.Format(contact.ReceivedAt)})" : null;
}
