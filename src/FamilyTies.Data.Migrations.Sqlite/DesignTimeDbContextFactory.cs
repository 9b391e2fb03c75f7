using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FamilyTies.Data.Migrations.Sqlite;

/// <summary>Used by dotnet-ef to build the model for this provider's migrations. It never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FamilyTiesDbContext>
{
    public FamilyTiesDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FamilyTiesDbContext>();
        builder.UseFamilyTiesDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new FamilyTiesDbContext(builder.Options, new SystemUser(), TimeProvider.System);
    }
}
