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

/// <summary>Changes a participant's code or attribute values.</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class EditModel(InBeeldDbContext db, IStringLocalizer<ParticipantText> text) : PageModel, IParticipantFormModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ParticipantId { get; set; }

    [BindProperty]
    public ParticipantInput Input { get; set; } = new();

    public IReadOnlyList<AttributeDefinition> Definitions { get; private set; } = [];

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var participant = await LoadAsync(cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        Input = new ParticipantInput
        {
            Code = participant.Code,
            Values = participant.Attributes.ToDictionary(a => a.AttributeDefinitionId.ToString(), a => (string?)a.Value),
        };
        ParticipantForm.EnsureSlots(Input, Definitions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var participant = await LoadAsync(cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        var values = await new ParticipantForm(db, text).ValidateAsync(StudyId, ParticipantId, Input, Definitions, ModelState, cancellationToken);
        if (values is null)
        {
            ParticipantForm.EnsureSlots(Input, Definitions);
            return Page();
        }

        participant.Code = Input.Code!.Trim();
        var wanted = values.ToDictionary(v => v.AttributeDefinitionId, v => v.Value);
        participant.Attributes.RemoveAll(a => !wanted.ContainsKey(a.AttributeDefinitionId));
        foreach (var (definitionId, value) in wanted)
        {
            var existing = participant.Attributes.Find(a => a.AttributeDefinitionId == definitionId);
            if (existing is null)
            {
                participant.Attributes.Add(new ParticipantAttributeValue { ParticipantId = participant.Id, AttributeDefinitionId = definitionId, Value = value });
            }
            else
            {
                existing.Value = value;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["Saved", participant.Code].Value;
        return RedirectToPage("/Participants/Index", new { studyId = StudyId });
    }

    private async Task<Participant?> LoadAsync(CancellationToken cancellationToken)
    {
        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken) ?? "";
        Definitions = await new ParticipantForm(db, text).DefinitionsAsync(StudyId, cancellationToken);
        return await db.Participants.Include(p => p.Attributes)
            .SingleOrDefaultAsync(p => p.Id == ParticipantId && p.StudyId == StudyId, cancellationToken);
    }
}
