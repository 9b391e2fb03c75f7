using System.Text;
using FamilyTies.Domain.People.RollImport;
using FamilyTies.Web.Features.RollImport;

namespace FamilyTies.Web.Tests.Features.RollImport;

/// <summary>Reading an uploaded file: no database, no HTTP.</summary>
public sealed class RollCsvFileTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FamilyTies.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        throw new InvalidOperationException("Repository root not found");
    }

    [Fact]
    public void The_shipped_sample_file_is_a_valid_roll_of_30_prisoners()
    {
        var result = RollCsvFile.Read(File.ReadAllBytes(RepositoryFile("docs/samples/roll-sample.csv")), Today);

        Assert.True(result.IsValid, string.Join("; ", result.FileProblems.Concat(result.RowProblems.Select(p => $"{p.Line}: {p.Message}"))));
        Assert.Equal(30, result.Entries.Count);
        Assert.Contains(result.Entries, e => e.Location == "Healthcare, bed 4");
    }

    [Fact]
    public void The_documentation_lists_exactly_the_columns_the_reader_expects()
    {
        var doc = File.ReadAllLines(RepositoryFile("docs/roll-import.md"));
        var documented = doc.SkipWhile(l => !l.StartsWith("| Column | Required? |", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('`')[1]).ToList();
        Assert.Equal(RollColumns.All.Select(c => c.Name), documented);
    }

    [Fact]
    public void Line_numbers_count_the_header_and_lines_inside_quoted_values()
    {
        var rows = Enumerable.Range(0, 4).Select(i => RollCsv.Row(RollCsv.Number('Q', i, "LN"), i)).ToList();
        rows[0][RollColumns.Location] = "Healthcare\nward 2";
        rows[2][RollColumns.DateOfBirth] = "not a date";

        var result = RollCsvFile.Read(RollCsv.Bytes(RollCsv.Text(rows)), Today);

        var problem = Assert.Single(result.RowProblems);
        Assert.Equal(5, problem.Line); // header 1, first prisoner 2–3, second 4, third 5
        Assert.Equal("Q0002LN", problem.PrisonNumber);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Rows_of_empty_cells_at_the_end_are_ignored()
    {
        var text = RollCsv.Generate(2, 'Q', "EM") + ",,,,,,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,,,,,\r\n\r\n";
        var result = RollCsvFile.Read(RollCsv.Bytes(text), Today);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Entries.Count);
    }

    [Fact]
    public void A_line_with_too_few_or_too_many_values_is_reported()
    {
        var text = RollCsv.Generate(3, 'Q', "FC").Split("\r\n");
        text[2] += ",extra";
        text[3] = string.Join(",", text[3].Split(',')[..5]);

        var result = RollCsvFile.Read(RollCsv.Bytes(string.Join("\r\n", text)), Today);

        Assert.Equal([3, 4], result.RowProblems.Select(p => p.Line));
        Assert.Equal("The line has 20 values but the header has 19 columns: check for a missing or extra comma", result.RowProblems[0].Message);
        Assert.Equal("Q0001FC", result.RowProblems[0].PrisonNumber);
    }

    [Fact]
    public void A_stray_quote_mark_is_reported_on_its_line()
    {
        var rows = Enumerable.Range(0, 3).Select(i => RollCsv.Row(RollCsv.Number('Q', i, "SQ"), i)).ToList();
        var text = RollCsv.Text(rows).Replace("Officer Pell", "Officer \"Pell", StringComparison.Ordinal);
        var lines = text.Split("\r\n");
        lines[1] = lines[1].Replace("Officer \"Pell", "Officer Pell", StringComparison.Ordinal);
        lines[3] = lines[3].Replace("Officer \"Pell", "Officer Pell", StringComparison.Ordinal);

        var result = RollCsvFile.Read(RollCsv.Bytes(string.Join("\r\n", lines)), Today);

        var problem = Assert.Single(result.RowProblems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("quote mark", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty", [], "The selected file is empty" },
        { "blank lines only", RollCsv.Bytes("\r\n\r\n"), "The selected file is empty" },
        { "xlsx (zip)", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00], RollCsvFile.NotCsv },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], RollCsvFile.NotCsv },
        { "pdf", RollCsv.Bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), RollCsvFile.NotCsv },
        { "semicolons", RollCsv.Bytes(RollCsv.Header.Replace(',', ';') + "\r\n"), "The columns of the selected file must be separated by commas" },
        { "header only", RollCsv.Bytes(RollCsv.Header + "\r\n"), "The selected file has no prisoners in it" },
        { "wrong columns", RollCsv.Bytes("name,number,wing\r\nJo,A1234BC,A\r\n"), "The file is missing 19 columns: prison_number, first_name" },
        { "one unknown column", RollCsv.Bytes(RollCsv.Header + ",wing\r\n"), "The file has 1 column that FamilyTies does not recognise: wing" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_file_that_is_not_a_roll_gets_one_clear_message(string kind, byte[] content, string message)
    {
        var result = RollCsvFile.Read(content, Today);
        Assert.False(result.IsValid, kind);
        Assert.Empty(result.Entries);
        Assert.StartsWith(message, result.FileProblems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1252_and_UTF_16_files_are_read_with_their_accents()
    {
        var rows = new[] { RollCsv.Row("Q0001AC") };
        rows[0][RollColumns.FirstName] = "Zoë";
        rows[0][RollColumns.LastName] = "Ó Briain";
        var text = RollCsv.Text(rows);

        foreach (var bytes in new[]
                 {
                     CodePagesEncoding(1252).GetBytes(text),
                     Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
                     Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
                 })
        {
            var entry = Assert.Single(RollCsvFile.Read(bytes, Today).Entries);
            Assert.Equal("Zoë", entry.FirstName);
            Assert.Equal("Ó Briain", entry.LastName);
        }
    }

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
