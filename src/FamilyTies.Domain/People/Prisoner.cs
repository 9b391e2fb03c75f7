using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.People;

public enum IncentiveLevel { Basic, Standard, Enhanced }

public enum LegalStatus { Remand, Convicted }

/// <summary>Stored as text, so a new value needs no migration. Left is set by a full-roll import (docs/roll-import.md).</summary>
public enum PrisonerStatus { Active, Released, Transferred, Left }

public static class PrisonerStatusText
{
    public static string Display(this PrisonerStatus status) => status switch
    {
        PrisonerStatus.Left => "Left the establishment",
        _ => status.ToString(),
    };
}

/// <summary>A person in custody at one establishment (SPEC.md "People").</summary>
public class Prisoner : AuditedEntity, IEstablishmentOwned, IAuditSubject
{
    public int EstablishmentId { get; set; }
    /// <summary>NOMIS number, format A1234BC.</summary>
    public string PrisonNumber { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly DateOfBirth { get; set; }
    public string Location { get; set; } = "";
    public IncentiveLevel IncentiveLevel { get; set; } = IncentiveLevel.Standard;
    public string Category { get; set; } = "";
    public LegalStatus LegalStatus { get; set; } = LegalStatus.Convicted;
    public DateOnly? ReceptionDate { get; set; }
    public DateOnly? EarliestReleaseDate { get; set; }
    public PrisonerStatus Status { get; set; } = PrisonerStatus.Active;
    public string Nationality { get; set; } = "";
    public string Languages { get; set; } = "";
    public bool InterpreterNeeded { get; set; }
    public bool CareExperienced { get; set; }
    /// <summary>Children under 18; null when not known.</summary>
    public int? ChildrenUnder18 { get; set; }
    public string HomeArea { get; set; } = "";
    public int? DistanceFromHomeMiles { get; set; }
    public string KeyWorker { get; set; } = "";
    public string PrisonOffenderManager { get; set; } = "";
    /// <summary>The date of the prisoner's last proven adjudication, if any (family day eligibility).</summary>
    public DateOnly? LastProvenAdjudication { get; set; }

    public List<PrisonerContact> Contacts { get; set; } = [];

    int? IAuditSubject.AuditPrisonerId => Id;
    int? IAuditSubject.AuditContactId => null;

    public string FullName => $"{FirstName} {LastName}";
    public string SortName => $"{LastName}, {FirstName}";
}
