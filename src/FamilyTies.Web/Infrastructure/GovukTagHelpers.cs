using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyTies.Web.Infrastructure;

/// <summary>
/// GOV.UK Design System form fields bound to a model property: label, hint, error message and error styling,
/// with ids the error summary links to. Server-rendered; no JavaScript needed.
/// </summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("label-class")]
    public string LabelClass { get; set; } = "govuk-label";

    /// <summary>The posted field name when it differs from the expression (e.g. a nested model bound at top level).</summary>
    [HtmlAttributeName("field-name")]
    public string? FieldName { get; set; }

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    protected string Name => FieldName ?? For.Name;
    protected string Id => ValidationExtensions.FieldId(Name);
    protected string LabelText => Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? For.Name;

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage is { Length: > 0 } message ? message : "Enter a valid value"
            : null;

    /// <summary>The attempted value when the form came back with errors, else the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }
            return For.Model switch
            {
                null => null,
                DateOnly d => FamilyTies.Domain.Common.LondonTime.DateInput(d),
                TimeOnly t => FamilyTies.Domain.Common.LondonTime.TimeInput(t),
                decimal m => m.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var o => o.ToString(),
            };
        }
    }

    protected static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    /// <summary>The hint, ending with the dates the field accepts when it holds a kind of date (<see cref="DateRangeAttribute"/>).</summary>
    protected string? EffectiveHint =>
        DateRanges.KindOf(For.Metadata) is { } kind
            ? DateRanges.WithHint(Hint, DateRanges.For(kind, DateRanges.Today(ViewContext.HttpContext.RequestServices)))
            : Hint;

    protected string HintAndError(out string describedBy)
    {
        var html = "";
        var ids = new List<string>();
        if (EffectiveHint is { } hintText)
        {
            html += $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{E(hintText)}</div>";
            ids.Add($"{Id}-hint");
        }
        if (Error is { } error)
        {
            html += $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>";
            ids.Add($"{Id}-error");
        }
        describedBy = ids.Count > 0 ? $" aria-describedby=\"{string.Join(' ', ids)}\"" : "";
        return html;
    }

    protected void Wrap(TagHelperOutput output, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error"));
        output.Content.SetHtmlContent(inner);
    }
}

[HtmlTargetElement("govuk-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var css = "govuk-input" + (InputClass is null ? "" : " " + InputClass) + (Error is null ? "" : " govuk-input--error");
        var extra = (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"") + (InputMode is null ? "" : $" inputmode=\"{E(InputMode)}\"")
            + (Type == "text" ? " spellcheck=\"false\"" : "");
        var value = Type == "password" ? "" : $" value=\"{E(CurrentValue)}\"";
        Wrap(output, $"<label class=\"{E(LabelClass)}\" for=\"{Id}\">{E(LabelText)}</label>{hint}" +
            $"<input class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"{E(Type)}\"{value}{describedBy}{extra}>");
    }
}

[HtmlTargetElement("govuk-textarea", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var css = "govuk-textarea" + (Error is null ? "" : " govuk-textarea--error");
        Wrap(output, $"<label class=\"{E(LabelClass)}\" for=\"{Id}\">{E(LabelText)}</label>{hint}" +
            $"<textarea class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" rows=\"{Rows}\"{describedBy}>{E(CurrentValue)}</textarea>");
    }
}

[HtmlTargetElement("govuk-select", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("placeholder")]
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var css = "govuk-select" + (Error is null ? "" : " govuk-select--error");
        var current = CurrentValue;
        var options = Placeholder is null ? "" : $"<option value=\"\">{E(Placeholder)}</option>";
        options += string.Concat(Items.Select(i =>
            $"<option value=\"{E(i.Value)}\"{(i.Value == current ? " selected" : "")}>{E(i.Text)}</option>"));
        Wrap(output, $"<label class=\"{E(LabelClass)}\" for=\"{Id}\">{E(LabelText)}</label>{hint}" +
            $"<select class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\"{describedBy}>{options}</select>");
    }
}

/// <summary>Radios for a single choice; the legend is the label.</summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var current = CurrentValue;
        var i = 0;
        var radios = string.Concat(Items.Select(item =>
        {
            var id = i++ == 0 ? Id : $"{Id}-{i}";
            return $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"radio\" value=\"{E(item.Value)}\"{(string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase) ? " checked" : "")}>" +
                   $"<label class=\"govuk-label govuk-radios__label\" for=\"{id}\">{E(item.Text)}</label></div>";
        }));
        Wrap(output, $"<fieldset class=\"govuk-fieldset\"{describedBy}><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(LabelText)}</legend>{hint}" +
            $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">{radios}</div></fieldset>");
    }
}

/// <summary>One checkbox for a bool property. A hidden "false" keeps the value posted when unticked.</summary>
[HtmlTargetElement("govuk-checkbox", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxTagHelper : GovukFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var isChecked = string.Equals(CurrentValue, "true", StringComparison.OrdinalIgnoreCase) || CurrentValue == "true,false";
        Wrap(output, $"{hint}<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">" +
            $"<input class=\"govuk-checkboxes__input\" id=\"{Id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"true\"{(isChecked ? " checked" : "")}{describedBy}>" +
            $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{Id}\">{E(LabelText)}</label></div></div>" +
            $"<input type=\"hidden\" name=\"{E(Name)}\" value=\"false\">");
    }
}

/// <summary>Several checkboxes posting a list of values (e.g. roles). The legend is the label.</summary>
[HtmlTargetElement("govuk-checkboxes", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var selected = ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.RawValue switch
            {
                string[] values => values.ToHashSet(),
                string value => [value],
                _ => [],
            }
            : (For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(o => o.ToString() ?? "").ToHashSet() ?? [];
        var i = 0;
        var boxes = string.Concat(Items.Select(item =>
        {
            var id = i++ == 0 ? Id : $"{Id}-{i}";
            return $"<div class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"{id}\" name=\"{E(Name)}\" type=\"checkbox\" value=\"{E(item.Value)}\"{(selected.Contains(item.Value) ? " checked" : "")}>" +
                   $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{id}\">{E(item.Text)}</label></div>";
        }));
        Wrap(output, $"<fieldset class=\"govuk-fieldset\"{describedBy}><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{E(LabelText)}</legend>{hint}" +
            $"<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">{boxes}</div></fieldset>");
    }
}

/// <summary>
/// The GOV.UK file upload component (the plain version, which needs no JavaScript). The form needs
/// enctype="multipart/form-data". A browser cannot refill a file input, so it never shows the previous value.
/// </summary>
[HtmlTargetElement("govuk-file-upload", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFileUploadTagHelper : GovukFieldTagHelper
{
    /// <summary>File types the browser's picker offers, e.g. ".csv,text/csv". The server still checks.</summary>
    [HtmlAttributeName("accept")]
    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hint = HintAndError(out var describedBy);
        var css = "govuk-file-upload" + (Error is null ? "" : " govuk-file-upload--error");
        var accept = Accept is null ? "" : $" accept=\"{E(Accept)}\"";
        Wrap(output, $"<label class=\"{E(LabelClass)}\" for=\"{Id}\">{E(LabelText)}</label>{hint}" +
            $"<input class=\"{css}\" id=\"{Id}\" name=\"{E(Name)}\" type=\"file\"{accept}{describedBy}>");
    }
}
