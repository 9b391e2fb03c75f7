namespace FamilyTies.Data.Identity;

/// <summary>
/// The data half of migration RolesPerEstablishmentAndSessions, for both providers: every establishment role an
/// account held (as an Identity role, so at every establishment) becomes that role at each establishment the account
/// belongs to, and leaves the account. Account roles (NationalViewer) stay where they are. Role names are written out
/// here, not read from <see cref="FamilyTies.Domain.Roles"/>, so the migration means the same thing forever.
/// If the migrations are regenerated, call <see cref="Up"/> and <see cref="Down"/> from the new migration again.
/// </summary>
public static class RolesPerEstablishmentSql
{
    private const string EstablishmentRoles =
        "'VisitsStaff', 'VisitsManager', 'Security', 'SaferCustody', 'FamilyServices', 'FamilyLead', 'EstablishmentAdmin'";

    public static string Up(bool sqlServer)
    {
        var role = sqlServer ? "[Role]" : "\"Role\"";
        return $"""
            INSERT INTO StaffEstablishmentRoles (UserId, EstablishmentId, {role})
            SELECT DISTINCT se.UserId, se.EstablishmentId, r.Name
            FROM StaffEstablishments se
            INNER JOIN AspNetUserRoles ur ON ur.UserId = se.UserId
            INNER JOIN AspNetRoles r ON r.Id = ur.RoleId
            WHERE r.Name IN ({EstablishmentRoles});

            DELETE FROM AspNetUserRoles
            WHERE RoleId IN (SELECT Id FROM AspNetRoles WHERE Name IN ({EstablishmentRoles}));
            """;
    }

    /// <summary>Back to account-wide roles: the account gets every role it held at any establishment.</summary>
    public static string Down(bool sqlServer)
    {
        var role = sqlServer ? "[Role]" : "\"Role\"";
        var newId = sqlServer ? "LOWER(CONVERT(nvarchar(36), NEWID()))" : "lower(hex(randomblob(16)))";
        return $"""
            INSERT INTO AspNetRoles (Id, Name, NormalizedName, ConcurrencyStamp)
            SELECT {newId}, x.{role}, UPPER(x.{role}), {newId}
            FROM (SELECT DISTINCT {role} FROM StaffEstablishmentRoles) x
            WHERE NOT EXISTS (SELECT 1 FROM AspNetRoles r WHERE r.Name = x.{role});

            INSERT INTO AspNetUserRoles (UserId, RoleId)
            SELECT DISTINCT ser.UserId, r.Id
            FROM StaffEstablishmentRoles ser
            INNER JOIN AspNetRoles r ON r.Name = ser.{role}
            WHERE NOT EXISTS (SELECT 1 FROM AspNetUserRoles ur WHERE ur.UserId = ser.UserId AND ur.RoleId = r.Id);
            """;
    }
}
