using System.Text;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// One log: the process map (inline SVG), variants, drop-out for the outcomes the user picks, waits
/// between organisations, and the interviews beside it; filters in the query string; exports as
/// SVG, CSV and XLSX (audited: data leaves the system). Only mined figures, so ViewPatterns; the
/// list of cases behind a variant is a page of its own that needs ViewInterviews.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class LogModel(
    InBeeldDbContext db, LogMining mining, HandoverComparisonQuery comparison, CurrentMembership membership,
    RequestAudit audit, IStringLocalizer<EventLogPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid LogId { get; set; }

    [BindProperty(SupportsGet = true)]
    public LogFilterInput Filters { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public StoredEventLog? Stored { get; private set; }

    public LogAnalysis? Analysis { get; private set; }

    /// <summary>The log before filters: its activity names are the outcome choices.</summary>
    public LogSummary? Full { get; private set; }

    public HandoverComparisonQuery.Result? Beside { get; private set; }

    public bool CanSeeCases { get; private set; }

    /// <summary>The filters that were applied, for the "Gefilterd: …" line (a filter with a problem is not among them).</summary>
    public IReadOnlyList<AppliedFilter> Applied { get; private set; } = [];

    /// <summary>The keys the attribute filter offers.</summary>
    public IReadOnlyList<AttributeChoices.Key> AttributeKeys { get; private set; } = [];

    /// <summary>The most frequent values of the chosen key (null when no known key is chosen).</summary>
    public IReadOnlyList<AttributeChoices.Value>? AttributeValueChoices { get; private set; }

    /// <summary>How many distinct values the chosen key has in all.</summary>
    public int AttributeValueTotal { get; private set; }

    /// <summary>Values offered as checkboxes; more are typed by hand.</summary>
    public const int ValuesShown = 30;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await LoadPagePartsAsync(cancellationToken);
        return Page();
    }

    /// <summary>What only the page shows: the interviews beside the log, and whether the case lists may be opened.</summary>
    private async Task LoadPagePartsAsync(CancellationToken cancellationToken)
    {
        Beside = Analysis!.Loaded is { } loaded
            ? await comparison.CompareAsync(StudyId, loaded, Filters.Outcomes, Filters.QuietPeriod, cancellationToken)
            : await comparison.CompareAsync(StudyId, Analysis.Handovers!, cancellationToken);
        CanSeeCases = await membership.AllowsAsync(StudyPermission.ViewInterviews, cancellationToken);
    }

    public Task<IActionResult> OnGetSvgAsync(CancellationToken cancellationToken) =>
        ExportAsync(a => (Encoding.UTF8.GetBytes(a.MapSvg), "image/svg+xml", "proceskaart.svg"), cancellationToken);

    public Task<IActionResult> OnGetCsvAsync(string? what, CancellationToken cancellationToken) =>
        ExportAsync(a => what == "varianten"
            ? (LogExports.VariantsCsv(a, text), "text/csv; charset=utf-8", "varianten.csv")
            : (LogExports.EdgesCsv(a, text), "text/csv; charset=utf-8", "overgangen.csv"), cancellationToken);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken) =>
        ExportAsync(a => (LogExports.Workbook(a, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "logboek.xlsx"), cancellationToken);

    private async Task<IActionResult> ExportAsync(Func<LogAnalysis, (byte[] Bytes, string ContentType, string Name)> make, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // A file would carry figures that look filtered but are not: show the page with the problems instead.
            await LoadPagePartsAsync(cancellationToken);
            return Page();
        }

        var (bytes, contentType, name) = make(Analysis!);
        await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "EventLog", LogId);
        return File(bytes, contentType, $"{FileStem(Stored!.Name)}-{name}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var opened = await mining.OpenAsync(StudyId, LogId, cancellationToken);
        Stored = opened?.Header.Log;
        if (opened is null || Stored is null)
        {
            return false;
        }

        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var problems = new List<(string Field, string Value)>();
        var applied = new List<AppliedFilter>();
        Analysis = await mining.AnalyseAsync(opened, Stored.Name, Filters, problems, applied, cancellationToken);
        if (Analysis is null)
        {
            return false;
        }

        Full = Analysis.Full;
        foreach (var problem in problems)
        {
            ModelState.AddModelError("", Filters.Message(text, problem));
        }

        Applied = applied;

        // The attribute filter needs the loaded log; in the database path it is not offered (see LogFilterInput.ToCaseFilter).
        if (Analysis.LoadedFull is not { } loaded)
        {
            return true;
        }

        AttributeKeys = AttributeChoices.Keys(loaded);
        if (Filters.Key is { } key && AttributeChoices.IsKnown(loaded, key))
        {
            var values = AttributeChoices.Values(loaded, key);
            AttributeValueTotal = values.Count;
            AttributeValueChoices = [.. values.Take(ValuesShown)];
        }

        return true;
    }

    private static string FileStem(string name)
    {
        var stem = new string([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return stem.Length == 0 ? "logboek" : stem[..Math.Min(stem.Length, 60)];
    }
}
