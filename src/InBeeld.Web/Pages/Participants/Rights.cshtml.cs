using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Data.Privacy;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Participants;

/// <summary>
/// Rechten van de deelnemer: an access request (everything about one participant as a file) and
/// erasure everywhere. Coordinators only; both are in the audit log (ids and counts, no content).
/// </summary>
[StudyAccess(StudyPermission.EraseParticipant)]
public sealed class RightsModel(InBeeldDbContext db, ParticipantDataExport export, ParticipantEraser eraser, PseudonymKeyProtector protector, RequestAudit audit, TimeProvider time, IStringLocalizer<ParticipantText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ParticipantId { get; set; }

    /// <summary>The participant's code typed again, so an erasure is never one careless click.</summary>
    [BindProperty]
    public string? ConfirmCode { get; set; }

    public string Code { get; private set; } = "";

    public string StudyTitle { get; private set; } = "";

    public int Interviews { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var stored = await db.ParticipantContacts.AsNoTracking().SingleOrDefaultAsync(c => c.ParticipantId == ParticipantId, cancellationToken);
        var contact = stored is null ? null : protector.Unprotect(StudyId, stored.Protected);
        var json = await export.ExportAsync(StudyId, ParticipantId, contact, time.GetUtcNow(), cancellationToken);
        await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Participant", ParticipantId);
        return File(json!, "application/json", $"inzage-{Code}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!string.Equals(ConfirmCode?.Trim(), Code, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(ConfirmCode), text["EraseConfirmWrong", Code]);
            return Page();
        }

        var result = await eraser.EraseAsync(StudyId, ParticipantId, cancellationToken);
        await audit.WriteAsync(AuditActions.ParticipantErased, AuditResult.Succeeded, "Participant", ParticipantId);
        TempData["Status"] = text["Erased", Code, result!.Interviews, result.Steps, result.Quotes].Value;
        return RedirectToPage("/Participants/Index", new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var (participant, title) = await ParticipantPage.LoadAsync(db, StudyId, ParticipantId, cancellationToken);
        if (participant is null)
        {
            return false;
        }

        (Code, StudyTitle) = (participant.Code, title);
        Interviews = await db.Interviews.CountAsync(i => i.ParticipantId == ParticipantId, cancellationToken);
        return true;
    }
}
