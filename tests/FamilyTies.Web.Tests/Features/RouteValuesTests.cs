using System.Net;
using FamilyTies.Domain;
using FamilyTies.Web.Infrastructure;
using FamilyTies.Web.Tests.Features.People;
using FamilyTies.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyTies.Web.Tests.Features;

/// <summary>A form field never overrides a value in the route: POST /contacts/{a}/edit with id={b} changes a (issue 15, section 4.4).</summary>
[Collection("App")]
public sealed class RouteValuesTests(AppFixture fixture)
{
    [Fact]
    public async Task A_form_field_named_id_does_not_change_which_record_is_edited()
    {
        var app = fixture.App(DatabaseKind.Sqlite);
        var prisoner = await PeopleTestData.Prisoner(app, "WYI");
        var (mine, _) = await PeopleTestData.Contact(app, prisoner, "Routed", new DateOnly(1981, 3, 4));
        var (other, _) = await PeopleTestData.Contact(app, prisoner, "Untouched", new DateOnly(1982, 5, 6));
        using var client = await TestUsers.SignedInAs(app, Roles.VisitsStaff);

        var url = $"/contacts/{mine.Id}/edit";
        var response = await client.PostForm(url, url, new Dictionary<string, string>
        {
            ["id"] = other.Id.ToString(),
            ["Id"] = other.Id.ToString(),
            ["FirstName"] = "Changed",
        }, keepPrefilled: true);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contacts/{mine.Id}", response.Headers.Location!.ToString());

        await using var db = app.Db(prisoner.EstablishmentId);
        Assert.Equal("Changed", (await db.Contacts.SingleAsync(c => c.Id == mine.Id)).FirstName);
        Assert.Equal("Untouched", (await db.Contacts.SingleAsync(c => c.Id == other.Id)).FirstName);
    }

    [Fact]
    public void Every_action_parameter_named_like_a_route_value_binds_from_the_route()
    {
        var actions = fixture.App(DatabaseKind.Sqlite).Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();
        var checkedParameters = new List<string>();
        var failures = new List<string>();
        foreach (var action in actions)
        {
            var names = RouteValuesWinConvention.RouteParameterNames([action.AttributeRouteInfo?.Template]);
            foreach (var parameter in action.Parameters.Where(p => names.Contains(p.Name)))
            {
                checkedParameters.Add($"{action.ControllerName}.{action.ActionName}({parameter.Name})");
                if (parameter.BindingInfo?.BindingSource != BindingSource.Path)
                {
                    failures.Add($"{action.DisplayName}: {parameter.Name} binds from {parameter.BindingInfo?.BindingSource?.DisplayName ?? "any value provider"}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains(checkedParameters, p => p == "Contacts.Edit(id)");
        Assert.True(checkedParameters.Count(p => p.EndsWith("(id)", StringComparison.Ordinal)) > 20, string.Join(", ", checkedParameters));
        Assert.Contains(checkedParameters, p => p.EndsWith("(prisonerId)", StringComparison.Ordinal));
    }
}
