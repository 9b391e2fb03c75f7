using System.Reflection;
using System.Security.Claims;
using FamilyTies.Domain;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests;

/// <summary>
/// Every controller action, found by reflection, against the table of who may use it. A new action that is not in
/// the table fails this test, so nobody adds a page without deciding who may see it.
/// </summary>
[Collection("App")]
public sealed class AuthorizationMatrixTests(AppFixture fixture)
{
    private const string Anonymous = "anonymous";
    private const string AnySignedIn = "any signed-in user";

    private static readonly string[] EstablishmentRoles = [.. Roles.Establishment];
    private static readonly string[] VisitsRoles = [Roles.VisitsStaff, Roles.VisitsManager, Roles.FamilyLead];
    private static readonly string[] FamilyServicesRoles = [Roles.FamilyServices, Roles.FamilyLead];
    private static readonly string[] SaferCustodyRoles = [Roles.SaferCustody, Roles.FamilyLead];
    private static readonly string[] Admin = [Roles.EstablishmentAdmin];

    /// <summary>Action (controller type without the FamilyTies.Web. prefix, action, HTTP method) → who may use it.</summary>
    private static readonly Dictionary<string, object> Expected = new()
    {
        ["Features.Account.AccountController.SignInPage GET"] = Anonymous,
        ["Features.Account.AccountController.SignInSubmit POST"] = Anonymous,
        ["Features.Account.AccountController.SignOutUser POST"] = AnySignedIn,
        ["Features.Errors.ErrorsController.Show ANY"] = Anonymous,
        ["Features.Home.HomeController.Index GET"] = AnySignedIn,
        ["Features.Establishments.EstablishmentsController.Switch POST"] = AnySignedIn,
        ["Features.Prisoners.PrisonersController.Index GET"] = EstablishmentRoles,
        ["Features.Prisoners.PrisonersController.Details GET"] = EstablishmentRoles,
        ["Areas.Visits.Home.HomeController.Index ANY"] = VisitsRoles,
        ["Areas.FamilyDays.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        ["Areas.SaferCustody.Home.HomeController.Index ANY"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Closed GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Create GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Create POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Details GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.AddAction GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.AddAction POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.TellCaller GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.TellCaller POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Close GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Close POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Correct GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Contacts.ContactsController.Correct POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Voicemail.VoicemailController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Voicemail.VoicemailController.Record POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Index GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Open GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Open POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Details GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Entry GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Entry POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Close GET"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Cases.CasesController.Close POST"] = SaferCustodyRoles,
        ["Areas.SaferCustody.Meeting.MeetingController.Index GET"] = SaferCustodyRoles,
        ["Areas.CareExperienced.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        ["Areas.ForeignNationals.Home.HomeController.Index ANY"] = FamilyServicesRoles,
        ["Areas.Dashboard.Home.HomeController.Index ANY"] = new[] { Roles.FamilyLead },
        ["Areas.Dashboard.National.NationalController.Index ANY"] = new[] { Roles.NationalViewer },
        ["Areas.Admin.Home.HomeController.Index ANY"] = Admin,
        ["Areas.Admin.Staff.StaffController.Index GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Create GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Create POST"] = Admin,
        ["Areas.Admin.Staff.StaffController.Edit GET"] = Admin,
        ["Areas.Admin.Staff.StaffController.Edit POST"] = Admin,
        ["Areas.Admin.Settings.SettingsController.Edit GET"] = Admin,
        ["Areas.Admin.Settings.SettingsController.Edit POST"] = Admin,
    };

    public static IEnumerable<(string Key, MethodInfo Action, Type Controller)> Actions() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
                .Select(m => (Key(t, m), m, t)));

    private static string Key(Type controller, MethodInfo action)
    {
        var verbs = action.GetCustomAttributes<HttpMethodAttribute>().SelectMany(a => a.HttpMethods).Distinct().ToList();
        return $"{controller.FullName!["FamilyTies.Web.".Length..]}.{action.Name} {(verbs.Count == 0 ? "ANY" : string.Join(",", verbs))}";
    }

    [Fact]
    public void Every_action_is_in_the_table_and_every_table_entry_is_an_action()
    {
        var actual = Actions().Select(a => a.Key).ToList();
        Assert.Empty(actual.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(actual));
        Assert.Equal(actual.Count, actual.Distinct().Count());
    }

    [Fact]
    public async Task Each_action_admits_exactly_the_roles_in_the_table()
    {
        var authorization = fixture.App(DatabaseKind.Sqlite).Services.GetRequiredService<IAuthorizationService>();
        var failures = new List<string>();
        foreach (var (key, action, controller) in Actions())
        {
            var anonymous = action.GetCustomAttribute<AllowAnonymousAttribute>() is not null
                            || controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var policies = controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true)
                .Concat(action.GetCustomAttributes<AuthorizeAttribute>())
                .Select(a => a.Policy)
                .OfType<string>()
                .ToList();

            var expected = Expected[key];
            if (expected is Anonymous)
            {
                if (!anonymous)
                {
                    failures.Add($"{key} should allow anonymous access");
                }
                continue;
            }
            if (anonymous)
            {
                failures.Add($"{key} allows anonymous access but should not");
                continue;
            }

            var admitted = new List<string>();
            foreach (var role in Roles.All)
            {
                var user = Principal(role);
                var allowed = true;
                foreach (var policy in policies.DefaultIfEmpty("__fallback"))
                {
                    var result = policy == "__fallback"
                        ? await authorization.AuthorizeAsync(user, null, new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
                        : await authorization.AuthorizeAsync(user, policy);
                    allowed &= result.Succeeded;
                }
                if (allowed)
                {
                    admitted.Add(role);
                }
            }
            var expectedRoles = expected is AnySignedIn ? Roles.All.ToArray() : (string[])expected;
            if (!admitted.Order().SequenceEqual(expectedRoles.Order()))
            {
                failures.Add($"{key}: admits [{string.Join(", ", admitted)}] but the table says [{string.Join(", ", expectedRoles)}]");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_user_without_a_current_establishment_is_refused_establishment_policies()
    {
        var authorization = fixture.App(DatabaseKind.Sqlite).Services.GetRequiredService<IAuthorizationService>();
        var noEstablishment = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.FamilyLead)], "Test"));
        Assert.False((await authorization.AuthorizeAsync(noEstablishment, Policies.Dashboard)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(Principal(Roles.FamilyLead), Policies.Dashboard)).Succeeded);
    }

    private static ClaimsPrincipal Principal(string role)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "test-" + role), new(ClaimTypes.Role, role) };
        if (role != Roles.NationalViewer)
        {
            claims.Add(new Claim(StaffClaims.Establishment, "1"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
