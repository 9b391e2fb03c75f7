using FamilyTies.Data.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext on the configured provider. SQLite's default file lives under the app's data folder
    /// (App_Data), created on first start.
    /// </summary>
    public static IServiceCollection AddFamilyTiesData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = DatabaseOptions.ParseProvider(configuration["Database:Provider"]);
        var connectionString = configuration.GetConnectionString("FamilyTies");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.SqlServer)
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:FamilyTies is empty.");
            }
            var dataFolder = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "familyties.db")}";
        }

        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<Visits.VisitingOrderLedger>();
        services.AddScoped<Booking.BookingEngine>();
        services.AddScoped<Visits.VisitReviews>();
        services.AddScoped<Visits.VisitingOrderAllocation>();
        services.AddDbContext<FamilyTiesDbContext>((sp, options) => options
            .UseFamilyTiesDatabase(provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        return services;
    }
}
