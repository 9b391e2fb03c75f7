using System.Text;
using CsvHelper;
using FamilyTies.Domain.People.RollImport;

namespace FamilyTies.Web.Features.RollImport;

/// <summary>
/// The outcome of reading a roll file. <see cref="FileProblems"/> are about the file as a whole (not CSV, empty, wrong
/// columns); <see cref="RowProblems"/> name a line. Entries are usable only when there are neither.
/// </summary>
public sealed record RollFileResult(IReadOnlyList<string> FileProblems, IReadOnlyList<RollProblem> RowProblems, IReadOnlyList<RollEntry> Entries)
{
    public bool IsValid => FileProblems.Count == 0 && RowProblems.Count == 0;

    public static RollFileResult FileProblem(params string[] problems) => new(problems, [], []);
}

/// <summary>
/// Reads an uploaded roll with CsvHelper and validates it line by line (docs/roll-import.md). Pure: no database, so the
/// same bytes always give the same result for the same day.
/// </summary>
public static class RollCsvFile
{
    public const string NotCsv = "The selected file must be a CSV";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static RollCsvFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RollFileResult Read(byte[] content, DateOnly today)
    {
        if (Decode(content) is not { } text)
        {
            return RollFileResult.FileProblem(NotCsv + ": it looks like a spreadsheet, document or image. Save the roll as CSV and upload that");
        }

        var malformed = new List<(long Line, CsvMalformedReason Reason)>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true,
            OnMalformedRecord = record => malformed.Add((record.LineNumber, record.Reason)),
        };
        using var reader = CsvReader.FromText(text, options);
        reader.ReadHeader();
        var headers = reader.Headers;
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            return RollFileResult.FileProblem("The selected file is empty");
        }
        if (headers.Count == 1 && (headers[0].Contains(';', StringComparison.Ordinal) || headers[0].Contains('\t', StringComparison.Ordinal)))
        {
            return RollFileResult.FileProblem("The columns of the selected file must be separated by commas: save the roll as CSV (comma delimited)");
        }
        var header = RollColumns.CheckHeader(headers);
        if (!header.IsValid)
        {
            return RollFileResult.FileProblem([.. header.Problems]);
        }

        var lines = new List<(int Line, IReadOnlyDictionary<string, string> Cells)>();
        var shapeProblems = new List<RollProblem>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            if (values.All(string.IsNullOrWhiteSpace))
            {
                continue; // spreadsheets often save trailing rows of empty cells
            }
            var cells = header.IndexOf.ToDictionary(c => c.Key, c => c.Value < values.Count ? values[c.Value] : "", StringComparer.Ordinal);
            var number = cells[RollColumns.PrisonNumber].Trim().ToUpperInvariant();
            if (values.Count != headers.Count)
            {
                shapeProblems.Add(new RollProblem(line, number.Length == 0 ? null : number,
                    $"The line has {values.Count} values but the header has {headers.Count} columns: check for a missing or extra comma"));
                continue;
            }
            lines.Add((line, cells));
        }
        foreach (var (line, reason) in malformed)
        {
            shapeProblems.Add(new RollProblem((int)line, null, reason switch
            {
                CsvMalformedReason.UnterminatedQuote => "A quoted value is never closed: check the quote marks (\") from this line on",
                CsvMalformedReason.FieldCountMismatch => "The line has a different number of values from the header",
                _ => "The line has a quote mark (\") in the wrong place: put quotes around the whole value and double any quote inside it",
            }));
        }

        var validation = new RollValidator(today).ValidateAll(lines);
        var problems = validation.Problems.Concat(shapeProblems).OrderBy(p => p.Line).ToList();
        if (problems.Count == 0 && validation.Entries.Count == 0)
        {
            return RollFileResult.FileProblem("The selected file has no prisoners in it: it has a header but no rows");
        }
        return new RollFileResult([], problems, problems.Count == 0 ? validation.Entries : []);
    }

    /// <summary>
    /// The text of the file, or null when it is not text. UTF-8 (with or without a byte order mark) and UTF-16 with a
    /// byte order mark are read as such; anything else that is not valid UTF-8 is read as Windows-1252, which is what
    /// Excel's "CSV (Comma delimited)" writes on UK Windows.
    /// </summary>
    public static string? Decode(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return LooksLikeText(utf16.GetString(bytes[2..])) is { } t ? t : null;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        if (bytes.Contains((byte)0))
        {
            return null; // spreadsheets (xlsx is a zip), images and documents
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
        }
        return LooksLikeText(text);
    }

    private static string? LooksLikeText(string text)
    {
        if (text.StartsWith("%PDF", StringComparison.Ordinal) || text.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return null;
        }
        var control = text.Count(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
        return control > 0 && control * 100 > text.Length ? null : text;
    }
}
