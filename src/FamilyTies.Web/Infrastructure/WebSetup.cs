using FamilyTies.Data;
using FamilyTies.Data.Identity;
using FamilyTies.Web.Features.Account;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Serilog;

namespace FamilyTies.Web.Infrastructure;

public static class WebSetup
{
    public static IServiceCollection AddFamilyTiesWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var contentRoot = environment.ContentRootPath;
        // Cookies are Secure always, except that `dotnet run` in Development over http://localhost may use them
        // unencrypted (docs/decisions/0003-cookies-and-https.md). Over HTTPS they are Secure there too.
        var cookieSecurity = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddSingleton(TimeProvider.System);
        // Sign-in cookies survive a restart: keys live in the data folder unless DataProtection:KeysPath says otherwise.
        services.AddDataProtection()
            .SetApplicationName("FamilyTies")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"]
                ?? Path.Combine(contentRoot, "App_Data", "keys")));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<StaffSessions>();

        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<FamilyTiesDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        // A change of roles or establishments by an admin reaches a signed-in user within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "FamilyTies.SignIn";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(9);
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.ReturnUrlParameter = "returnUrl";
            // A server-side session per sign-in, checked on every request, so signing out ends it for every copy
            // of the cookie; then Identity's security stamp check (docs/decisions/0013-roles-per-establishment-and-sign-in.md).
            options.Events.OnSigningIn = StaffSessions.OnSigningIn;
            options.Events.OnValidatePrincipal = StaffSessions.OnValidatePrincipal;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "FamilyTies.Antiforgery";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "FamilyTies.Messages";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
        });
        services.AddAuthorization(Policies.Configure);

        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // A route's {id} (or any route value) is never overridden by a form field of the same name.
                options.Conventions.Add(new RouteValuesWinConvention());
                options.ModelBinderProviders.Insert(0, new DateOnlyModelBinderProvider());
                // Every string field refuses hidden control characters (a NUL), and a date outside its window.
                options.ModelBinderProviders.Insert(0, new FormStringModelBinderProvider());
                // Binding errors in the GOV.UK voice, naming the field by its label.
                var messages = options.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"{field} must be a number, like 12");
                messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number, like 12");
                messages.SetUnknownValueIsInvalidAccessor(field => $"Enter a valid {field.ToLowerInvariant()}");
                messages.SetValueIsInvalidAccessor(value => "Enter a valid value");
                messages.SetValueMustNotBeNullAccessor(field => $"Enter {field.ToLowerInvariant()}");
                messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field.ToLowerInvariant()}");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
                messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value");
                messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
            })
            .AddRazorOptions(options =>
            {
                // Feature folders: a controller's views sit beside it.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Views/Shared/{0}" + RazorViewEngine.ViewExtension);
                options.AreaViewLocationFormats.Clear();
                options.AreaViewLocationFormats.Add("/Areas/{2}/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.AreaViewLocationFormats.Add("/Areas/{2}/Shared/{0}" + RazorViewEngine.ViewExtension);
                options.AreaViewLocationFormats.Add("/Views/Shared/{0}" + RazorViewEngine.ViewExtension);
            });
        services.AddRouting(options => options.LowercaseUrls = true);

        services.AddHealthChecks().AddDbContextCheck<FamilyTiesDbContext>("database");
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        services.AddFeatureHandlers();
        services.AddScoped<FormSubmissions>();
        // National view requests for the same month share the computation under way (decision 0034).
        services.AddSingleton<Areas.Dashboard.National.NationalViewRuns>();

        // The monthly visiting-order allocation (docs/decisions/0007-visiting-orders.md).
        services.Configure<Features.VisitingOrders.VisitingOrderAllocationOptions>(configuration.GetSection(Features.VisitingOrders.VisitingOrderAllocationOptions.Section));
        services.AddSingleton<Features.VisitingOrders.VisitingOrderAllocationService>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.VisitingOrders.VisitingOrderAllocationService>());
        return services;
    }

    public static WebApplication UseFamilyTiesPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // A "%00" in a form body reaches model binding as a NUL, refused there with a field error (FormNulBytes).
        app.UseNulTolerantForms();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        if (!app.Environment.IsDevelopment())
        {
            // After the status code pages, so it can switch them off for its own answer.
            app.UseHttpsOnly(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsOnly)));
        }
        app.UseRequestLocalization("en-GB");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger (Program.cs keeps Serilog's static logger untouched, as tests host several apps in
            // one process); without it the middleware writes to the static logger, which logs nothing.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Identifiers only: never names, form contents or query strings (they can carry names).
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0} ms";
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous");
                diagnostics.Set("EstablishmentId", http.User.EstablishmentId());
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
            };
        });
        app.UseMustChangePassword();
        app.UseAuthorization();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
