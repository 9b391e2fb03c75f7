using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using FamilyTies.Web.Infrastructure.Exports;

namespace FamilyTies.Web.Tests.Features.Exports;

/// <summary>The one function every export uses, and the CSV and Excel files it feeds.</summary>
public sealed class ExportsTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+44 7700 900123", "'+44 7700 900123")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Smith, Jo", "Smith, Jo")]
    [InlineData("A=1", "A=1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_a_spreadsheet_would_run_is_neutralised(string? cell, string expected) =>
        Assert.Equal(expected, ExportCells.Neutralise(cell));

    private static readonly ExportTable Table = new("Test", ["Name", "Figure"], [["=HYPERLINK(\"http://x\")", "12"], ["Smith, \"Jo\"", "37.5"], ["-5", "-5"]]);

    [Fact]
    public void The_CSV_quotes_and_neutralises_every_cell()
    {
        var text = Encoding.UTF8.GetString(CsvExport.Write(Table));
        Assert.Equal("\uFEFFName,Figure\r\n\"'=HYPERLINK(\"\"http://x\"\")\",12\r\n\"Smith, \"\"Jo\"\"\",37.5\r\n'-5,'-5\r\n", text);
    }

    [Fact]
    public void The_workbook_has_one_sheet_with_numbers_as_numbers_and_text_neutralised()
    {
        var cells = Cells(XlsxExport.Write(Table));
        Assert.Equal(("inlineStr", "Name"), cells["A1"]);
        Assert.Equal(("inlineStr", "'=HYPERLINK(\"http://x\")"), cells["A2"]);
        Assert.Equal(("n", "12"), cells["B2"]);
        Assert.Equal(("n", "37.5"), cells["B3"]);
        Assert.Equal(("inlineStr", "'-5"), cells["B4"]);
        Assert.Equal("AA", XlsxExport.Column(26));
    }

    /// <summary>Reads a workbook's first sheet: cell reference → (type, text).</summary>
    public static Dictionary<string, (string Type, string Text)> Cells(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        using var stream = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return XDocument.Load(stream).Descendants(ns + "c").ToDictionary(
            c => (string)c.Attribute("r")!,
            c => ((string?)c.Attribute("t") ?? "n", c.Descendants(ns + "t").FirstOrDefault()?.Value ?? c.Element(ns + "v")!.Value));
    }
}
