using System.Reflection;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Routing;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>What kind of value a bound field holds, which decides the bad values it is sent.</summary>
public enum FieldKind
{
    /// <summary>Free text (a string that is not a date; <see cref="Choice"/> when the form page offers it as options).</summary>
    Text,
    /// <summary>One of a list: an enum, or a string the form shows as a select, radios or checkboxes.</summary>
    Choice,
    /// <summary>A DateOnly, or a string marked with <see cref="DateRangeAttribute"/>.</summary>
    Date,
    Number,
    /// <summary>An integer naming a record (its name ends in Id or Ids, or it is "corrects": the entry a correction corrects).</summary>
    Id,
    Flag,
    File,
}

/// <summary>A value the action binds: its posted name, kind, and whether several values make sense.</summary>
public sealed record FormField(string Name, FieldKind Kind, bool Many);

/// <summary>The fields an action binds, read from its parameters and their types by reflection, so a new field is covered without touching the test.</summary>
public static class FormFields
{
    public static string Template(MethodInfo action)
    {
        var controller = action.DeclaringType!.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
        var own = action.GetCustomAttributes<HttpMethodAttribute>().Select(a => a.Template).FirstOrDefault()
                  ?? action.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
        return own.StartsWith('/') ? own : "/" + string.Join("/", new[] { controller, own }.Where(s => s.Length > 0));
    }

    /// <summary>The names in braces in a route template: "prisoners/{id:int}/edit" gives "id".</summary>
    public static IReadOnlyList<string> RouteValues(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{([A-Za-z]+)").Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<FormField> Of(MethodInfo action)
    {
        var route = RouteValues(Template(action)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fields = new List<FormField>();
        foreach (var parameter in action.GetParameters())
        {
            if (parameter.GetCustomAttribute<FromServicesAttribute>() is not null || parameter.ParameterType == typeof(CancellationToken)
                || route.Contains(parameter.Name!))
            {
                continue;
            }
            if (KindOf(parameter.Name!, parameter.ParameterType, parameter.GetCustomAttribute<DateRangeAttribute>() is not null) is { } simple)
            {
                fields.Add(simple);
                continue;
            }
            var prefix = parameter.GetCustomAttribute<BindAttribute>()?.Prefix;
            foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is not { IsPublic: true } || property.GetCustomAttribute<BindNeverAttribute>() is not null)
                {
                    continue;
                }
                var name = string.IsNullOrEmpty(prefix) ? property.Name : $"{prefix}.{property.Name}";
                if (KindOf(name, property.PropertyType, property.GetCustomAttribute<DateRangeAttribute>() is not null) is { } field)
                {
                    fields.Add(field);
                }
                else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                         && property.PropertyType.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string))
                {
                    // A list of groups (Memberships[0].Roles): the first group's fields.
                    foreach (var inner in element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
                    {
                        if (KindOf($"{name}[0].{inner.Name}", inner.PropertyType, inner.GetCustomAttribute<DateRangeAttribute>() is not null) is { } part)
                        {
                            fields.Add(part);
                        }
                    }
                }
            }
        }
        return fields;
    }

    /// <summary>The field for a simple type (or a list of one); null for anything MVC would not bind from a form value.</summary>
    private static FormField? KindOf(string name, Type type, bool dateRange)
    {
        if (type == typeof(IFormFile))
        {
            return new FormField(name, FieldKind.File, false);
        }
        if (type != typeof(string) && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return KindOf(name, type.GetGenericArguments()[0], dateRange) is { } element && element.Kind != FieldKind.File
                ? element with { Many = true, Kind = element.Kind == FieldKind.Text ? FieldKind.Choice : element.Kind }
                : null;
        }
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var last = name.Split('.').Last();
        if (t == typeof(string))
        {
            return new FormField(name, dateRange ? FieldKind.Date : FieldKind.Text, false);
        }
        if (t == typeof(DateOnly))
        {
            return new FormField(name, FieldKind.Date, false);
        }
        if (t == typeof(bool))
        {
            return new FormField(name, FieldKind.Flag, false);
        }
        if (t.IsEnum)
        {
            return new FormField(name, FieldKind.Choice, false);
        }
        if (t == typeof(int) || t == typeof(long) || t == typeof(decimal))
        {
            return new FormField(name, last.EndsWith("Id", StringComparison.Ordinal) || last.EndsWith("Ids", StringComparison.Ordinal) || last == "id"
                || last.Equals("corrects", StringComparison.OrdinalIgnoreCase)
                ? FieldKind.Id : FieldKind.Number, false);
        }
        return null;
    }
}
