using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FamilyTies.Data;
using FamilyTies.Data.Concurrency;
using FamilyTies.Domain.ForeignNationals;
using FamilyTies.Domain.People;
using FamilyTies.Web.Areas.CareExperienced.Register;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.ForeignNationals.Records;

/// <summary>What every foreign-national form shows above itself; the rule that records are for foreign nationals.</summary>
public abstract class ForeignNationalForm
{
    [BindNever] public string Title { get; set; } = "";

    /// <summary>The refusal when the prisoner is not a foreign national under the one rule, or null.</summary>
    public static string? NotForeign(Prisoner prisoner) => ForeignNationalRule.Classify(prisoner.Nationality) switch
    {
        NationalityStatus.ForeignNational => null,
        NationalityStatus.NotRecorded => $"{prisoner.FullName}'s nationality is not recorded. Record it on their profile first",
        _ => $"This is for foreign nationals. {prisoner.FullName}'s nationality is recorded as {prisoner.Nationality}",
    };
}

public sealed class FamilyAbroadForm : ForeignNationalForm
{
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Relationship to the prisoner")] public string? Relationship { get; set; }
    [Display(Name = "Country")] public string? Country { get; set; }
    [Display(Name = "Time zone")] public string? TimeZone { get; set; }
}

public sealed class FamilyAbroadValidator : AbstractValidator<FamilyAbroadForm>
{
    public FamilyAbroadValidator()
    {
        this.Text(f => f.Name, "the name", 100, required: true);
        this.Text(f => f.Relationship, "the relationship", 50, required: true);
        this.Text(f => f.Country, "the country", 100, required: true);
        RuleFor(f => f.TimeZone).NotEmpty().WithMessage("Enter the time zone")
            .Must(z => string.IsNullOrWhiteSpace(z) || CallingHours.Zone(z) is not null)
            .WithMessage("Enter the time zone as a region and city, like Europe/Warsaw or Asia/Ho_Chi_Minh");
    }
}

public sealed class FamilyAbroadHandler(FamilyTiesDbContext db, ILogger<FamilyAbroadHandler> logger)
{
    public async Task<int?> Handle(Prisoner prisoner, FamilyAbroadForm form)
    {
        var family = new FamilyAbroad
        {
            PrisonerId = prisoner.Id, Name = form.Name!.Trim(), Relationship = form.Relationship!.Trim(), Country = form.Country!.Trim(),
            TimeZone = CallingHours.Zone(form.TimeZone)!.Id,
        };
        db.FamilyAbroad.Add(family);
        await db.SaveChangesAsync();
        logger.LogInformation("Family abroad {FamilyAbroadId} recorded for prisoner {PrisonerId}", family.Id, prisoner.Id);
        return family.Id;
    }
}

public sealed class NightCallForm : ForeignNationalForm
{
    [Display(Name = "Date requested"), DateRange(DateKind.RecentPast)] public string? RequestedOn { get; set; }
    [Display(Name = "Requested by")] public string? RequestedBy { get; set; }
    [Display(Name = "Why is a call outside phone hours needed?")] public string? Reason { get; set; }

    public static string Describe(NightCallDecision d) => d switch
    {
        NightCallDecision.Requested => "Requested, not decided yet",
        NightCallDecision.Granted => "Granted",
        _ => "Refused",
    };
}

public sealed class NightCallValidator : AbstractValidator<NightCallForm>
{
    public NightCallValidator(TimeProvider clock)
    {
        this.DateNotFuture(f => f.RequestedOn, "it was requested", clock);
        this.Text(f => f.RequestedBy, "who asked for it", 100, required: true);
        this.Text(f => f.Reason, "why the call is needed", 500, required: true);
    }
}

/// <summary>Records a night-call override request, waiting for a decision (<see cref="DecideNightCallHandler"/>).</summary>
public sealed class NightCallHandler(FamilyTiesDbContext db, ILogger<NightCallHandler> logger)
{
    public async Task<int?> Handle(FamilyAbroad family, NightCallForm form)
    {
        var request = new NightCallOverride
        {
            FamilyAbroadId = family.Id, RequestedOn = LondonTimeRules.ParseDate(form.RequestedOn), RequestedBy = form.RequestedBy!.Trim(),
            Reason = form.Reason!.Trim(), Decision = NightCallDecision.Requested,
        };
        db.NightCallOverrides.Add(request);
        await db.SaveChangesAsync();
        logger.LogInformation("Night-call override {OverrideId} requested for family abroad {FamilyAbroadId}", request.Id, family.Id);
        return request.Id;
    }
}

public enum NightCallChoice { Granted, Refused }

