using System.ComponentModel.DataAnnotations;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Contacts;

/// <summary>A prisoner–contact link: relationship, next of kin, and (security only) visitor and child-contact approval.</summary>
public sealed class LinkForm
{
    public int? ContactId { get; set; }
    [Display(Name = "Relationship to the prisoner")] public string? Relationship { get; set; }
    [Display(Name = "Relationship in their words (optional)")] public string? RelationshipDetail { get; set; }
    [Display(Name = "Next of kin")] public bool NextOfKin { get; set; }
    [Display(Name = "Still a contact")] public bool Active { get; set; } = true;
    [Display(Name = "Approved to visit this prisoner")] public bool ApprovedVisitor { get; set; }
    [Display(Name = "Public protection has approved this child's contact")] public bool ChildContactApproved { get; set; }

    public static LinkForm From(PrisonerContact l) => new()
    {
        ContactId = l.ContactId, Relationship = l.Relationship.ToString(), RelationshipDetail = l.RelationshipDetail,
        NextOfKin = l.NextOfKin, Active = l.Active, ApprovedVisitor = l.ApprovedVisitor, ChildContactApproved = l.ChildContactApproved,
    };
}

public sealed class LinkFormValidator : AbstractValidator<LinkForm>
{
    public LinkFormValidator()
    {
        RuleFor(f => f.Relationship).Must(r => Enum.TryParse<Relationship>(r, out _) && !int.TryParse(r, out _))
            .WithMessage("Select the relationship to the prisoner");
        RuleFor(f => f.RelationshipDetail).MaximumLength(100).WithMessage("Relationship in their words must be 100 characters or fewer");
    }
}

public sealed class EditLinkHandler(FamilyTiesDbContext db, FamilyTies.Data.Visits.VisitReviews reviews)
{
    /// <summary>Links an existing contact (visible here) to a prisoner; refuses a second link to the same person.</summary>
    public async Task<(PrisonerContact? Link, Dictionary<string, string> Errors)> Create(Prisoner prisoner, Contact contact, LinkForm form)
    {
        if (await db.PrisonerContacts.AnyAsync(l => l.PrisonerId == prisoner.Id && l.ContactId == contact.Id))
        {
            return (null, new() { [nameof(form.Relationship)] = $"{contact.FullName} is already a contact of {prisoner.FullName}" });
        }
        var link = new PrisonerContact { Prisoner = prisoner, Contact = contact };
        Apply(link, form, canApprove: false);
        db.PrisonerContacts.Add(link);
        await db.SaveChangesAsync();
        return (link, []);
    }

    /// <summary>Only security may change approvals; for anyone else they stay as they were.</summary>
    public async Task Update(PrisonerContact link, LinkForm form, bool canApprove)
    {
        var wasApproved = link.ApprovedVisitor;
        Apply(link, form, canApprove);
        if (wasApproved && !link.ApprovedVisitor)
        {
            await reviews.VisitorNoLongerApproved(link.PrisonerId, link.ContactId);
        }
        await db.SaveChangesAsync();
    }

    private static void Apply(PrisonerContact link, LinkForm form, bool canApprove)
    {
        link.Relationship = Enum.Parse<Relationship>(form.Relationship!);
        link.RelationshipDetail = form.RelationshipDetail?.Trim() ?? "";
        link.NextOfKin = form.NextOfKin;
        link.Active = form.Active;
        if (canApprove)
        {
            link.ApprovedVisitor = form.ApprovedVisitor && form.Active;
            link.ChildContactApproved = form.ChildContactApproved;
        }
        else if (!form.Active)
        {
            link.ApprovedVisitor = false;
        }
    }
}
