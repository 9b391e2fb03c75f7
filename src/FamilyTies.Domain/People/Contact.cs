using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.People;

/// <summary>
/// A family member, significant other or visitor. Not owned by one establishment: it is seen in an establishment
/// through its links to that establishment's prisoners (or, before any link, by the establishment that created it).
/// </summary>
public class Contact : AuditedEntity, IAuditSubject
{
    public int CreatedInEstablishmentId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public string AddressLine1 { get; set; } = "";
    public string AddressLine2 { get; set; } = "";
    public string Town { get; set; } = "";
    public string Postcode { get; set; } = "";
    /// <summary>E.164, e.g. +447700900123; empty when none.</summary>
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string Language { get; set; } = "";
    public string AccessibilityNeeds { get; set; } = "";
    /// <summary>For family overseas (issue 10): the country and IANA time zone ("Asia/Manila") they live in.</summary>
    public string Country { get; set; } = "";
    public string TimeZone { get; set; } = "";
    public List<PrisonerContact> Links { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}";
    public string SortName => $"{LastName}, {FirstName}";

    int? IAuditSubject.AuditPrisonerId => null;
    int? IAuditSubject.AuditContactId => Id;

    /// <summary>Age in whole years on a date; null when the date of birth is not known.</summary>
    public int? AgeOn(DateOnly date) => DateOfBirth is { } dob ? People.Age.On(dob, date) : null;

    /// <summary>A child unless known to be at least the adult age (a visitor of unknown age is treated as an adult only once known).</summary>
    public bool IsChildOn(DateOnly date, int adultAge) => AgeOn(date) is { } age && age < adultAge;
}
