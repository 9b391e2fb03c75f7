using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>
/// Completes or corrects a contact's caller, prisoner and concerns (for example, linking the prisoner once identified).
/// The change is kept as a correction entry with its reason, beside the audit trail.
/// </summary>
public sealed class CorrectContactForm
{
    [Display(Name = "Prison number")] public string? PrisonNumber { get; set; }
    [Display(Name = "Prisoner's name as the caller gave it")] public string? PrisonerNameGiven { get; set; }
    [Display(Name = "Caller's name")] public string? CallerName { get; set; }
    [Display(Name = "Relationship to the prisoner")] public string? CallerRelationship { get; set; }
    [Display(Name = "Caller's phone number")] public string? CallerPhone { get; set; }
    [Display(Name = "Does the caller want a call back?")] public bool? CallerWantsCallback { get; set; }
    [Display(Name = "What is the concern about?")] public List<string> Categories { get; set; } = [];
    [Display(Name = "Reason for the change")] public string? Reason { get; set; }

    // For the view.
    public string Reference { get; set; } = "";
    public int ContactId { get; set; }
    public string? Query { get; set; }
    public IReadOnlyList<Prisoner> Matches { get; set; } = [];

    public static CorrectContactForm From(SaferCustodyContact c) => new()
    {
        ContactId = c.Id,
        Reference = c.Reference,
        CallerName = c.CallerName,
        CallerRelationship = c.CallerRelationship,
        CallerPhone = c.CallerPhone,
        CallerWantsCallback = c.CallerWantsCallback,
        PrisonNumber = c.Prisoner?.PrisonNumber,
        PrisonerNameGiven = c.PrisonerNameGiven,
        Categories = SaferCustodyText.Split(c.Categories).Select(x => x.ToString()).ToList(),
    };
}

public sealed class CorrectContactValidator : AbstractValidator<CorrectContactForm>
{
    public CorrectContactValidator(FamilyTiesDbContext db)
    {
        RuleFor(f => f.CallerName).MaximumLength(150).WithMessage("Caller's name must be 150 characters or fewer");
        RuleFor(f => f.CallerRelationship).MaximumLength(100).WithMessage("Relationship must be 100 characters or fewer");
        RuleFor(f => f.CallerPhone).NotEmpty().WithMessage("Enter the caller's phone number so they can be called back")
            .When(f => f.CallerWantsCallback == true);
        RuleFor(f => f.CallerPhone).Matches(LogContactValidator.Phone).WithMessage("Enter the phone number using digits only, like 01772 442000 or +48 22 123 4567")
            .When(f => !string.IsNullOrWhiteSpace(f.CallerPhone));
        RuleFor(f => f.CallerWantsCallback).NotNull().WithMessage("Select yes if the caller wants a call back");
        RuleFor(f => f.PrisonNumber)
            .Must(n => PrisonNumber.IsValid(n)).WithMessage("Enter the prison number in the format A1234BC")
            .MustAsync(async (n, ct) => await db.Prisoners.AnyAsync(p => p.PrisonNumber == PrisonNumber.Normalise(n), ct))
            .WithMessage("No prisoner with that number is held here")
            .When(f => !string.IsNullOrWhiteSpace(f.PrisonNumber));
        RuleFor(f => f.PrisonerNameGiven).MaximumLength(150).WithMessage("Prisoner's name must be 150 characters or fewer");
        RuleFor(f => f.Categories).NotEmpty().WithMessage("Select what the concern is about")
            .Must(c => c.All(FormChoices.IsOneOf<ConcernCategory>)).WithMessage("Select concerns from the list");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the change, for example \"prisoner identified\"")
            .MaximumLength(500).WithMessage("The reason must be 500 characters or fewer");
    }
}

public sealed class CorrectContactHandler(FamilyTiesDbContext db, ILogger<CorrectContactHandler> logger)
{
    /// <returns>False when nothing was changed.</returns>
    public async Task<bool> Handle(SaferCustodyContact contact, CorrectContactForm form)
    {
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        var prisoner = number.Length == 0 ? null : await db.Prisoners.SingleAsync(p => p.PrisonNumber == number);
        var categories = form.Categories.Distinct().Select(Enum.Parse<ConcernCategory>).Aggregate(ConcernCategory.None, (all, c) => all | c);
        var changes = new List<string>();
        void Change<T>(string label, T before, T after, Action apply)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add($"{label}: {Show(before)} → {Show(after)}");
                apply();
            }
        }
        Change("Caller's name", contact.CallerName, form.CallerName?.Trim() ?? "", () => contact.CallerName = form.CallerName?.Trim() ?? "");
        Change("Relationship", contact.CallerRelationship, form.CallerRelationship?.Trim() ?? "", () => contact.CallerRelationship = form.CallerRelationship?.Trim() ?? "");
        Change("Caller's phone", contact.CallerPhone, form.CallerPhone?.Trim() ?? "", () => contact.CallerPhone = form.CallerPhone?.Trim() ?? "");
        Change("Wants a call back", contact.CallerWantsCallback, form.CallerWantsCallback == true, () => contact.CallerWantsCallback = form.CallerWantsCallback == true);
        Change("Prisoner", contact.Prisoner?.PrisonNumber ?? "", prisoner?.PrisonNumber ?? "", () => { contact.PrisonerId = prisoner?.Id; contact.Prisoner = prisoner; });
        Change("Prisoner's name as given", contact.PrisonerNameGiven, form.PrisonerNameGiven?.Trim() ?? "", () => contact.PrisonerNameGiven = form.PrisonerNameGiven?.Trim() ?? "");
        Change("Concerns", SaferCustodyText.Of(contact.Categories), SaferCustodyText.Of(categories), () => contact.Categories = categories);
        if (changes.Count == 0)
        {
            return false;
        }
        db.ContactCorrections.Add(new ContactCorrection { ContactId = contact.Id, Changes = string.Join("\n", changes), Reason = form.Reason!.Trim() });
        await db.SaveChangesAsync();
        logger.LogInformation("Safer custody contact {ContactId} corrected ({Fields} fields)", contact.Id, changes.Count);
        return true;
    }

    private static string Show<T>(T value) => value switch
    {
        bool b => b ? "yes" : "no",
        string { Length: 0 } => "(none)",
        null => "(none)",
        _ => value.ToString()!,
    };
}
