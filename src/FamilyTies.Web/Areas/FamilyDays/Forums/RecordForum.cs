using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.FamilyDays;
using FamilyTies.Web.Infrastructure;
using FluentValidation;

namespace FamilyTies.Web.Areas.FamilyDays.Forums;

public sealed class ForumForm
{
    [Display(Name = "Date"), DateRange(DateKind.CaseReview)] public DateOnly? Date { get; set; }
    [Display(Name = "Format")] public string? Format { get; set; }
    [Display(Name = "Chaired by")] public string? ChairedBy { get; set; }
    [Display(Name = "Families who came")] public int? FamiliesAttended { get; set; }
    [Display(Name = "Prisoners who came")] public int? PrisonersAttended { get; set; }
    [Display(Name = "Topics raised")] public string? Topics { get; set; }
}

public sealed class ForumFormValidator : AbstractValidator<ForumForm>
{
    public ForumFormValidator()
    {
        RuleFor(f => f.Date).NotNull().WithMessage("Enter the date of the forum");
        RuleFor(f => f.Format).Must(FormChoices.IsOneOf<ForumFormat>).WithMessage("Select in person or online");
        RuleFor(f => f.ChairedBy).NotEmpty().WithMessage("Enter who chaired the forum").MaximumLength(120).WithMessage("Chaired by must be 120 characters or fewer");
        RuleFor(f => f.FamiliesAttended).NotNull().WithMessage("Enter how many families came")
            .InclusiveBetween(0, 1000).WithMessage("Families who came must be between 0 and 1000");
        RuleFor(f => f.PrisonersAttended).NotNull().WithMessage("Enter how many prisoners came")
            .InclusiveBetween(0, 1000).WithMessage("Prisoners who came must be between 0 and 1000");
        RuleFor(f => f.Topics).NotEmpty().WithMessage("Enter the topics raised").MaximumLength(2000).WithMessage("Topics must be 2000 characters or fewer");
    }
}

public sealed class RecordForumHandler(FamilyTiesDbContext db)
{
    public async Task<int?> Handle(ForumForm form)
    {
        var forum = new Forum
        {
            Date = form.Date!.Value, Format = Enum.Parse<ForumFormat>(form.Format!), ChairedBy = form.ChairedBy!.Trim(),
            FamiliesAttended = form.FamiliesAttended!.Value, PrisonersAttended = form.PrisonersAttended!.Value, Topics = form.Topics!.Trim(),
        };
        db.Forums.Add(forum);
        await db.SaveChangesAsync();
        return forum.Id;
    }
}
