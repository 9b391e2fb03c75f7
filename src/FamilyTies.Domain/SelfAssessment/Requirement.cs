using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.SelfAssessment;

/// <summary>
/// One requirement of the national self-assessment framework (not establishment-owned: the national team keeps it).
/// Each names the heading of the source it comes from and the measures that evidence it.
/// </summary>
public class Requirement : AuditedEntity
{
    /// <summary>Its place in the framework, 1 to 48.</summary>
    public int Number { get; set; }
    public string Theme { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>The source heading: a strategy's section or the inspectorate's concern or paragraph.</summary>
    public string Source { get; set; } = "";
    public List<RequirementEvidence> Evidence { get; set; } = [];
}

/// <summary>A measure (by key, docs/measures.md) that evidences a requirement, with the figures that support each score.</summary>
public class RequirementEvidence
{
    public int Id { get; set; }
    public int RequirementId { get; set; }
    public string MeasureKey { get; set; } = "";
    /// <summary>The figure at or beyond which the evidence supports "mostly met" (beyond: above when higher is better).</summary>
    public decimal MostlyMet { get; set; }
    /// <summary>The figure at or beyond which the evidence supports "fully met".</summary>
    public decimal FullyMet { get; set; }
}
