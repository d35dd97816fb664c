using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The cases behind one variant (with the log page's filters): pseudonym, events, start and
/// throughput, a page of <see cref="MaxShown"/> at a time (a large log pages through the database).
/// Case-level data, even pseudonymised, is raw data: ViewInterviews, and the read is audited.
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class CasesModel(InBeeldDbContext db, LogMining mining, IStringLocalizer<EventLogPageText> text) : PageModel
{
    public const int MaxShown = 500;

    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid LogId { get; set; }

    /// <summary>1-based rank of the variant, as on the log page.</summary>
    [FromQuery(Name = "variant")]
    public int Variant { get; set; }

    /// <summary>1-based page of <see cref="MaxShown"/> cases.</summary>
    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public LogFilterInput Filters { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public StoredEventLog? Stored { get; private set; }

    public string Route { get; private set; } = "";

    public IReadOnlyList<VariantCase> Rows { get; private set; } = [];

    public bool HasMore { get; private set; }

    /// <summary>Number (from 1) of the first case on this page.</summary>
    public int FirstShown => ((PageNumber - 1) * MaxShown) + 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var opened = await mining.OpenAsync(StudyId, LogId, cancellationToken);
        if (opened is null || PageNumber < 1)
        {
            return NotFound();
        }

        Stored = opened.Header.Log;
        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var problems = new List<(string Field, string Value)>();
        var list = await mining.CasesAsync(opened, Filters, Variant, PageNumber, MaxShown, problems, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                ModelState.AddModelError("", Filters.Message(text, problem));
            }

            return Page();
        }

        if (list is null)
        {
            return NotFound();
        }

        Route = list.Variant.Activities.Count == 0 ? text["EmptyVariant"] : list.Variants.Describe(list.Variant);
        Rows = list.Rows;
        HasMore = list.HasMore;
        return Page();
    }
}
