using FamilyTies.Data;
using FamilyTies.Domain.Visits;

namespace FamilyTies.Web.Areas.Visits.Blocks;

/// <summary>
/// Unblocks: the block is marked removed, never deleted, so the history shows it. Visits it put on the needs-review
/// list stay there until staff keep or cancel them.
/// </summary>
public sealed class RemoveBlockHandler(FamilyTiesDbContext db)
{
    public async Task Handle(BlockedDate block)
    {
        block.Removed = true;
        await db.SaveChangesAsync();
    }
}
