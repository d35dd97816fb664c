using System.Globalization;
using System.Text;

namespace InBeeld.Web.Pages.Analysis.Export;

/// <summary>
/// An analysis table as CSV for Excel with Dutch settings: UTF-8 with a byte order mark (so Excel
/// reads ë and é right), semicolon as separator (Dutch Excel uses the comma for decimals), decimal
/// comma in numbers, CRLF line ends, and fields quoted as RFC 4180 says when they hold a
/// separator, quote or line break.
/// </summary>
public static class CsvTableWriter
{
    public const char Separator = ';';
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(AnalysisTable table, string ofWord)
    {
        var text = new StringBuilder();
        Line(text, ExportColumns.Headers(table, ofWord));
        foreach (var row in ExportColumns.Rows(table))
        {
            Line(text, row.Select(Format));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    internal static string Field(string value) =>
        value.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Format(object? value) => value switch
    {
        null => "",
        int n => n.ToString(Dutch),
        double d => d.ToString("0.####", Dutch),
        var other => other.ToString() ?? "",
    };

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(Separator, fields.Select(Field));
        text.Append("\r\n");
    }
}
