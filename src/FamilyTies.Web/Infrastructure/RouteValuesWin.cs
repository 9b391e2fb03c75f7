using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// An action parameter named like a value in its route template (<c>id</c>, <c>prisonerId</c>, <c>code</c> ...) binds
/// from the route only. Without this, MVC looks in the form first, so <c>POST /contacts/626/edit</c> with a form field
/// <c>id=627</c> would act on 627. The same as writing [FromRoute] on every such parameter, for every action.
/// </summary>
public sealed class RouteValuesWinConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var names = RouteParameterNames(action.Controller.Selectors.Concat(action.Selectors)
            .Select(s => s.AttributeRouteModel?.Template));
        foreach (var parameter in action.Parameters.Where(p => names.Contains(p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource ??= BindingSource.Path;
        }
    }

    /// <summary>The parameter names in route templates such as "prisoners/{prisonerId:int}/visiting-orders".</summary>
    public static HashSet<string> RouteParameterNames(IEnumerable<string?> templates) =>
        templates.OfType<string>()
            .SelectMany(t => RoutePatternFactory.Parse(t.TrimStart('~').TrimStart('/')).Parameters.Select(p => p.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
