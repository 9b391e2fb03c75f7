using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// A form that records a new log entry, or a correction of an earlier one: a log entry is never changed, a mistake is
/// put right by a new entry naming the one it corrects and why (<see cref="FamilyTies.Domain.SaferCustody.ICorrectable"/>).
/// </summary>
public abstract class CorrectionForm
{
    /// <summary>The entry this one corrects, or null for a new entry.</summary>
    public int? CorrectsId { get; set; }

    [Display(Name = "Why is this a correction?")] public string? CorrectionReason { get; set; }
}

/// <summary>The correction pattern, once for every form that can correct an entry: its rules, its check and what it saves.</summary>
public static class CorrectionForms
{
    public const int ReasonMaxLength = 500;

    /// <summary>A correction says why the earlier entry was wrong, in at most 500 characters.</summary>
    public static void CorrectionRules<T>(this AbstractValidator<T> validator) where T : CorrectionForm
    {
        validator.RuleFor(f => f.CorrectionReason).NotEmpty().WithMessage("Enter why the earlier entry was wrong").When(f => f.CorrectsId is not null);
        validator.RuleFor(f => f.CorrectionReason).MaximumLength(ReasonMaxLength).WithMessage("The reason must be 500 characters or fewer");
    }

    /// <summary>
    /// True when the form corrects an entry that is not among <paramref name="entryIdsHere"/> (the ids of the entries
    /// of the record the new entry goes on): one of another record's, or none at all.
    /// </summary>
    public static async Task<bool> CorrectsAnEntryNotHere(this CorrectionForm form, IQueryable<int> entryIdsHere) =>
        form.CorrectsId is { } corrects && !await entryIdsHere.AnyAsync(id => id == corrects);

    /// <summary>The reason to save: as typed (trimmed) on a correction, empty on a new entry.</summary>
    public static string CorrectionReasonToSave(this CorrectionForm form) =>
        form.CorrectsId is null ? "" : form.CorrectionReason!.Trim();
}
