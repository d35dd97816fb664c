using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Data.Analysis;
using InBeeld.Data.Journeys;
using InBeeld.Web.Pages.Analysis.Export;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// The analysis of a study: frequencies, co-occurrence, hartslag, gaps, drop-outs and subgroups,
/// each count with its denominator and a link to the interviews behind it. Filters are a GET form,
/// so a filtered view can be bookmarked and shared. Every table downloads as CSV and XLSX; a
/// download is "data leaving the system" and written to the audit log.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, JourneySetCache cache, RequestAudit audit, IStringLocalizer<AnalysisPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public AnalysisResult? Result { get; private set; }

    public IReadOnlyList<AnalysisTable> Tables { get; private set; } = [];

    public JourneyFilter Filter { get; private set; } = JourneyFilter.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <param name="table">The table's key, e.g. "codes" or "gaps".</param>
    /// <param name="format">"csv" or "xlsx".</param>
    public async Task<IActionResult> OnGetExportAsync(string? table, string? format, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var chosen = Tables.FirstOrDefault(t => string.Equals(t.Key, table, StringComparison.Ordinal));
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (chosen is null || (!xlsx && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Study", StudyId);
        var name = $"analyse-{chosen.Key}";
        var of = text["ExportOf"].Value;
        return xlsx
            ? File(XlsxTableWriter.Write(chosen, of), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(CsvTableWriter.Write(chosen, of), "text/csv; charset=utf-8", name + ".csv");
    }

    public string EvidenceUrl(Core.Analysis.Evidence.EvidenceFilter evidence) =>
        Url.Page("/Analysis/Evidence", new { studyId = StudyId }) + EvidenceQuery.ToQueryString(Filter, evidence);

    public string ExportUrl(string table, string format)
    {
        var values = EvidenceQuery.FilterValues(Filter).Where(v => v.Value is not null).ToDictionary(v => v.Key, v => (object?)v.Value);
        values["studyId"] = StudyId;
        values["handler"] = "Export";
        values["table"] = table;
        values["format"] = format;
        return Url.Page("/Analysis/Index", new RouteValueDictionary(values))!;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Filter = EvidenceQuery.ReadFilter(Request.Query);
        Result = await AnalysisResult.LoadAsync(db, cache, StudyId, Filter, cancellationToken);
        if (Result is null)
        {
            return false;
        }

        Tables = AnalysisTables.Build(Result, text);
        return true;
    }
}