/// <summary>Granting or refusing a night-call override request; the signed-in member of staff decides, today.</summary>
public sealed class DecideNightCallForm : ForeignNationalForm
{
    [Display(Name = "Decision")] public string? Decision { get; set; }
    [Display(Name = "Why is it refused?")] public string? RefusalReason { get; set; }
    /// <summary>The request being decided, for the page (never bound).</summary>
    [BindNever] public NightCallOverride? Request { get; set; }
    [BindNever] public string DecidedByName { get; set; } = "";

    public static string Describe(NightCallChoice c) => c == NightCallChoice.Granted ? "Grant: the prisoner may call outside phone hours" : "Refuse";
}

public sealed class DecideNightCallValidator : AbstractValidator<DecideNightCallForm>
{
    public DecideNightCallValidator()
    {
        RuleFor(f => f.Decision).Must(FormChoices.IsOneOf<NightCallChoice>).WithMessage("Select whether the request is granted or refused");
        RuleFor(f => f.RefusalReason).NotEmpty().When(f => f.Decision == nameof(NightCallChoice.Refused)).WithMessage("Enter why the request is refused");
        RuleFor(f => f.RefusalReason).MaximumLength(500).WithMessage("Why it is refused must be 500 characters or fewer");
    }
}

/// <summary>
/// Decides a request once: re-read inside a contended write, so a request decided meanwhile (another tab, another
/// member of staff) is refused with a message instead of being decided twice (the <c>Version</c> token catches a race).
/// </summary>
public sealed class DecideNightCallHandler(FamilyTiesDbContext db, ILogger<DecideNightCallHandler> logger)
{
    /// <returns>The refusal, or null when decided.</returns>
    public async Task<string?> Handle(int overrideId, DecideNightCallForm form)
    {
        var decision = Enum.Parse<NightCallDecision>(form.Decision!);
        var result = await ContendedWrite.RunAsync(db, async (_, ct) =>
        {
            var request = await db.NightCallOverrides.SingleAsync(n => n.Id == overrideId, ct);
            var refusal = request.Decide(decision, form.RefusalReason, db.CurrentUser.UserId, FamilyTies.Domain.Common.LondonTime.Today(db.Clock));
            if (refusal is null)
            {
                await db.SaveChangesAsync(ct);
            }
            return refusal;
        }, logger: logger);
        if (!result.Completed)
        {
            return "The decision could not be saved because the database is busy. Try again";
        }
        if (result.Value is null)
        {
            logger.LogInformation("Night-call override {OverrideId} {Decision}", overrideId, decision);
        }
        return result.Value;
    }
}

public sealed class CreditForm : ForeignNationalForm
{
    [Display(Name = "Granted or used?")] public string? Kind { get; set; }
    [Display(Name = "Date"), DateRange(DateKind.RecentPast)] public string? OccurredOn { get; set; }
    [Display(Name = "Amount (£)")] public string? Amount { get; set; }
    [Display(Name = "Reason (optional)")] public string? Reason { get; set; }

    public static bool TryAmount(string? text, out decimal amount) =>
        decimal.TryParse((text ?? "").Trim().TrimStart('£'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
}

public sealed class CreditValidator : AbstractValidator<CreditForm>
{
    public CreditValidator(TimeProvider clock)
    {
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<CreditEntryKind>).WithMessage("Select whether credit was granted or used");
        this.DateNotFuture(f => f.OccurredOn, "of the credit", clock);
        RuleFor(f => f.Amount).NotEmpty().WithMessage("Enter the amount")
            .Must(a => string.IsNullOrWhiteSpace(a) || CreditForm.TryAmount(a, out var v) && v > 0 && v <= 100 && decimal.Round(v, 2) == v)
            .WithMessage("Enter the amount in pounds and pence, between £0.01 and £100, like 5.00");
        this.Text(f => f.Reason, "the reason", 200);
    }
}

public sealed class CreditHandler(FamilyTiesDbContext db, ILogger<CreditHandler> logger)
{
    public async Task<int?> Handle(Prisoner prisoner, CreditForm form)
    {
        CreditForm.TryAmount(form.Amount, out var amount);
        var credit = new InternationalCredit
        {
            PrisonerId = prisoner.Id, Kind = Enum.Parse<CreditEntryKind>(form.Kind!), OccurredOn = LondonTimeRules.ParseDate(form.OccurredOn),
            Amount = amount, Reason = form.Reason?.Trim() ?? "",
        };
        db.InternationalCredits.Add(credit);
        await db.SaveChangesAsync();
        logger.LogInformation("International credit {CreditId} ({Kind}) recorded for prisoner {PrisonerId}", credit.Id, credit.Kind, prisoner.Id);
        return credit.Id;
    }
}

public sealed class OfficialContactForm : ForeignNationalForm
{
    [Display(Name = "What was it?")] public string? Kind { get; set; }
    [Display(Name = "Date"), DateRange(DateKind.RecentPast)] public string? OccurredOn { get; set; }
    [Display(Name = "Details")] public string? Detail { get; set; }
    [Display(Name = "Language (optional)")] public string? Language { get; set; }

