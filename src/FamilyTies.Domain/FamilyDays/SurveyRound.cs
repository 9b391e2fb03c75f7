using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

public enum SurveyAudience { Visitors, Prisoners }

/// <summary>A survey round: who was asked, when, how many answered, and the questions with the share answering positively.</summary>
public class SurveyRound : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public SurveyAudience Audience { get; set; }
    public DateOnly Date { get; set; }
    public int Responses { get; set; }
    public string Title { get; set; } = "";
    public List<SurveyQuestion> Questions { get; set; } = [];
}
