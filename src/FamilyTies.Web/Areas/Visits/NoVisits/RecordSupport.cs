using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Infrastructure;
using FluentValidation;

namespace FamilyTies.Web.Areas.Visits.NoVisits;

/// <summary>Support offered to a prisoner with no visits: what, when, and (if already known) when it was taken up.</summary>
public sealed class SupportOfferForm
{
    [Display(Name = "Support offered")] public string? Kind { get; set; }
    [Display(Name = "Details")] public string? Detail { get; set; }
    [Display(Name = "Date offered"), DateRange(DateKind.RecentPast)] public string? OfferedOn { get; set; }
    [Display(Name = "Date taken up (optional)"), DateRange(DateKind.RecentPast)] public string? TakenUpOn { get; set; }
}

public sealed class SupportOfferValidator : AbstractValidator<SupportOfferForm>
{
    public SupportOfferValidator(TimeProvider clock)
    {
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<NoVisitsSupportKind>).WithMessage("Select the support offered");
        RuleFor(f => f.Detail).NotEmpty().WithMessage("Enter the details of the other support offered")
            .When(f => f.Kind == nameof(NoVisitsSupportKind.Other));
        RuleFor(f => f.Detail).MaximumLength(500).WithMessage("Details must be 500 characters or fewer");
        this.DateNotFuture(f => f.OfferedOn, "the support was offered", clock);
        this.DateNotFuture(f => f.TakenUpOn, "the support was taken up", clock, f => !string.IsNullOrWhiteSpace(f.TakenUpOn));
        RuleFor(f => f.TakenUpOn)
            .Must((f, t) => !LondonTime.TryParseDate(t, out var taken) || !LondonTime.TryParseDate(f.OfferedOn, out var offered) || taken >= offered)
            .WithMessage("The date the support was taken up must be on or after the date it was offered");
    }
}

/// <summary>The date an offer was taken up.</summary>
public sealed class SupportTakenUpForm
{
    [Display(Name = "Date taken up"), DateRange(DateKind.RecentPast)] public string? TakenUpOn { get; set; }
}

public sealed class SupportTakenUpValidator : AbstractValidator<SupportTakenUpForm>
{
    public SupportTakenUpValidator(TimeProvider clock) => this.DateNotFuture(f => f.TakenUpOn, "the support was taken up", clock);
}

/// <summary>Records an offer for a prisoner on the roll; a prisoner who has left is refused.</summary>
public sealed class RecordSupportHandler(FamilyTiesDbContext db, ILogger<RecordSupportHandler> logger)
{
    public static IReadOnlyDictionary<string, string> Refusal(Prisoner prisoner) =>
        prisoner.Status == PrisonerStatus.Active
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [nameof(SupportOfferForm.Kind)] = $"{prisoner.FullName} is no longer on the roll here: support cannot be recorded" };

    public async Task<int?> Offer(Prisoner prisoner, SupportOfferForm form)
    {
        var kind = Enum.Parse<NoVisitsSupportKind>(form.Kind!);
        var support = new NoVisitsSupport
        {
            PrisonerId = prisoner.Id,
            Kind = kind,
            Detail = (form.Detail ?? "").Trim(),
            OfferedOn = LondonTimeRules.ParseDate(form.OfferedOn),
            TakenUpOn = string.IsNullOrWhiteSpace(form.TakenUpOn) ? null : LondonTimeRules.ParseDate(form.TakenUpOn),
        };
        db.NoVisitsSupports.Add(support);
        await db.SaveChangesAsync();
        logger.LogInformation("No-visits support {SupportId} offered to prisoner {PrisonerId}", support.Id, prisoner.Id);
        return support.Id;
    }

    /// <summary>Records the take-up of an offer not yet taken up, on or after the day it was offered.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TakenUp(NoVisitsSupport support, SupportTakenUpForm form)
    {
        var errors = new Dictionary<string, string>();
        var taken = LondonTimeRules.ParseDate(form.TakenUpOn);
        if (support.TakenUpOn is { } earlier)
        {
            errors[nameof(form.TakenUpOn)] = $"This support was already taken up on {LondonTime.FormatDate(earlier)}";
        }
        else if (taken < support.OfferedOn)
        {
            errors[nameof(form.TakenUpOn)] = $"The date the support was taken up must be on or after the date it was offered, {LondonTime.FormatDate(support.OfferedOn)}";
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        support.TakenUpOn = taken;
        await db.SaveChangesAsync();
        logger.LogInformation("No-visits support {SupportId} taken up by prisoner {PrisonerId}", support.Id, support.PrisonerId);
        return errors;
    }
}
