using System.ComponentModel.DataAnnotations;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People.RollImport;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Features.RollImport;

public sealed class UploadRollForm
{
    public const int MaxFileBytes = 5 * 1024 * 1024;
    public const string MaxFileText = "5 MB";
    /// <summary>Room above the file limit so that a file a little too large reaches the validator and gets a clear message.</summary>
    public const int MaxRequestBytes = 4 * MaxFileBytes;

    [Display(Name = "Upload the roll")]
    public IFormFile? File { get; set; }

    [Display(Name = "This file is the full roll: mark active prisoners who are not in it as left the establishment")]
    public bool FullRoll { get; set; }

    /// <summary>Shown under the error summary when lines of the file have problems.</summary>
    [BindNever]
    public IReadOnlyList<RollProblem> RowProblems { get; set; } = [];

    [BindNever]
    public string? FileName { get; set; }
}

public sealed class UploadRollValidator : AbstractValidator<UploadRollForm>
{
    /// <summary>What browsers send for a .csv file: Excel on Windows makes it application/vnd.ms-excel.</summary>
    private static readonly HashSet<string> CsvContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "text/csv", "text/plain", "application/csv", "text/comma-separated-values", "text/x-csv",
        "application/vnd.ms-excel", "application/octet-stream",
    };

    public const string TooLarge = $"The selected file must be smaller than {UploadRollForm.MaxFileText}";

    public UploadRollValidator()
    {
        RuleFor(f => f.File).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Select a CSV file of the roll")
            .Must(f => f!.Length > 0).WithMessage("The selected file is empty")
            .Must(f => f!.Length <= UploadRollForm.MaxFileBytes).WithMessage(TooLarge)
            .Must(f => string.Equals(Path.GetExtension(f!.FileName), ".csv", StringComparison.OrdinalIgnoreCase)
                       && CsvContentTypes.Contains(f.ContentType?.Split(';')[0].Trim() ?? ""))
            .WithMessage(RollCsvFile.NotCsv);
    }
}

public abstract record UploadRollOutcome
{
    public sealed record Invalid(IReadOnlyList<string> FileProblems, IReadOnlyList<RollProblem> RowProblems) : UploadRollOutcome;
    public sealed record Imported(ApplyRollResult Result) : UploadRollOutcome;
    public sealed record NeedsConfirmation(RollImportCounts Counts, string Token) : UploadRollOutcome;
}

/// <summary>
/// Reads and validates the upload. A bad file or any bad line imports nothing. A valid file is imported at once, or,
/// in full-roll mode, previewed and handed to the confirmation step in a protected token.
/// </summary>
public sealed class UploadRollHandler(
    ApplyRollHandler apply, IDataProtectionProvider protection, TimeProvider clock, ILogger<UploadRollHandler> logger)
{
    public async Task<UploadRollOutcome> Handle(UploadRollForm form, int establishmentId, string userId)
    {
        byte[] content;
        await using (var stream = form.File!.OpenReadStream())
        {
            using var buffer = new MemoryStream((int)form.File.Length);
            await stream.CopyToAsync(buffer);
            content = buffer.ToArray();
        }

        var file = RollCsvFile.Read(content, LondonTime.Today(clock));
        if (!file.IsValid)
        {
            logger.LogInformation("Roll import refused for establishment {EstablishmentId}: {FileProblems} file problems, {RowProblems} line problems",
                establishmentId, file.FileProblems.Count, file.RowProblems.Count);
            return new UploadRollOutcome.Invalid(file.FileProblems, file.RowProblems);
        }
        if (!form.FullRoll)
        {
            return new UploadRollOutcome.Imported(await apply.Apply(file.Entries, fullRoll: false));
        }
        var counts = await apply.Preview(file.Entries, fullRoll: true);
        var token = PendingFullRoll.Protect(protection, new PendingFullRoll(establishmentId, userId, counts.Left, content), clock);
        return new UploadRollOutcome.NeedsConfirmation(counts, token);
    }
}
