using FamilyTies.Data;
using FamilyTies.Domain.Common;
using FamilyTies.Domain.SaferCustody;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Areas.SaferCustody.Cases;

public sealed record CaseRow(int Id, SafetyCaseKind Kind, string Reference, DateOnly OpenedOn, int PrisonerId, string PrisonerName, string PrisonNumber,
    string Location, InvolvementStatus Involvement, ActOnThis? ActOnThis);

/// <summary>Open ACCT and CSIP cases with where family involvement stands, and which need acting on.</summary>
public sealed class OpenCasesHandler(FamilyTiesDbContext db, TimeProvider clock)
{
    /// <summary>Two queries: the open cases with their prisoners, then their entries.</summary>
    public async Task<IReadOnlyList<CaseRow>> Handle()
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var cases = await db.SafetyCases.AsNoTracking().Where(c => c.ClosedOn == null)
            .Select(c => new { c.Id, c.Kind, c.Reference, c.OpenedOn, c.PrisonerId, c.Prisoner!.FirstName, c.Prisoner.LastName, c.Prisoner.PrisonNumber, c.Prisoner.Location })
            .ToListAsync();
        var ids = cases.Select(c => c.Id).ToList();
        var entries = (await db.FamilyInvolvementEntries.AsNoTracking().Where(e => ids.Contains(e.SafetyCaseId)).ToListAsync()).ToLookup(e => e.SafetyCaseId);
        return cases.Select(c =>
            {
                var status = InvolvementStatus.From(entries[c.Id]);
                return new CaseRow(c.Id, c.Kind, c.Reference, c.OpenedOn, c.PrisonerId, $"{c.LastName}, {c.FirstName}", c.PrisonNumber, c.Location,
                    status, FamilyInvolvementRule.Check(status, today));
            })
            .OrderBy(c => c.PrisonerName).ThenBy(c => c.Kind)
            .ToList();
    }
}
