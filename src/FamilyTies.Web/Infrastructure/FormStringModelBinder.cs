using FamilyTies.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// Binds every string from a form, query string or route as MVC does, then refuses two kinds of value for every field
/// at once, so no form can forget: hidden control characters (a NUL byte, an escape; tab and line breaks are fine),
/// and a date typed in a string field marked with <see cref="DateRangeAttribute"/> that lies outside its window. A
/// refused value gets a field error and leaves the property unset.
/// </summary>
public sealed class FormStringModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet || bindingContext.Result.Model is not string text)
        {
            return;
        }
        var field = DateRanges.FieldName(bindingContext.ModelMetadata.DisplayName ?? bindingContext.ModelName);
        if (HasControlCharacter(text))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, ControlCharacterMessage(field));
            bindingContext.Result = ModelBindingResult.Failed();
            return;
        }
        if (DateRanges.KindOf(bindingContext.ModelMetadata) is { } kind && LondonTime.TryParseDate(text, out var date))
        {
            var window = DateRanges.For(kind, DateRanges.Today(bindingContext.HttpContext.RequestServices));
            if (!window.Contains(date))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DateRanges.Error(field, window));
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
    }

    /// <summary>A control character other than tab, line feed and carriage return.</summary>
    public static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }
        return false;
    }

    public static string ControlCharacterMessage(string field) =>
        $"{field} must not contain hidden control characters. Type it again rather than pasting it";
}

public sealed class FormStringModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BinderType is not null)
        {
            return null;
        }
        var source = context.BindingInfo.BindingSource;
        if (source is not null && source != BindingSource.Form && source != BindingSource.Query && source != BindingSource.Path
            && source != BindingSource.ModelBinding)
        {
            return null;
        }
        return new FormStringModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()));
    }
}
