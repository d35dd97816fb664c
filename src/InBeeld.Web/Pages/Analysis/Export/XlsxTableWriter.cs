using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InBeeld.Web.Pages.Analysis.Export;

/// <summary>
/// An analysis table as an Excel workbook (one sheet): a title row, the caption, the header row in
/// bold, then the data with numbers as numbers. Notes (small-group warnings, what counts) follow
/// below the table so they travel with it. Text is written inline, which every spreadsheet reads.
/// </summary>
public static class XlsxTableWriter
{
    public static byte[] Write(AnalysisTable table, string ofWord)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint row = 1;
            data.Append(Row(row++, [table.Title], bold: true));
            data.Append(Row(row++, [table.Caption], bold: false));
            row++;
            data.Append(Row(row++, [.. ExportColumns.Headers(table, ofWord)], bold: true));
            foreach (var values in ExportColumns.Rows(table))
            {
                data.Append(Row(row++, values, bold: false));
            }

            row++;
            foreach (var note in table.Notes)
            {
                data.Append(Row(row++, [note], bold: false));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.Title) });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name.</summary>
    internal static string SheetName(string title)
    {
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c)]).Trim();
        return clean.Length == 0 ? "Tabel" : clean.Length <= 31 ? clean : clean[..31].TrimEnd();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool bold)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = values[c] switch
            {
                null => new Cell { CellReference = reference },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                double d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) },
                var text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(text.ToString() ?? ""))) },
            };
            if (bold)
            {
                cell.StyleIndex = 1;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>XML cannot hold most control characters; a quote pasted from a PDF sometimes has them.</summary>
    private static string Clean(string text) => new([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
}
