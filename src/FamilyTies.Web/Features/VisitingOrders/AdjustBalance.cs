using System.ComponentModel.DataAnnotations;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FluentValidation;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed class AdjustBalanceForm
{
    [Display(Name = "Add or remove visiting orders?")] public string? Direction { get; set; }
    [Display(Name = "Number of visiting orders")] public int? Number { get; set; }
    [Display(Name = "Reason for the adjustment")] public string? Reason { get; set; }
    [Display(Name = "Details")] public string? Detail { get; set; }
}

public sealed class AdjustBalanceValidator : AbstractValidator<AdjustBalanceForm>
{
    public AdjustBalanceValidator()
    {
        RuleFor(f => f.Direction).Must(d => d is "Add" or "Remove").WithMessage("Select whether to add or remove visiting orders");
        RuleFor(f => f.Number).NotNull().WithMessage("Enter the number of visiting orders")
            .InclusiveBetween(1, VisitingOrderRules.MaxAccumulatedBalance)
            .WithMessage($"Number of visiting orders must be between 1 and {VisitingOrderRules.MaxAccumulatedBalance}");
        RuleFor(f => f.Reason).Must(r => Enum.GetNames<VisitingOrderAdjustmentReason>().Contains(r))
            .WithMessage("Select the reason for the adjustment");
        RuleFor(f => f.Detail).NotEmpty().When(f => f.Reason == nameof(VisitingOrderAdjustmentReason.Other))
            .WithMessage("Enter details of the reason for the adjustment");
        RuleFor(f => f.Detail).MaximumLength(400).WithMessage("Details must be 400 characters or fewer");
    }
}

/// <summary>A visits manager adds or removes orders by hand, with a reason from the national list. Never below zero or above the maximum.</summary>
public sealed class AdjustBalanceHandler(VisitingOrderLedger ledger)
{
    public Task<LedgerPosting> Handle(VisitingOrderSubject subject, AdjustBalanceForm form)
    {
        var prisoner = subject.Prisoner;
        var change = form.Direction == "Add" ? form.Number!.Value : -form.Number!.Value;
        var reason = VisitingOrderRules.Describe(Enum.Parse<VisitingOrderAdjustmentReason>(form.Reason!));
        if (!string.IsNullOrWhiteSpace(form.Detail))
        {
            reason += ": " + form.Detail.Trim();
        }
        return ledger.PostAndSave(prisoner.Id, prisoner.EstablishmentId, VisitingOrderEntryType.ManualAdjustment, change, reason,
            b => b.Balance + change < 0
                ? $"{prisoner.FullName} has {VisitingOrderRules.Orders(b.Balance)}. You cannot remove more than that"
                : change > 0 && b.Balance + change > VisitingOrderRules.MaxAccumulatedBalance
                    ? $"{prisoner.FullName} has {VisitingOrderRules.Orders(b.Balance)}. A balance cannot go above {VisitingOrderRules.MaxAccumulatedBalance}"
                    : null);
    }
}