    public static string Describe(OfficialContactKind k) => k switch
    {
        OfficialContactKind.ConsulateNotified => "Embassy or consulate notified",
        OfficialContactKind.HomeOfficeSurgery => "Home Office surgery",
        OfficialContactKind.BorderForceSurgery => "Border Force surgery",
        _ => "Translated material given",
    };
}

public sealed class OfficialContactValidator : AbstractValidator<OfficialContactForm>
{
    public OfficialContactValidator(TimeProvider clock)
    {
        RuleFor(f => f.Kind).Must(FormChoices.IsOneOf<OfficialContactKind>).WithMessage("Select what the contact was");
        this.DateNotFuture(f => f.OccurredOn, "of the contact", clock);
        this.Text(f => f.Detail, "the details (the consulate, who attended, or which material)", 200, required: true);
        this.Text(f => f.Language, "the language", 50);
        RuleFor(f => f.Language).NotEmpty().WithMessage("Enter the language of the translated material")
            .When(f => f.Kind == nameof(OfficialContactKind.TranslatedMaterial));
    }
}

public sealed class OfficialContactHandler(FamilyTiesDbContext db, ILogger<OfficialContactHandler> logger)
{
    public async Task<int?> Handle(Prisoner prisoner, OfficialContactForm form)
    {
        var contact = new OfficialContact
        {
            PrisonerId = prisoner.Id, Kind = Enum.Parse<OfficialContactKind>(form.Kind!), OccurredOn = LondonTimeRules.ParseDate(form.OccurredOn),
            Detail = form.Detail!.Trim(), Language = form.Language?.Trim() ?? "",
        };
        db.OfficialContacts.Add(contact);
        await db.SaveChangesAsync();
        logger.LogInformation("Official contact {OfficialContactId} ({Kind}) recorded for prisoner {PrisonerId}", contact.Id, contact.Kind, prisoner.Id);
        return contact.Id;
    }
}

public sealed class InterpreterForm : ForeignNationalForm
{
    [Display(Name = "For a visit or a call?")] public string? For { get; set; }
    [Display(Name = "Language")] public string? Language { get; set; }
    [Display(Name = "Date of the visit or call"), DateRange(DateKind.CaseReview)] public string? NeededOn { get; set; }
    [Display(Name = "Was the request met?")] public string? Outcome { get; set; }

    public static string Describe(InterpreterOutcome o) => o switch
    {
        InterpreterOutcome.Pending => "Not known yet",
        InterpreterOutcome.Met => "Met",
        _ => "Not met",
    };
}

public sealed class InterpreterValidator : AbstractValidator<InterpreterForm>
{
    public InterpreterValidator()
    {
        RuleFor(f => f.For).Must(FormChoices.IsOneOf<InterpreterFor>).WithMessage("Select whether the interpreter is for a visit or a call");
        this.Text(f => f.Language, "the language", 50, required: true);
        RuleFor(f => f.NeededOn).NotEmpty().WithMessage("Enter the date of the visit or call")
            .Must(d => string.IsNullOrWhiteSpace(d) || FamilyTies.Domain.Common.LondonTime.TryParseDate(d, out _)).WithMessage("Enter the date of the visit or call as a real date, like 23/11/2026");
        RuleFor(f => f.Outcome).Must(FormChoices.IsOneOf<InterpreterOutcome>).WithMessage("Select whether the request was met");
    }
}

public sealed class InterpreterHandler(FamilyTiesDbContext db, ILogger<InterpreterHandler> logger)
{
    public async Task<int?> Handle(Prisoner prisoner, InterpreterForm form)
    {
        var request = new InterpreterRequest
        {
            PrisonerId = prisoner.Id, For = Enum.Parse<InterpreterFor>(form.For!), Language = form.Language!.Trim(),
            NeededOn = LondonTimeRules.ParseDate(form.NeededOn), Outcome = Enum.Parse<InterpreterOutcome>(form.Outcome!),
        };
        db.InterpreterRequests.Add(request);
        await db.SaveChangesAsync();
        logger.LogInformation("Interpreter request {RequestId} recorded for prisoner {PrisonerId}", request.Id, prisoner.Id);
        return request.Id;
    }
}
