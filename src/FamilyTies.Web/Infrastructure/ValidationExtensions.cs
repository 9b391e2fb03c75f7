using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and copies its errors into ModelState (keeping binding errors). True when valid.</summary>
    public static async Task<bool> ValidateInto<T>(this IValidator<T> validator, T model, ModelStateDictionary modelState, string prefix = "")
    {
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
            if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
            {
                modelState.AddModelError(key, error.ErrorMessage);
            }
        }
        return modelState.IsValid;
    }

    /// <summary>The id a GOV.UK error summary links to for a ModelState key (matches the tag helpers' ids).</summary>
    public static string FieldId(string key) => key.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
