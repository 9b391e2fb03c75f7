using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.People;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Contacts;

/// <summary>A new contact, quick enough to fill in while the caller is still on the line.</summary>
public sealed class LogContactForm
{
    [Display(Name = "Date received"), DateRange(DateKind.RecentPast)] public string? ReceivedDate { get; set; }
    [Display(Name = "Time received")] public string? ReceivedTime { get; set; }
    [Display(Name = "How did the contact come in?")] public string? Channel { get; set; }

    [Display(Name = "Caller's name")] public string? CallerName { get; set; }
    [Display(Name = "Relationship to the prisoner")] public string? CallerRelationship { get; set; }
    [Display(Name = "Caller's phone number")] public string? CallerPhone { get; set; }
    [Display(Name = "Does the caller want a call back?")] public bool? CallerWantsCallback { get; set; }

    [Display(Name = "Prison number (if known)")] public string? PrisonNumber { get; set; }
    [Display(Name = "Prisoner's name as the caller gave it")] public string? PrisonerNameGiven { get; set; }

    [Display(Name = "What is the concern about?")] public List<string> Categories { get; set; } = [];
    [Display(Name = "Is there an imminent risk to the prisoner or to others?")] public bool? ImminentRisk { get; set; }

    [Display(Name = "Escalated to")] public string? EscalatedTo { get; set; }
    [Display(Name = "Name of the person it was escalated to (optional)")] public string? EscalatedToName { get; set; }
    [Display(Name = "Date escalated"), DateRange(DateKind.RecentPast)] public string? EscalatedDate { get; set; }
    [Display(Name = "Time escalated")] public string? EscalatedTime { get; set; }

    [Display(Name = "What the caller said")] public string? CallerSaid { get; set; }

    public int? VoicemailCheckId { get; set; }

    public static LogContactForm Blank(DateTimeOffset now, int? voicemailCheckId) => new()
    {
        ReceivedDate = LondonTime.DateInput(now),
        ReceivedTime = LondonTime.TimeInput(now),
        Channel = voicemailCheckId is null ? null : nameof(ContactChannel.Voicemail),
        VoicemailCheckId = voicemailCheckId,
    };
}

public sealed class LogContactValidator : AbstractValidator<LogContactForm>
{
    /// <summary>UK or international numbers: digits, spaces, brackets and dashes, optionally starting with +.</summary>
    public const string Phone = @"^\+?[0-9][0-9 ()-]{5,28}$";

    public LogContactValidator(TimeProvider clock, FamilyTiesDbContext db)
    {
        this.InstantInPast(f => f.ReceivedDate, f => f.ReceivedTime, "received", clock);
        RuleFor(f => f.Channel).Must(FormChoices.IsOneOf<ContactChannel>).WithMessage("Select how the contact came in");

        RuleFor(f => f.CallerName).MaximumLength(150).WithMessage("Caller's name must be 150 characters or fewer");
        RuleFor(f => f.CallerRelationship).MaximumLength(100).WithMessage("Relationship must be 100 characters or fewer");
        RuleFor(f => f.CallerPhone).NotEmpty().WithMessage("Enter the caller's phone number so they can be called back")
            .When(f => f.CallerWantsCallback == true);
        RuleFor(f => f.CallerPhone).Matches(Phone).WithMessage("Enter the phone number using digits only, like 01772 442000 or +48 22 123 4567")
            .When(f => !string.IsNullOrWhiteSpace(f.CallerPhone));
        RuleFor(f => f.CallerWantsCallback).NotNull().WithMessage("Select yes if the caller wants a call back");

        RuleFor(f => f.PrisonNumber)
            .Must(n => PrisonNumber.IsValid(n)).WithMessage("Enter the prison number in the format A1234BC")
            .MustAsync(async (n, ct) => await db.Prisoners.AnyAsync(p => p.PrisonNumber == PrisonNumber.Normalise(n), ct))
            .WithMessage("No prisoner with that number is held here. Leave it blank and give the name the caller used")
            .When(f => !string.IsNullOrWhiteSpace(f.PrisonNumber));
        RuleFor(f => f.PrisonerNameGiven).MaximumLength(150).WithMessage("Prisoner's name must be 150 characters or fewer");

        RuleFor(f => f.Categories).NotEmpty().WithMessage("Select what the concern is about")
            .Must(c => c.All(FormChoices.IsOneOf<ConcernCategory>)).WithMessage("Select concerns from the list");
        RuleFor(f => f.ImminentRisk).NotNull().WithMessage("Select yes if there is an imminent risk to the prisoner or to others");

        // An imminent risk is escalated at once; the contact cannot be saved until that is recorded.
        RuleFor(f => f.EscalatedTo).Must(FormChoices.IsOneOf<EscalatedTo>)
            .WithMessage("Select who the imminent risk was escalated to: the duty governor or the orderly officer")
            .When(f => f.ImminentRisk == true);
        RuleFor(f => f.EscalatedToName).MaximumLength(150).WithMessage("Name must be 150 characters or fewer");
        this.InstantInPast(f => f.EscalatedDate, f => f.EscalatedTime, "the risk was escalated", clock, f => f.ImminentRisk == true);
        RuleFor(f => f.EscalatedTime)
            .Must((f, _) => LondonTimeRules.ToInstant(f.EscalatedDate, f.EscalatedTime) >= LondonTimeRules.ToInstant(f.ReceivedDate, f.ReceivedTime))
            .WithMessage("The time the risk was escalated must be after the contact was received")
            .When(f => f.ImminentRisk == true && Parses(f.EscalatedDate, f.EscalatedTime) && Parses(f.ReceivedDate, f.ReceivedTime));

        RuleFor(f => f.CallerSaid).NotEmpty().WithMessage("Enter what the caller said")
            .MaximumLength(10000).WithMessage("What the caller said must be 10,000 characters or fewer");
    }

