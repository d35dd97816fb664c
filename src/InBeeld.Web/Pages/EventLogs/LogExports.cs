using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InBeeld.Web.Resources;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The log page's figures as files: CSV (semicolons and a byte-order mark, so Dutch Excel opens it
/// as columns) and one XLSX workbook with a sheet per table. Durations are written in days as
/// numbers, so a spreadsheet can compute with them. Column headers follow the UI language.
/// </summary>
public static class LogExports
{
    public static byte[] EdgesCsv(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text) => Csv(EdgeRows(analysis, text));

    public static byte[] VariantsCsv(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text) => Csv(VariantRows(analysis, text));

    public static byte[] Workbook(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text)
    {
        var sheets = new List<(string Name, IEnumerable<object[]> Rows)>
        {
            (text["Export_Sheet_Edges"], EdgeRows(analysis, text)),
            (text["Export_Sheet_Variants"], VariantRows(analysis, text)),
            (text["Export_Sheet_Waits"], WaitRows(analysis, text)),
        };
        if (analysis.DropOut is { } dropOut)
        {
            sheets.Add((text["Export_Sheet_DropOut"], DropOutRows(analysis, dropOut, text)));
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in rows)
                {
                    data.Append(new Row(row.Select(Cell)));
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name.Length > 31 ? name[..31] : name });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<object[]> EdgeRows(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text)
    {
        var names = analysis.Graph.ActivityNames;
        yield return Header(text, "Export_Col_From", "Export_Col_To", "Export_Col_Count", "Export_Col_MeanDays", "Export_Col_MedianDays", "Export_Col_P90Days");
        foreach (var e in analysis.Graph.Edges)
        {
            yield return [names[e.From], names[e.To], e.Count, e.Waiting.Mean.TotalDays, e.Waiting.Median.TotalDays, e.Waiting.P90.TotalDays];
        }
    }

    private static IEnumerable<object[]> VariantRows(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text)
    {
        yield return Header(text, "Export_Col_Rank", "Export_Col_Variant", "Export_Col_Cases", "Export_Col_Share");
        var rank = 1;
        foreach (var v in analysis.Variants.Variants)
        {
            yield return [rank++, analysis.Variants.Describe(v), v.Count, v.Share];
        }
    }

    private static IEnumerable<object[]> WaitRows(LogAnalysis analysis, IStringLocalizer<EventLogPageText> text)
    {
        var names = analysis.Log.OrganizationNames;
        yield return Header(text, "Export_Col_From", "Export_Col_To", "Export_Col_Count", "Export_Col_Cases", "Export_Col_MedianDays", "Export_Col_P90Days");
        foreach (var w in analysis.Waits)
        {
            yield return [names[w.From], names[w.To], w.Count, w.Cases, w.Waiting.Median.TotalDays, w.Waiting.P90.TotalDays];
        }
    }

    private static IEnumerable<object[]> DropOutRows(LogAnalysis analysis, Core.EventLogs.Mining.DropOutReport dropOut, IStringLocalizer<EventLogPageText> text)
    {
        yield return Header(text, "Export_Col_Activity", "Export_Col_Cases", "Export_Col_Share", "Export_Col_MedianDays");
        foreach (var point in dropOut.ByLastActivity)
        {
            yield return [analysis.Log.ActivityNames[point.Index], point.Count, point.Share, point.TimeUnderWay.Median.TotalDays];
        }
    }

    private static object[] Header(IStringLocalizer<EventLogPageText> text, params string[] keys) => [.. keys.Select(k => (object)text[k].Value)];

    private static Cell Cell(object value) => value switch
    {
        string s => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")) },
    };

    private static byte[] Csv(IEnumerable<object[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(';', row.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Field(object value)
    {
        var text = value switch
        {
            double d => d.ToString("0.####", CultureInfo.CurrentCulture),
            IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
            _ => value.ToString() ?? "",
        };

        // A leading =, +, - or @ would run as a formula in a spreadsheet; names come from uploaded files.
        if (value is string && text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
