using InBeeld.Core.Access;
using InBeeld.Core.EventLogs.Mining;
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
/// The cases behind one variant (with the log page's filters): pseudonym, events, start and
/// throughput. Case-level data, even pseudonymised, is raw data: ViewInterviews, and the read is audited.
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class CasesModel(InBeeldDbContext db, EventLogStore store, StoredLogCache cache, IStringLocalizer<EventLogPageText> text) : PageModel
{
    public const int MaxShown = 500;

    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid LogId { get; set; }

    /// <summary>1-based rank of the variant, as on the log page.</summary>
    [FromQuery(Name = "variant")]
    public int Variant { get; set; }

    [BindProperty(SupportsGet = true)]
    public LogFilterInput Filters { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public StoredEventLog? Stored { get; private set; }

    public string Route { get; private set; } = "";

    public IReadOnlyList<(Guid Pseudonym, int Events, long Start, TimeSpan Throughput)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Stored = await db.EventLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == LogId && l.StudyId == StudyId, cancellationToken);
        var full = Stored is null ? null : await cache.GetAsync(store, StudyId, LogId, cancellationToken);
        if (full is null)
        {
            return NotFound();
        }

        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var problems = new List<(string Field, string Value)>();
        var log = Filters.Apply(full, problems);
        if (problems.Count > 0)
        {
            // Variant numbers depend on the filters: with one left out, "variant 2" would be another route.
            foreach (var problem in problems)
            {
                ModelState.AddModelError("", Filters.Message(text, problem));
            }

            return Page();
        }

        var variants = VariantMiner.Mine(log);
        if (Variant < 1 || Variant > variants.Variants.Count)
        {
            return NotFound();
        }

        var v = variants.Variants[Variant - 1];
        Route = v.Activities.Count == 0 ? text["EmptyVariant"] : variants.Describe(v);
        var rows = new List<(Guid, int, long, TimeSpan)>();
        for (var c = 0; c < log.CaseCount && rows.Count < MaxShown; c++)
        {
            if (variants.VariantOfCase[c] != Variant - 1)
            {
                continue;
            }

            var (first, end) = (log.CaseOffsets[c], log.CaseOffsets[c + 1]);
            var start = end > first ? log.Start[first] : 0;
            var throughput = end > first ? TimeSpan.FromTicks(log.Complete[first..end].ToArray().Max() - start) : TimeSpan.Zero;
            rows.Add((log.CaseIds[c], end - first, start, throughput));
        }

        Rows = rows;
        return Page();
    }
}
