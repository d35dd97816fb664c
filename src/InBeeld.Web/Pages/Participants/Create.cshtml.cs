using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Participants;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Participants;

/// <summary>Registers a participant by pseudonym code only, with the study's attribute values.</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class CreateModel(InBeeldDbContext db, TimeProvider timeProvider, IStringLocalizer<ParticipantText> text)
    : PageModel, IParticipantFormModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public ParticipantInput Input { get; set; } = new();

    public IReadOnlyList<AttributeDefinition> Definitions { get; private set; } = [];

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var values = await new ParticipantForm(db, text).ValidateAsync(StudyId, null, Input, Definitions, ModelState, cancellationToken);
        if (values is null)
        {
            return Page();
        }

        var participant = new Participant
        {
            StudyId = StudyId,
            Code = Input.Code!.Trim(),
            CreatedAt = timeProvider.GetUtcNow(),
            Attributes = values,
        };
        db.Participants.Add(participant);
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Participant", participant.Id);
        TempData["Status"] = text["Registered", participant.Code].Value;
        return RedirectToPage("/Participants/Index", new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        StudyTitle = title ?? "";
        Definitions = await new ParticipantForm(db, text).DefinitionsAsync(StudyId, cancellationToken);
        ParticipantForm.EnsureSlots(Input, Definitions);
        return title is not null;
    }
}
