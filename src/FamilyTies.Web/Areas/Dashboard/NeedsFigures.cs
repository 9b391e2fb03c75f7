using FamilyTies.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.Dashboard;

/// <summary>The needs data of the family lead's dashboard (HMIP: most prisons keep none), for one establishment or many.</summary>
public sealed record NeedsFigures(int EstablishmentId, int Active, int WithChildren, int ChildrenUnknown, int CareExperienced,
    int ForeignNationals, int FarFromHome, int DistanceUnknown)
{
    public const int FarFromHomeMiles = 50;

    /// <summary>One grouped query: no N+1 however many establishments.</summary>
    public static Task<List<NeedsFigures>> ByEstablishmentAsync(IQueryable<Prisoner> prisoners) =>
        prisoners.Where(p => p.Status == PrisonerStatus.Active)
            .GroupBy(p => p.EstablishmentId)
            .Select(g => new NeedsFigures(
                g.Key,
                g.Count(),
                g.Count(p => p.ChildrenUnder18 > 0),
                g.Count(p => p.ChildrenUnder18 == null),
                g.Count(p => p.CareExperienced),
                g.Count(p => p.Nationality != "" && p.Nationality != "British"),
                g.Count(p => p.DistanceFromHomeMiles > FarFromHomeMiles),
                g.Count(p => p.DistanceFromHomeMiles == null)))
            .ToListAsync();
}
