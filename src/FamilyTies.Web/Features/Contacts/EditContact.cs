using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FamilyTies.Data;
using FamilyTies.Domain.People;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using FamilyTies.Web.Infrastructure;

namespace FamilyTies.Web.Features.Contacts;

public class ContactForm
{
    [Display(Name = "First name")] public string? FirstName { get; set; }
    [Display(Name = "Last name")] public string? LastName { get; set; }
    [Display(Name = "Date of birth"), DateRange(DateKind.DateOfBirth)] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "Address line 1")] public string? AddressLine1 { get; set; }
    [Display(Name = "Address line 2")] public string? AddressLine2 { get; set; }
    [Display(Name = "Town or city")] public string? Town { get; set; }
    [Display(Name = "Postcode")] public string? Postcode { get; set; }
    [Display(Name = "Phone number")] public string? Phone { get; set; }
    [Display(Name = "Email address")] public string? Email { get; set; }
    [Display(Name = "Language")] public string? Language { get; set; }
    [Display(Name = "Accessibility needs")] public string? AccessibilityNeeds { get; set; }
    [Display(Name = "Country they live in")] public string? Country { get; set; }
    [Display(Name = "Their time zone")] public string? TimeZone { get; set; }

    public static T From<T>(Contact c) where T : ContactForm, new() => new()
    {
        FirstName = c.FirstName, LastName = c.LastName, DateOfBirth = c.DateOfBirth, AddressLine1 = c.AddressLine1,
        AddressLine2 = c.AddressLine2, Town = c.Town, Postcode = c.Postcode, Phone = PhoneNumber.Display(c.Phone),
        Email = c.Email, Language = c.Language, AccessibilityNeeds = c.AccessibilityNeeds, Country = c.Country, TimeZone = c.TimeZone,
    };

    public void ApplyTo(Contact c)
    {
        c.FirstName = FirstName!.Trim();
        c.LastName = LastName!.Trim();
        c.DateOfBirth = DateOfBirth;
        c.AddressLine1 = AddressLine1?.Trim() ?? "";
        c.AddressLine2 = AddressLine2?.Trim() ?? "";
        c.Town = Town?.Trim() ?? "";
        c.Postcode = ContactFormRules.NormalisePostcode(Postcode);
        c.Phone = PhoneNumber.Normalise(Phone) ?? "";
        c.Email = Email?.Trim() ?? "";
        c.Language = Language?.Trim() ?? "";
        c.AccessibilityNeeds = AccessibilityNeeds?.Trim() ?? "";
        c.Country = Country?.Trim() ?? "";
        c.TimeZone = FamilyTies.Domain.ForeignNationals.CallingHours.Zone(TimeZone)?.Id ?? "";
    }
}

public static partial class ContactFormRules
{
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex UkPostcode();

    public static string NormalisePostcode(string? postcode)
    {
        var p = (postcode ?? "").Trim().ToUpperInvariant().Replace(" ", "");
        return p.Length > 3 ? p[..^3] + " " + p[^3..] : p;
    }

    public static bool IsPostcode(string? postcode) => UkPostcode().IsMatch(NormalisePostcode(postcode));

