using FamilyTies.Domain.Common;

namespace FamilyTies.Domain.FamilyDays;

public enum ForumFormat { InPerson, Online }

/// <summary>A family forum: who came, what was raised, and the "you said, we did" actions.</summary>
public class Forum : AuditedEntity, IEstablishmentOwned
{
    public int EstablishmentId { get; set; }
    public DateOnly Date { get; set; }
    public ForumFormat Format { get; set; }
    public string ChairedBy { get; set; } = "";
    public int FamiliesAttended { get; set; }
    public int PrisonersAttended { get; set; }
    public string Topics { get; set; } = "";
    public List<ForumAction> Actions { get; set; } = [];

    /// <summary>The next forum is due this many months after the last (the establishment's longest interval).</summary>
    public static DateOnly NextDue(DateOnly? last, int intervalMonths, DateOnly today) => last?.AddMonths(intervalMonths) ?? today;
}
