using FamilyTies.Data.Visits;
using FamilyTies.Domain.Visits;
using FamilyTies.Web.Features.Prisoners;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Features.VisitingOrders;

/// <summary>
/// A prisoner's visiting-order ledger: the profile tab everyone in the establishment may read, and the changes only a
/// visits manager may make. Each change is one ledger entry, saved once.
/// </summary>
[Authorize(Policy = Policies.People)]
[Route("prisoners/{prisonerId:int}/visiting-orders")]
public sealed class VisitingOrdersController(VisitingOrderHistoryHandler history) : Controller
{
    public const string TabKey = "visiting-orders";

    [HttpGet("")]
    public async Task<IActionResult> Index(int prisonerId, [FromServices] PrisonerProfileHandler profiles, int page = 1)
    {
        var profile = await profiles.Handle(prisonerId, TabKey);
        if (profile is null)
        {
            return NotFound();
        }
        ViewData["VisitingOrders"] = await history.Handle(profile.Prisoner, page, await this.Allowed(Policies.VisitsManage));
        return View("/Features/Prisoners/Profile.cshtml", profile);
    }

    [HttpGet("adjust")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Adjust(int prisonerId) => Page(prisonerId, new AdjustBalanceForm());

    [HttpPost("adjust")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Adjust(int prisonerId, AdjustBalanceForm form, [FromServices] IValidator<AdjustBalanceForm> validator,
        [FromServices] AdjustBalanceHandler handler) =>
        Submit(prisonerId, form, validator, handler.Handle, nameof(form.Number),
            e => $"{VisitingOrderRules.Orders(Math.Abs(e.Change))} {(e.Change > 0 ? "added" : "removed")}");

    [HttpGet("accumulate")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Accumulate(int prisonerId) => Page(prisonerId, new AccumulateOrdersForm());

    [HttpPost("accumulate")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Accumulate(int prisonerId, AccumulateOrdersForm form, [FromServices] IValidator<AccumulateOrdersForm> validator,
        [FromServices] AccumulateOrdersHandler handler) =>
        Submit(prisonerId, form, validator, handler.Handle, nameof(form.Number), e => $"{VisitingOrderRules.Orders(e.Change)} accumulated");

    [HttpGet("exchange")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Exchange(int prisonerId) => Page(prisonerId, new ExchangeOrderForm());

    [HttpPost("exchange")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Exchange(int prisonerId, ExchangeOrderForm form, [FromServices] IValidator<ExchangeOrderForm> validator,
        [FromServices] ExchangeOrderHandler handler) =>
        Submit(prisonerId, form, validator, handler.Handle, "", e => $"1 visiting order {VisitingOrderRules.Describe(e.Type).ToLowerInvariant()}");

    [HttpGet("substitute")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Substitute(int prisonerId) => Page(prisonerId, new SubstituteOrderForm());

    [HttpPost("substitute")]
    [Authorize(Policy = Policies.VisitsManage)]
    public Task<IActionResult> Substitute(int prisonerId, SubstituteOrderForm form, [FromServices] IValidator<SubstituteOrderForm> validator,
        [FromServices] SubstituteOrderHandler handler) =>
        Submit(prisonerId, form, validator, handler.Handle, "",
            e => $"Substitution recorded: {VisitingOrderRules.Orders(Math.Abs(e.Change))} {(e.Change > 0 ? "added" : "taken")}");

    private async Task<IActionResult> Page<TForm>(int prisonerId, TForm form)
    {
        var subject = await history.Subject(prisonerId);
        if (subject is null)
        {
            return NotFound();
        }
        ViewData["Subject"] = subject;
        return View(form);
    }

    /// <summary>Validate, post the entry, then Post/Redirect/Get; a refusal (a rule, or a lost race) re-shows the form with the reason.</summary>
    private async Task<IActionResult> Submit<TForm>(int prisonerId, TForm form, IValidator<TForm> validator,
        Func<VisitingOrderSubject, TForm, Task<LedgerPosting>> handle, string refusalField, Func<VisitingOrderEntry, string> success)
    {
        var subject = await history.Subject(prisonerId);
        if (subject is null)
        {
            return NotFound();
        }
        if (await validator.ValidateInto(form, ModelState))
        {
            var posting = await handle(subject, form);
            if (posting.Entry is { } entry)
            {
                TempData["Success"] = $"{success(entry)}. {subject.Prisoner.FullName} now has {VisitingOrderRules.Orders(entry.BalanceAfter)}";
                return Redirect($"/prisoners/{prisonerId}/visiting-orders");
            }
            ModelState.AddModelError(refusalField, posting.Refusal!);
            subject = subject with { Balance = posting.Balance ?? subject.Balance };
        }
        ViewData["Subject"] = subject;
        return View(form);
    }
}
