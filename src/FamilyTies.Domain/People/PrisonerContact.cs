using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.People;

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
