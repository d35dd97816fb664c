using InBeeld.Core.Access;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Data;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>Gewenste klantreizen of the study, with how many steps change.</summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, DesiredJourneyStore store, CurrentMembership membership) : PageModel
{
    public sealed record Row(Guid Id, string Title, DesiredSourceKind Kind, int Steps, int Changed, int Added, int Removed);

    [FromRoute]
    public Guid StudyId { get; set; }

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<Row> Journeys { get; private set; } = [];

    /// <summary>Journeys this person may not open (copied from interviews), counted so the list does not silently look shorter.</summary>
    public int Hidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return NotFound();
        }

        var rows = new List<Row>();
        foreach (var j in await store.ListAsync(StudyId, cancellationToken))
        {
            if (!await DesiredJourneyAccess.CanViewAsync(membership, j.SourceKind, cancellationToken))
            {
                Hidden++;
                continue;
            }

            rows.Add(new Row(j.Id, j.Title, j.SourceKind, j.Steps.Count,
                j.Steps.Count(s => s.Change == StepChange.Changed), j.Steps.Count(s => s.Change == StepChange.Added), j.Steps.Count(s => s.Change == StepChange.Removed)));
        }

        Journeys = rows;
        return Page();
    }
}
