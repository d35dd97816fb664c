using InBeeld.Core.Access;
using InBeeld.Core.Participants;
using InBeeld.Data;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Participants;

/// <summary>
/// Toestemming: what the participant agreed to, and withdrawing it. After withdrawal none of
/// their interviews count in analysis or leave in an export; the data stays until erased, so a
/// mistaken withdrawal can be undone.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class ConsentModel(InBeeldDbContext db, TimeProvider time, IStringLocalizer<ParticipantText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ParticipantId { get; set; }

    [BindProperty]
    public List<ConsentScope> Scope { get; set; } = [];

    public string Code { get; private set; } = "";

    public string StudyTitle { get; private set; } = "";

    public DateOnly? WithdrawnOn { get; private set; }

    public int Interviews { get; private set; }

    public static IReadOnlyList<ConsentScope> Scopes { get; } = [ConsentScope.Interview, ConsentScope.Quotes, ConsentScope.Recording, ConsentScope.Contact];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var participant = await LoadAsync(cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Scope = Scopes.Where(s => participant.ConsentScope?.HasFlag(s) == true).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var participant = await LoadAsync(cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        participant.ConsentScope = Scope.Where(Scopes.Contains).Aggregate(ConsentScope.None, (all, s) => all | s);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["ConsentSaved", participant.Code].Value;
        return RedirectToPage(new { studyId = StudyId, participantId = ParticipantId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(bool withdraw, CancellationToken cancellationToken)
    {
        var participant = await LoadAsync(cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        participant.ConsentWithdrawnOn = withdraw ? DateOnly.FromDateTime(time.GetLocalNow().Date) : null;

        // Touch the interviews so cached analyses notice that they count (or no longer count).
        var now = time.GetUtcNow();
        await db.Interviews.Where(i => i.ParticipantId == participant.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.UpdatedAt, now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text[withdraw ? "ConsentWithdrawn" : "ConsentRestored", participant.Code].Value;
        return RedirectToPage(new { studyId = StudyId, participantId = ParticipantId });
    }

    private async Task<Participant?> LoadAsync(CancellationToken cancellationToken)
    {
        var (participant, title) = await ParticipantPage.LoadAsync(db, StudyId, ParticipantId, cancellationToken);
        if (participant is not null)
        {
            StudyTitle = title;
            Code = participant.Code;
            WithdrawnOn = participant.ConsentWithdrawnOn;
            Interviews = await db.Interviews.CountAsync(i => i.ParticipantId == participant.Id, cancellationToken);
        }

        return participant;
    }
}
