using FamilyTies.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Dates typed the way people in the UK write them (27/3/1985, 27/03/1985) or as ISO (1985-03-27), read by
/// <see cref="LondonTime.TryParseDate"/> (docs/decisions/0018-one-london-clock.md).
/// A date that is not real, or outside the window its field's <see cref="DateKind"/> allows, gets a GOV.UK-style
/// message naming the field, and the property is left unset.
/// </summary>
public sealed class DateOnlyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        var field = DateRanges.FieldName(bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName);
        if (!LondonTime.TryParseDate(text, out var date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"{field} must be a real date, like 27/3/1985");
            return Task.CompletedTask;
        }
        var window = DateRanges.For(DateRanges.KindOf(bindingContext.ModelMetadata) ?? DateKind.Any,
            DateRanges.Today(bindingContext.HttpContext.RequestServices));
        if (!window.Contains(date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DateRanges.Error(field, window));
            return Task.CompletedTask;
        }
        bindingContext.Result = ModelBindingResult.Success(date);
        return Task.CompletedTask;
    }
}

public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new DateOnlyModelBinder() : null;
}