    public static void AddContactRules<T>(AbstractValidator<T> v, DateOnly today) where T : ContactForm
    {
        v.RuleFor(f => f.FirstName).NotEmpty().WithMessage("Enter the first name").MaximumLength(100).WithMessage("First name must be 100 characters or fewer");
        v.RuleFor(f => f.LastName).NotEmpty().WithMessage("Enter the last name").MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");
        v.RuleFor(f => f.DateOfBirth).NotNull().WithMessage("Enter the date of birth")
            .LessThanOrEqualTo(today).WithMessage("Date of birth must be today or in the past")
            .Must(d => d is null || Age.On(d.Value, today) <= 120).WithMessage("Date of birth must be within the last 120 years");
        v.RuleFor(f => f.AddressLine1).MaximumLength(150).WithMessage("Address line 1 must be 150 characters or fewer");
        v.RuleFor(f => f.AddressLine2).MaximumLength(150).WithMessage("Address line 2 must be 150 characters or fewer");
        v.RuleFor(f => f.Town).MaximumLength(100).WithMessage("Town or city must be 100 characters or fewer");
        v.RuleFor(f => f.Postcode).Must(IsPostcode).When(f => !string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage("Enter a real UK postcode, like PR26 8LW, or leave it blank for an address abroad");
        v.RuleFor(f => f.Phone).Must(p => PhoneNumber.Normalise(p) is not null).When(f => !string.IsNullOrWhiteSpace(f.Phone))
            .WithMessage("Enter a phone number, like 0161 496 0000, or an international number with its country code, like +48 22 123 4567");
        v.RuleFor(f => f.Email).EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .When(f => !string.IsNullOrWhiteSpace(f.Email));
        v.RuleFor(f => f.Language).MaximumLength(100).WithMessage("Language must be 100 characters or fewer");
        v.RuleFor(f => f.AccessibilityNeeds).MaximumLength(500).WithMessage("Accessibility needs must be 500 characters or fewer");
        // A family abroad (issue 10 §4): the video call slot list shows their local time and flags their night.
        v.RuleFor(f => f.Country).MaximumLength(100).WithMessage("Country must be 100 characters or fewer");
        v.RuleFor(f => f.TimeZone).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.Country))
            .WithMessage("Enter the time zone they live in, so video call times can be shown in their local time");
        v.RuleFor(f => f.TimeZone).Must(z => FamilyTies.Domain.ForeignNationals.CallingHours.Zone(z) is not null).When(f => !string.IsNullOrWhiteSpace(f.TimeZone))
            .WithMessage("Enter the time zone as a region and city, for example Europe/Warsaw, Africa/Lagos or Asia/Ho_Chi_Minh");
        v.RuleFor(f => f.Country).NotEmpty().When(f => !string.IsNullOrWhiteSpace(f.TimeZone))
            .WithMessage("Enter the country they live in, or leave the time zone blank if they live in the UK");
    }
}

/// <summary>A new contact, optionally linked to a prisoner at once.</summary>
public sealed class CreateContactForm : ContactForm
{
    public int? PrisonerId { get; set; }
    [Display(Name = "Relationship to the prisoner")] public string? Relationship { get; set; }
    [Display(Name = "Relationship in their words (optional)")] public string? RelationshipDetail { get; set; }
    [Display(Name = "Next of kin")] public bool NextOfKin { get; set; }
    /// <summary>Set when the user has seen the likely matches and still wants a new contact.</summary>
    public bool ConfirmedNew { get; set; }
}

public sealed class CreateContactValidator : AbstractValidator<CreateContactForm>
{
    public CreateContactValidator(TimeProvider clock)
    {
        ContactFormRules.AddContactRules(this, Infrastructure.ControllerExtensions.Today(clock));
        RuleFor(f => f.Relationship).Must(r => Enum.TryParse<Relationship>(r, out _) && !int.TryParse(r, out _))
            .When(f => f.PrisonerId is not null).WithMessage("Select the relationship to the prisoner");
        RuleFor(f => f.RelationshipDetail).MaximumLength(100).WithMessage("Relationship in their words must be 100 characters or fewer");
    }
}

public sealed class EditContactForm : ContactForm;

public sealed class EditContactValidator : AbstractValidator<EditContactForm>
{
    public EditContactValidator(TimeProvider clock) => ContactFormRules.AddContactRules(this, Infrastructure.ControllerExtensions.Today(clock));
}

public sealed class CreateContactHandler(FamilyTiesDbContext db, ICurrentUser currentUser)
{
    /// <summary>Contacts visible here with the same name and date of birth: probably the same person.</summary>
    public async Task<List<Contact>> LikelyMatches(ContactForm form)
    {
        var first = form.FirstName!.Trim().ToLower();
        var last = form.LastName!.Trim().ToLower();
        return await db.Contacts.AsNoTracking()
            .Where(c => c.FirstName.ToLower() == first && c.LastName.ToLower() == last && c.DateOfBirth == form.DateOfBirth)
            .OrderBy(c => c.Id)
            .ToListAsync();
    }

    /// <summary>Creates the contact and its link in one transaction.</summary>
    public async Task<Contact> Handle(CreateContactForm form, Prisoner? prisoner)
    {
        var contact = new Contact { CreatedInEstablishmentId = currentUser.EstablishmentId!.Value };
        form.ApplyTo(contact);
        db.Contacts.Add(contact);
        if (prisoner is not null)
        {
            db.PrisonerContacts.Add(new PrisonerContact
            {
                Prisoner = prisoner,
                Contact = contact,
                Relationship = Enum.Parse<Relationship>(form.Relationship!),
                RelationshipDetail = form.RelationshipDetail?.Trim() ?? "",
                NextOfKin = form.NextOfKin,
            });
        }
        await db.SaveChangesAsync();
        return contact;
    }
}
