using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyTies.Web.Infrastructure;

/// <summary>The choices a form offers (radios and selects made from an enum) and the check that a posted choice is one of them.</summary>
public static class FormChoices
{
    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];

    public static IReadOnlyList<SelectListItem> Of<TEnum>(Func<TEnum, string> text, IEnumerable<TEnum>? values = null) where TEnum : struct, Enum =>
        (values ?? Enum.GetValues<TEnum>()).Select(v => new SelectListItem(text(v), v.ToString())).ToList();

    public static bool IsOneOf<TEnum>(string? value) where TEnum : struct, Enum =>
        value is not null && !int.TryParse(value, out _) && Enum.TryParse<TEnum>(value, out var parsed) && Enum.IsDefined(parsed);
}
