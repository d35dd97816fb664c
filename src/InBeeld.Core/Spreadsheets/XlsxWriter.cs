using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace InBeeld.Core.Spreadsheets;

/// <summary>
/// Writes worksheets as an .xlsx workbook with the Open XML SDK: a bold, frozen header row, inline
/// strings (no shared-string table to keep in step), numbers as numbers and dates as real dates in
/// d-m-yyyy, so a work group can filter and sort in Excel or LibreOffice straight away.
/// </summary>
public static class XlsxWriter
{
    private const uint HeaderStyle = 1, DateStyle = 2;

    public static void Write(IReadOnlyList<SheetData> sheets, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name, used) });
        }

        workbookPart.Workbook.Save();
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name, and names must differ.</summary>
    private static string SheetName(string name, HashSet<string> used)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '-' : c).ToArray()).Trim();
        clean = clean.Length == 0 ? "Blad" : clean[..Math.Min(clean.Length, 31)];
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private static Worksheet Worksheet(SheetData sheet)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        }) { TabSelected = false, WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            var longest = sheet.Rows.Select(r => c < r.Count ? Text(r[c]).Length : 0).Append(sheet.Header[c].Length).Max();
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 8, 60), CustomWidth = true });
        }

        worksheet.Append(columns);
        var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
        data.Append(Row(1, sheet.Header.Cast<object?>().ToList(), header: true));
        uint index = 2;
        foreach (var row in sheet.Rows)
        {
            data.Append(Row(index++, row, header: false));
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = Column(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = values[c] switch
            {
                null => new Cell { CellReference = reference },
                int or long or double or decimal => new Cell
                {
                    CellReference = reference, DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(values[c], CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
                },
                // Dates as serial numbers with a date format: the sheet sorts and filters them as dates.
                DateOnly date => new Cell
                {
                    CellReference = reference, StyleIndex = DateStyle,
                    CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
                },
                var other => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Text(other)) { Space = SpaceProcessingModeValues.Preserve }) },
            };
            if (header)
            {
                cell.StyleIndex = HeaderStyle;
            }

            row.Append(cell);
        }

        return row;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("d-M-yyyy", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Clean(value.ToString() ?? string.Empty),
    };

    /// <summary>XML cannot hold most control characters; a pasted text with one must not break the file.</summary>
    private static string Clean(string text) => text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        ? new string(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray())
        : text;

    private static string Column(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 })
    {
        NumberingFormats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d-m-yyyy" }) { Count = 1 },
    };
}
