using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Infrastructure.Exports;

public static class ExportResult
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A download of the table as CSV or Excel, named <paramref name="name"/>.csv or .xlsx.</summary>
    public static FileContentResult File(ExportTable table, string name, bool csv) => csv
        ? new FileContentResult(CsvExport.Write(table), CsvType) { FileDownloadName = name + ".csv" }
        : new FileContentResult(XlsxExport.Write(table), XlsxType) { FileDownloadName = name + ".xlsx" };
}
