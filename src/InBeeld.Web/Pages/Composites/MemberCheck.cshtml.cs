using System.Globalization;
using InBeeld.Core.Access;
using InBeeld.Core.Composites.MemberCheck;
using InBeeld.Data;
using InBeeld.Data.Maps;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Member check (een check bij de deelnemer): the participant's own mapped route told in plain Dutch
/// (B1), from the same map model as the journey map, to print and go through with them; below it the
/// answers recorded so far. Reading it is reading an interview (ViewInterviews, audited); recording an
/// answer is a change and has its own page (EditInterviews). ?taal=en prints the English text.
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class MemberCheckModel(InBeeldDbContext db) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    [FromQuery(Name = "taal")]
    public string? Language { get; set; }

    public InterviewMap? Map { get; private set; }

    public MemberCheckDocument? Document { get; private set; }

    public IReadOnlyList<MemberCheckRecord> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Map = await new InterviewMapQuery(db).GetAsync(StudyId, InterviewId, cancellationToken);
        if (Map is null)
        {
            return NotFound();
        }

        var culture = CultureInfo.GetCultureInfo(Language == "en" ? "en" : "nl-NL");
        Document = MemberCheckWriter.Write(Map.Model, culture);
        Records = await db.MemberChecks.AsNoTracking().Where(m => m.InterviewId == InterviewId && m.StudyId == StudyId)
            .OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
        return Page();
    }
}
