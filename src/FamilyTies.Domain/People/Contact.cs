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

public static class Age
{
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        if (date < dateOfBirth.AddYears(age))
        {
            age--;
        }
        return age;
    }
}

/// <summary>Relationships as families describe them; no assumption of a traditional family.</summary>
public enum Relationship
{
    Wife, Husband, Partner, ExPartner, Mother, Father, StepParent, FosterCarer, Son, Daughter, StepChild, Grandchild,
    Brother, Sister, Grandparent, Aunt, Uncle, Cousin, NieceOrNephew, Friend, Carer, Guardian, OtherRelative, Other,
}

/// <summary>A contact linked to a prisoner: the relationship and whether they are an approved visitor.</summary>
public class PrisonerContact : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    public int PrisonerId { get; set; }
    public Prisoner? Prisoner { get; set; }
    public int ContactId { get; set; }
    public Contact? Contact { get; set; }
    public Relationship Relationship { get; set; }
    public string RelationshipDetail { get; set; } = "";
    public bool NextOfKin { get; set; }
    /// <summary>Approved by security to visit this prisoner.</summary>
    public bool ApprovedVisitor { get; set; }
    /// <summary>Public protection has approved this child's contact with a prisoner under a child-contact restriction.</summary>
    public bool ChildContactApproved { get; set; }
    public bool Active { get; set; } = true;

    int? IAuditSubject.AuditPrisonerId => PrisonerId;
    int? IAuditSubject.AuditContactId => ContactId;

    public static string Describe(Relationship relationship) => relationship switch
    {
        Relationship.ExPartner => "Ex-partner",
        Relationship.StepParent => "Step-parent",
        Relationship.FosterCarer => "Foster carer",
        Relationship.StepChild => "Step-child",
        Relationship.NieceOrNephew => "Niece or nephew",
        Relationship.OtherRelative => "Other relative",
        _ => relationship.ToString(),
    };
}
