using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.FamilyDays.Applications;

public sealed class GuestAttendance
{
    public int Id { get; set; }
    public bool Attended { get; set; }
    public string? BookTitle { get; set; }
}

public sealed class RecordDayForm
{
    [Display(Name = "The prisoner came")] public bool PrisonerAttended { get; set; }
    public List<GuestAttendance> Guests { get; set; } = [];
    [Display(Name = "Feedback (optional)")] public string? Feedback { get; set; }
}

public sealed class RecordDayFormValidator : AbstractValidator<RecordDayForm>
{
    public RecordDayFormValidator()
    {
        RuleFor(f => f.Guests).Must(g => g.Count <= 30).WithMessage("Record 30 family members or fewer");
        RuleForEach(f => f.Guests).ChildRules(g => g.RuleFor(x => x.BookTitle).MaximumLength(200).WithMessage("Book title must be 200 characters or fewer"));
        RuleFor(f => f.Feedback).MaximumLength(2000).WithMessage("Feedback must be 2000 characters or fewer");
    }
}

/// <summary>After the day: who came (the prisoner and each family member), the books given to children, and the family's feedback.</summary>
public sealed class RecordDayHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    public async Task<ChangeResult> Handle(int id, RecordDayForm form)
    {
        var application = await db.FamilyDayApplications.Include(a => a.FamilyDay).Include(a => a.Guests).ThenInclude(g => g.Contact)
            .SingleAsync(a => a.Id == id);
        if (application.Status != ApplicationStatus.Approved)
        {
            return new(null, "Attendance can be recorded only for an approved application");
        }
        if (application.FamilyDay!.Date > clock.Today())
        {
            return new(null, "Attendance can be recorded on or after the day");
        }
        if (form.Guests.Any(g => application.Guests.All(x => x.Id != g.Id)) || application.Guests.Any(x => form.Guests.All(g => g.Id != x.Id)))
        {
            return new(null, "Record whether each invited family member came, and no one else");
        }
        foreach (var guest in application.Guests)
        {
            var row = form.Guests.FirstOrDefault(g => g.Id == guest.Id);
            guest.Attended = row?.Attended ?? false;
            var book = row?.BookTitle?.Trim() ?? "";
            if (book != "" && !guest.Child)
            {
                return new(null, $"Books are recorded for children only: {guest.Contact!.FullName} is not a child");
            }
            guest.BookTitle = guest.Attended == true ? book : "";
        }
        application.PrisonerAttended = form.PrisonerAttended;
        application.Feedback = form.Feedback?.Trim() ?? "";
        var came = application.Guests.Count(g => g.Attended == true);
        var books = application.Guests.Count(g => g.BookTitle != "");
        ApplicationEvents.Add(db, application, ApplicationEventType.AttendanceRecorded,
            $"Attendance recorded: prisoner {(form.PrisonerAttended ? "came" : "did not come")}, {came} of {application.Guests.Count} family members came, {books} book{(books == 1 ? "" : "s")} given");
        await db.SaveChangesAsync();
        return new(application, null);
    }
}
