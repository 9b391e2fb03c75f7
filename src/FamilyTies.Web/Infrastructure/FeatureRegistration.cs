using FluentValidation;

namespace FamilyTies.Web.Infrastructure;

public static class FeatureRegistration
{
    private static readonly string[] Suffixes = ["Handler", "Loader", "Finder", "Bookable"];

    /// <summary>
    /// Registers every feature handler (a class named *Handler, the *Loader and *Finder queries handlers share, and each
    /// *Bookable the booking engine books) and every FluentValidation validator in this assembly, so a new user action
    /// needs no wiring beyond its own file.
    /// </summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        var types = typeof(FeatureRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in types)
        {
            if (Suffixes.Any(s => type.Name.EndsWith(s, StringComparison.Ordinal)) && type.Namespace?.StartsWith("FamilyTies.Web.", StringComparison.Ordinal) == true)
            {
                services.AddScoped(type);
            }
            foreach (var validator in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddScoped(validator, type);
            }
        }
        return services;
    }
}
