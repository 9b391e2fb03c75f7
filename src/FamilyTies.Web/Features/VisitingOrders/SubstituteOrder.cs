using System.ComponentModel.DataAnnotations;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FluentValidation;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed class SubstituteOrderForm
{
    [Display(Name = "Substitution")] public string? Substitution { get; set; }
    [Display(Name = "Details")] public string? Detail { get; set; }
}

public sealed class SubstituteOrderValidator : AbstractValidator<SubstituteOrderForm>
{
    public SubstituteOrderValidator()
    {
        RuleFor(f => f.Substitution).Must(s => Enum.GetNames<ForeignNationalSubstitution>().Contains(s))
            .WithMessage("Select the substitution");
        RuleFor(f => f.Detail).NotEmpty().WithMessage("Enter details of the substitution")
            .MaximumLength(400).WithMessage("Details must be 400 characters or fewer");
    }
}

/// <summary>
/// Foreign nationals' substitutions: video calls instead of a visit (takes an order), or an extra order while family
/// visit the UK (adds one). Refused for a prisoner recorded as British.
/// </summary>
public sealed class SubstituteOrderHandler(VisitingOrderLedger ledger)
{
    public async Task<LedgerPosting> Handle(VisitingOrderSubject subject, SubstituteOrderForm form)
    {
        var prisoner = subject.Prisoner;
        if (!VisitingOrderRules.IsForeignNational(prisoner))
        {
            var nationality = string.IsNullOrWhiteSpace(prisoner.Nationality) ? "not recorded" : $"recorded as {prisoner.Nationality}";
            return new LedgerPosting(null, $"Substitutions are for foreign nationals. {prisoner.FullName}'s nationality is {nationality}", subject.Balance);
        }
        var substitution = Enum.Parse<ForeignNationalSubstitution>(form.Substitution!);
        var change = VisitingOrderRules.ChangeFor(substitution);
        return await ledger.PostAndSave(prisoner.Id, prisoner.EstablishmentId, VisitingOrderEntryType.ForeignNationalSubstitution, change,
            $"{VisitingOrderRules.Describe(substitution)}: {form.Detail!.Trim()}",
            b => change < 0 && b.Balance < 1 ? $"{prisoner.FullName} has no visiting orders to exchange for video calls"
                : change > 0 && b.Balance + change > VisitingOrderRules.MaxAccumulatedBalance
                    ? $"{prisoner.FullName} has {VisitingOrderRules.Orders(b.Balance)}. A balance cannot go above {VisitingOrderRules.MaxAccumulatedBalance}"
                    : null);
    }
}
