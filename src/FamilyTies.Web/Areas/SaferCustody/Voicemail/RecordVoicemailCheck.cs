using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.SaferCustody;
using FamilyTies.Web.Areas.SaferCustody.Shared;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Areas.SaferCustody.Voicemail;

/// <summary>"I have checked the voicemail": one click, with how many messages were found.</summary>
public sealed class RecordVoicemailCheckForm
{
    /// <summary>No default: a form sent without the field is refused, not recorded as "no messages" (the page shows 0).</summary>
    [Display(Name = "Messages found")] public int? MessagesFound { get; set; }
}

public sealed class RecordVoicemailCheckValidator : AbstractValidator<RecordVoicemailCheckForm>
{
    public RecordVoicemailCheckValidator() =>
        RuleFor(f => f.MessagesFound).NotNull().WithMessage("Enter how many messages were found, or 0")
            .InclusiveBetween(0, 50).WithMessage("Messages found must be between 0 and 50");
}

public sealed class RecordVoicemailCheckHandler(FamilyTiesDbContext db, TimeProvider clock, ILogger<RecordVoicemailCheckHandler> logger)
{
    public async Task<VoicemailCheck> Handle(RecordVoicemailCheckForm form)
    {
        var check = new VoicemailCheck { CheckedAt = clock.GetUtcNow(), MessagesFound = form.MessagesFound!.Value };
        db.VoicemailChecks.Add(check);
        await db.SaveChangesAsync();
        logger.LogInformation("Voicemail check {CheckId} recorded with {Messages} messages", check.Id, check.MessagesFound);
        return check;
    }
}

public sealed record VoicemailCheckRow(int Id, DateTimeOffset CheckedAt, string CheckedBy, int MessagesFound, int MessagesLogged)
{
    public int StillToLog => Math.Max(0, MessagesFound - MessagesLogged);
}

public sealed record VoicemailModel(VoicemailStatus Status, LineHours Hours, IReadOnlyList<VoicemailCheckRow> Checks, DateTimeOffset Now, RecordVoicemailCheckForm Form);

/// <summary>The voicemail's status against the establishment's interval and line hours, and the recent checks.</summary>
public sealed class VoicemailStatusHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<VoicemailStatus> Status()
    {
        var establishment = await ContactRows.CurrentEstablishmentAsync(db);
        var last = await db.VoicemailChecks.OrderByDescending(v => v.CheckedAt).Select(v => (DateTimeOffset?)v.CheckedAt).FirstOrDefaultAsync();
        return VoicemailGaps.Check(last, clock.GetUtcNow(), LineHours.From(establishment), establishment.VoicemailCheckIntervalMinutes);
    }

    /// <summary>Messages found in checks that have not yet each become a contact.</summary>
    public async Task<int> MessagesStillToLog()
    {
        var checks = await Recent(200);
        return checks.Sum(c => c.StillToLog);
    }

    public async Task<IReadOnlyList<VoicemailCheckRow>> Recent(int count)
    {
        var checks = await db.VoicemailChecks.OrderByDescending(v => v.CheckedAt).Take(count)
            .Select(v => new { v.Id, v.CheckedAt, v.CreatedBy, v.MessagesFound }).ToListAsync();
        var ids = checks.Select(c => c.Id).ToList();
        var logged = await db.SaferCustodyContacts.Where(c => c.VoicemailCheckId != null && ids.Contains(c.VoicemailCheckId.Value))
            .GroupBy(c => c.VoicemailCheckId).Select(g => new { Id = g.Key!.Value, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count);
        var names = await StaffNames.LoadAsync(db, checks.Select(c => c.CreatedBy));
        return checks.Select(c => new VoicemailCheckRow(c.Id, c.CheckedAt, StaffNames.Of(names, c.CreatedBy), c.MessagesFound,
            logged.TryGetValue(c.Id, out var n) ? n : 0)).ToList();
    }

    public async Task<VoicemailModel> Page(RecordVoicemailCheckForm form)
    {
        var establishment = await ContactRows.CurrentEstablishmentAsync(db);
        return new VoicemailModel(await Status(), LineHours.From(establishment), await Recent(50), clock.GetUtcNow(), form);
    }
}