    private static bool Parses(string? date, string? time) => LondonTime.TryParseDate(date, out _) && LondonTime.TryParseTime(time, out _);
}

public sealed class LogContactHandler(FamilyTiesDbContext db, ILogger<LogContactHandler> logger)
{
    /// <returns>The new contact's id, or null when the voicemail check named is not one of ours.</returns>
    public async Task<int?> Handle(LogContactForm form)
    {
        if (form.VoicemailCheckId is { } checkId && !await db.VoicemailChecks.AnyAsync(v => v.Id == checkId))
        {
            return null;
        }
        var number = PrisonNumber.Normalise(form.PrisonNumber);
        var prisonerId = number.Length == 0 ? null : await db.Prisoners.Where(p => p.PrisonNumber == number).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        var imminent = form.ImminentRisk == true;
        var contact = new SaferCustodyContact
        {
            ReceivedAt = LondonTimeRules.ToInstant(form.ReceivedDate, form.ReceivedTime),
            Channel = Enum.Parse<ContactChannel>(form.Channel!),
            CallerName = form.CallerName?.Trim() ?? "",
            CallerRelationship = form.CallerRelationship?.Trim() ?? "",
            CallerPhone = form.CallerPhone?.Trim() ?? "",
            CallerWantsCallback = form.CallerWantsCallback == true,
            PrisonerId = prisonerId,
            PrisonerNameGiven = form.PrisonerNameGiven?.Trim() ?? "",
            Categories = form.Categories.Distinct().Select(Enum.Parse<ConcernCategory>).Aggregate(ConcernCategory.None, (all, c) => all | c),
            ImminentRisk = imminent,
            EscalatedTo = imminent ? Enum.Parse<EscalatedTo>(form.EscalatedTo!) : null,
            EscalatedToName = imminent ? form.EscalatedToName?.Trim() ?? "" : "",
            EscalatedAt = imminent ? LondonTimeRules.ToInstant(form.EscalatedDate, form.EscalatedTime) : null,
            CallerSaid = form.CallerSaid!.Trim(),
            VoicemailCheckId = form.VoicemailCheckId,
        };

        // Within the form's own transaction when there is one (FormSubmissions.Once), else its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        db.SaferCustodyContacts.Add(contact);
        await db.SaveChangesAsync();
        if (imminent)
        {
            SaferCustodyAudit.Add(db, nameof(SaferCustodyContact), contact.Id, "Escalated",
                SaferCustodyAudit.Hidden(nameof(contact.EscalatedTo), nameof(contact.EscalatedAt), nameof(contact.EscalatedToName)));
            await db.SaveChangesAsync();
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
        logger.LogInformation("Safer custody contact {ContactId} logged (imminent risk: {ImminentRisk})", contact.Id, imminent);
        return contact.Id;
    }
}
