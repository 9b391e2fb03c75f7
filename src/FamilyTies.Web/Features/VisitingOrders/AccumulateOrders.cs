using System.ComponentModel.DataAnnotations;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FluentValidation;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed class AccumulateOrdersForm
{
    [Display(Name = "Number of visiting orders accumulated")] public int? Number { get; set; }
    [Display(Name = "Approved by")] public string? ApprovedBy { get; set; }
    [Display(Name = "Reason")] public string? Reason { get; set; }
}

public sealed class AccumulateOrdersValidator : AbstractValidator<AccumulateOrdersForm>
{
    public AccumulateOrdersValidator()
    {
        RuleFor(f => f.Number).NotNull().WithMessage("Enter the number of visiting orders accumulated")
            .InclusiveBetween(1, VisitingOrderRules.MaxAccumulatedBalance)
            .WithMessage($"Number of visiting orders accumulated must be between 1 and {VisitingOrderRules.MaxAccumulatedBalance}");
        RuleFor(f => f.ApprovedBy).NotEmpty().WithMessage("Enter who approved the accumulated visits")
            .MaximumLength(100).WithMessage("Approved by must be 100 characters or fewer");
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for the accumulated visits")
            .MaximumLength(350).WithMessage("Reason must be 350 characters or fewer");
    }
}

/// <summary>Accumulated visits, approved by the head of operations or the offender management unit: orders added, up to the national maximum.</summary>
public sealed class AccumulateOrdersHandler(VisitingOrderLedger ledger)
{
    public Task<LedgerPosting> Handle(VisitingOrderSubject subject, AccumulateOrdersForm form)
    {
        var prisoner = subject.Prisoner;
        var number = form.Number!.Value;
        return ledger.PostAndSave(prisoner.Id, prisoner.EstablishmentId, VisitingOrderEntryType.Accumulation, number,
            $"Approved by {form.ApprovedBy!.Trim()}: {form.Reason!.Trim()}",
            b => b.Balance + number > VisitingOrderRules.MaxAccumulatedBalance
                ? $"{prisoner.FullName} has {VisitingOrderRules.Orders(b.Balance)}. Accumulated visits cannot take the balance above {VisitingOrderRules.MaxAccumulatedBalance}"
                : null);
    }
}
