using FamilyTies.Domain.Establishments;
using FamilyTies.Domain.People;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Data.Generation;

/// <summary>
/// What <see cref="HistoryGenerator"/> is given for one establishment: its rows that already exist (sessions, families,
/// video sessions) and how much history to write, from <see cref="GenerationSize"/>. The demo loader and the bench fill
/// it from their own establishments; the generator decides nothing about who they are.
/// </summary>
public sealed record HistoryPlan
{
    public required Establishment Establishment { get; init; }

    /// <summary>The generator's seed: the same seed and plan give the same rows.</summary>
    public required int Seed { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required GenerationSize Size { get; init; }

    /// <summary>The visits timetable the history's visits are booked on.</summary>
    public required IReadOnlyList<SessionTemplate> Sessions { get; init; }

    /// <summary>Prisoners whose families book visits and video calls.</summary>
    public required IReadOnlyList<GeneratedFamily> Families { get; init; }

    /// <summary>
    /// The restrictions the history's visits respect (a banned visitor does not come while banned, a prisoner on
    /// closed visits has them in a closed session or not at all): <see cref="RestrictionGenerator"/>'s, or the demo's curated ones.
    /// </summary>
    public IReadOnlyList<Restriction> Restrictions { get; init; } = [];

    /// <summary>Non-associations: the two prisoners are never booked into the same session while it is in force.</summary>
    public IReadOnlyList<NonAssociation> NonAssociations { get; init; } = [];

    /// <summary>Prisoners who get no visits: support offered to them every few months (issue 13's no-visits support).</summary>
    public IReadOnlyList<int> NoVisits { get; init; } = [];

    /// <summary>Prisoners the safer custody contacts and ACCT cases are about.</summary>
    public required IReadOnlyList<int> SaferCustodyPrisoners { get; init; }

    public IReadOnlyList<GeneratedVideoSession> VideoSessions { get; init; } = [];

    /// <summary>Prisoners whose families have video calls (the visiting <see cref="Families"/> when not given).</summary>
    public IReadOnlyList<GeneratedFamily>? VideoFamilies { get; init; }

    /// <summary>Video calls booked a month at this establishment.</summary>
    public int VideoCallsPerMonth { get; init; }

    public DateOnly Today => Domain.Common.LondonTime.DateOf(Now);

    /// <summary>The first day of the history (<see cref="GenerationSize.First"/>).</summary>
    public DateOnly First => Size.First(Today);
}
