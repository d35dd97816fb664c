using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InBeeld.Core.Analysis;
using InBeeld.Web.Pages.Analysis;
using InBeeld.Web.Pages.Analysis.Export;

namespace InBeeld.IntegrationTests.Pages.Analysis;

public sealed class ExportWriterTests
{
    private static readonly AnalysisTable Table = new("codes", "Codes", "Codes: in hoeveel interviews", ["Code", "Interviews", "Gemiddeld"],
    [
        [TableCell.Of("Wachten; lang"), TableCell.Of(new Proportion(12, 36)), TableCell.Of(-0.25, "0.00")],
        [TableCell.Of("Zei \"nee\"\nen ging"), TableCell.Of(new Proportion(0, 36)), TableCell.Of((double?)null)],
    ])
    {
        Notes = ["Groep 'Eritrea' telt 1 interview(s): te weinig om iets te concluderen (minimaal 10)."],
    };

    [Fact]
    public void Csv_QuotesFieldsAsRfc4180Says_WithSemicolonsAndDecimalComma()
    {
        var bytes = CsvTableWriter.Write(Table, "van");

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe(
            "Code;Interviews;Interviews (van);Gemiddeld\r\n" +
            "\"Wachten; lang\";12;36;-0,25\r\n" +
            "\"Zei \"\"nee\"\"\nen ging\";0;36;\r\n");
    }

    [Fact]
    public void Xlsx_HasHeaderNumbersAndNotes()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(XlsxTableWriter.Write(Table, "van")), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        cells["A1"].InnerText.ShouldBe("Codes");
        cells["C4"].InnerText.ShouldBe("Interviews (van)");
        (cells["B5"].DataType!.Value, cells["B5"].CellValue!.Text).ShouldBe((CellValues.Number, "12"));
        cells["D5"].CellValue!.Text.ShouldBe("-0.25");
        cells["A6"].InnerText.ShouldBe("Zei \"nee\"\nen ging");
        cells["A8"].InnerText.ShouldStartWith("Groep 'Eritrea'");
        workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Codes");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnNames_FollowExcel(int index, string name) => XlsxTableWriter.ColumnName(index).ShouldBe(name);

    [Fact]
    public void SheetNames_DropForbiddenCharacters_AndKeep31()
    {
        XlsxTableWriter.SheetName("Verschillen tussen subgroepen: land/regio").ShouldBe("Verschillen tussen subgroepen");
        XlsxTableWriter.SheetName("a[b]").ShouldBe("a b");
    }
}
