using System.Text;

namespace FamilyTies.Web.Infrastructure.Exports;

/// <summary>RFC 4180 CSV (UTF-8 with a byte-order mark, so Excel reads the pound sign), every cell neutralised.</summary>
public static class CsvExport
{
    public static byte[] Write(ExportTable table)
    {
        var text = new StringBuilder();
        Line(text, table.Headers);
        foreach (var row in table.Rows)
        {
            Line(text, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string cell)
    {
        var value = ExportCells.Neutralise(cell);
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
