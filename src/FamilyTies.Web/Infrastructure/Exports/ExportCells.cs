namespace FamilyTies.Web.Infrastructure.Exports;

/// <summary>
/// Every exported cell goes through here. A cell a spreadsheet would read as a formula (starting with =, +, -, @, a
/// tab or a carriage return; the roll import keeps "=HYPERLINK(...)" as typed) is prefixed with an apostrophe, so it
/// opens as the text it is. Numbers the export writes itself are not text cells and are left alone.
/// </summary>
public static class ExportCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? value)
    {
        var text = value ?? "";
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }
}

/// <summary>A table to export: its headers and its rows of text cells (numbers as invariant text).</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
