using System.Reflection;
using FamilyTies.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Tests.BadInput;

/// <summary>
/// Issue 15 §7: every POST action, found by reflection, gets a good form and then at least 12 bad variants of it
/// (missing, empty, 10,001 characters, NUL, emoji, right-to-left, year 1 and 9999, 31 February, negative, huge and
/// overflowing numbers, unknown options, ids that are not here or belong to another establishment, arrays), with a
/// valid antiforgery token, as a user who may use it; every GET action gets bad query values. No response is a
/// server error; a refused POST shows the GOV.UK error summary (or 404 for an id that is not here); and no row of any
/// table changes unless the action accepted the input (docs/decisions/0015-date-ranges-and-the-bad-input-test.md).
/// </summary>
public sealed class BadInputTests
{
    /// <summary>Every controller action by its key, as the authorization matrix names them.</summary>
    internal static readonly Dictionary<string, MethodInfo> Actions =
        AuthorizationMatrixTests.Actions().ToDictionary(a => a.Key, a => a.Action);

    private static bool IsPost(string key) => key.EndsWith(" POST", StringComparison.Ordinal);

    [Fact]
    public void Every_action_has_a_row_in_the_bad_input_tables()
    {
        var posts = PostTable.Rows().Select(r => r.Action).ToHashSet();
        var gets = GetTable.Rows().Select(r => r.Action).ToHashSet();
        var problems = Actions.Keys.Where(IsPost).Except(posts).Select(k => $"{k} has no row in PostTable: add one")
            .Concat(Actions.Keys.Where(k => !IsPost(k)).Except(gets).Select(k => $"{k} has no row in GetTable: add one"))
            .Concat(posts.Concat(gets).Except(Actions.Keys).Select(k => $"{k} is in a table but is not an action"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(GetTable.Rows().Count(), gets.Count);
    }

    [Fact]
    public void The_parts_of_the_bad_input_test_take_every_row_once()
    {
        var gets = Enumerable.Range(0, BadInputPart.Parts).SelectMany(p => BadInputPart.Of(GetTable.Rows(), p)).Select(r => r.Action).ToList();
        var posts = Enumerable.Range(0, BadInputPart.Parts).SelectMany(p => BadInputPart.Of(PostTable.Rows(), p)).Select(r => r.Action).ToList();
        Assert.Equal(GetTable.Rows().Select(r => r.Action).Order(), gets.Order());
        Assert.Equal(PostTable.Rows().Select(r => r.Action).Order(), posts.Order());
        Assert.Equal(BadInputPart.Parts, typeof(BadInputPart).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(BadInputPart)) && !t.IsAbstract));
    }

    [Fact]
    public void Every_date_field_on_a_form_says_what_kind_of_date_it_is()
    {
        var missing = new List<string>();
        foreach (var action in Actions.Values)
        {
            foreach (var parameter in action.GetParameters().Where(p => p.GetCustomAttribute<FromServicesAttribute>() is null))
            {
                if (IsDate(parameter.ParameterType, parameter.Name!) && parameter.GetCustomAttribute<DateRangeAttribute>() is null)
                {
                    missing.Add($"{action.DeclaringType!.Name}.{action.Name}({parameter.Name})");
                }
                foreach (var property in parameter.ParameterType.GetProperties().Where(p => p.SetMethod?.IsPublic == true))
                {
                    if (IsDate(property.PropertyType, property.Name) && property.GetCustomAttribute<DateRangeAttribute>() is null)
                    {
                        missing.Add($"{parameter.ParameterType.Name}.{property.Name}");
                    }
                }
            }
        }
        Assert.True(missing.Count == 0, "Give these date fields a [DateRange(DateKind...)]: " + string.Join(", ", missing.Distinct()));
    }

    /// <summary>A DateOnly, or a string named like a date (ReceivedDate, OpenedOn): the safer custody forms type dates as text.</summary>
    private static bool IsDate(Type type, string name) =>
        (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateOnly)
        || (type == typeof(string) && (name.EndsWith("Date", StringComparison.Ordinal) || name.EndsWith("On", StringComparison.Ordinal)));
}
