using System.ComponentModel.DataAnnotations;
using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FluentValidation;

namespace FamilyTies.Web.Features.VisitingOrders;

public sealed class ExchangeOrderForm
{
    [Display(Name = "Exchange 1 visiting order for")] public string? ExchangeFor { get; set; }
    [Display(Name = "Details (optional)")] public string? Detail { get; set; }
}

public sealed class ExchangeOrderValidator : AbstractValidator<ExchangeOrderForm>
{
    public ExchangeOrderValidator()
    {
        RuleFor(f => f.ExchangeFor).Must(e => e is "PhoneCredit" or "Letter").WithMessage("Select what the visiting order is exchanged for");
        RuleFor(f => f.Detail).MaximumLength(400).WithMessage("Details must be 400 characters or fewer");
    }
}

/// <summary>A prisoner gives up one visiting order for phone credit or a letter. Refused when they have none.</summary>
public sealed class ExchangeOrderHandler(VisitingOrderLedger ledger)
{
    public Task<LedgerPosting> Handle(VisitingOrderSubject subject, ExchangeOrderForm form)
    {
        var prisoner = subject.Prisoner;
        var type = form.ExchangeFor == "Letter" ? VisitingOrderEntryType.ExchangedForLetter : VisitingOrderEntryType.ExchangedForPhoneCredit;
        return ledger.PostAndSave(prisoner.Id, prisoner.EstablishmentId, type, -1, form.Detail?.Trim() ?? "",
            b => b.Balance < 1 ? $"{prisoner.FullName} has no visiting orders to exchange" : null);
    }
}
