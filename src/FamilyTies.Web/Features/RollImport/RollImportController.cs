using System.Security.Claims;
using System.Text.Json;
using FamilyTies.Domain.People.RollImport;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FamilyTies.Web.Features.RollImport;

/// <summary>Upload the establishment's roll as CSV (docs/roll-import.md).</summary>
[Authorize(Policy = Policies.RollImport)]
[Route("prisoners/import")]
public sealed class RollImportController : Controller
{
    public sealed record ImportSummary(RollImportCounts Counts, bool FullRoll);

    private const string SummaryKey = "RollImportSummary";

    [HttpGet("")]
    public IActionResult Upload() => View(new UploadRollForm());

    [HttpPost("")]
    [RefuseOversizedUpload]
    [RequestSizeLimit(UploadRollForm.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRollForm.MaxRequestBytes)]
    public async Task<IActionResult> Upload(UploadRollForm form, [FromServices] IValidator<UploadRollForm> validator, [FromServices] UploadRollHandler handler)
    {
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        var outcome = await handler.Handle(form, User.EstablishmentId()!.Value, UserId);
        return outcome switch
        {
            UploadRollOutcome.Invalid invalid => ShowProblems(form, invalid.FileProblems, invalid.RowProblems),
            UploadRollOutcome.Imported imported => Finished(imported.Result, form),
            UploadRollOutcome.NeedsConfirmation confirm => View("Confirm", new ConfirmFullRollForm { Token = confirm.Token, Counts = confirm.Counts }),
            _ => throw new InvalidOperationException(outcome.GetType().Name),
        };
    }

    [HttpPost("confirm")]
    [RequestSizeLimit(UploadRollForm.MaxRequestBytes)]
    [RequestFormLimits(ValueLengthLimit = UploadRollForm.MaxRequestBytes)]
    public async Task<IActionResult> Confirm(ConfirmFullRollForm form, [FromServices] ConfirmFullRollHandler handler)
    {
        var retry = new UploadRollForm { FullRoll = true };
        var outcome = await handler.Handle(form, User.EstablishmentId()!.Value, UserId);
        switch (outcome)
        {
            case ConfirmFullRollOutcome.Expired:
                ModelState.AddModelError(nameof(UploadRollForm.File), "The upload has expired, so nothing has been imported. Upload the file again");
                return View(nameof(Upload), retry);
            case ConfirmFullRollOutcome.Invalid invalid:
                return ShowProblems(retry, invalid.FileProblems, invalid.RowProblems);
            case ConfirmFullRollOutcome.Changed changed:
                return View(new ConfirmFullRollForm { Token = changed.Token, Counts = changed.Counts, ChangedSinceChecked = true });
            case ConfirmFullRollOutcome.Done done:
                return Finished(done.Result, retry);
            default:
                throw new InvalidOperationException(outcome.GetType().Name);
        }
    }

    [HttpGet("result")]
    public IActionResult Result() =>
        TempData[SummaryKey] is string json && JsonSerializer.Deserialize<ImportSummary>(json) is { } summary
            ? View(summary)
            : RedirectToAction(nameof(Upload));

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private ViewResult ShowProblems(UploadRollForm form, IReadOnlyList<string> fileProblems, IReadOnlyList<RollProblem> rowProblems)
    {
        form.FileName = form.File?.FileName;
        form.RowProblems = rowProblems;
        if (fileProblems.Count > 0)
        {
            ModelState.AddModelError(nameof(form.File), string.Join(". ", fileProblems));
        }
        else
        {
            var lines = rowProblems.Select(p => p.Line).Distinct().Count();
            ModelState.AddModelError(nameof(form.File),
                $"{(lines == 1 ? "1 line" : $"{lines} lines")} of the file {(lines == 1 ? "has" : "have")} problems, so nothing has been imported. Correct {(lines == 1 ? "it" : "them")} and upload the file again");
        }
        return View(nameof(Upload), form);
    }

    private IActionResult Finished(ApplyRollResult result, UploadRollForm form)
    {
        if (result.Status != ApplyRollStatus.Applied)
        {
            ModelState.AddModelError(nameof(form.File),
                "Someone changed these prisoners while the file was being imported, so nothing has been imported. Upload the file again");
            return View(nameof(Upload), form);
        }
        TempData[SummaryKey] = JsonSerializer.Serialize(new ImportSummary(result.Counts, form.FullRoll));
        return RedirectToAction(nameof(Result));
    }
}

/// <summary>
/// Answers an upload far over the limit with the upload page's own message, before anything reads the body: the
/// framework's form limits would otherwise end it with a bare 400. Runs after [Authorize] and before antiforgery
/// (which reads the form).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => 500;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength is not > UploadRollForm.MaxRequestBytes || context.Result is not null)
        {
            return;
        }
        var modelState = new ModelStateDictionary();
        modelState.AddModelError(nameof(UploadRollForm.File), UploadRollValidator.TooLarge);
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        context.Result = new ViewResult
        {
            ViewName = "Upload",
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary<UploadRollForm>(metadata, modelState) { Model = new UploadRollForm() },
        };
    }
}
