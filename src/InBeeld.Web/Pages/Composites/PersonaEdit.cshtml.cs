using InBeeld.Core.Access;
using InBeeld.Core.Composites.Personas;
using InBeeld.Data;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// A persona, new or changed: name, age, situation, what matters and a short story, linked to a
/// journey type. The form says (and keeps saying) that the person is fictitious, and asks not to use
/// a participant's name, age and circumstances together.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class PersonaEditModel(InBeeldDbContext db, TimeProvider time, IStringLocalizer<CompositeText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid? PersonaId { get; set; }

    [BindProperty]
    public PersonaInput Input { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? groupId, CancellationToken cancellationToken)
    {
        var (found, persona) = await LoadAsync(cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        Input = persona is null ? new PersonaInput { GroupId = groupId?.ToString() } : PersonaInput.From(persona);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (found, persona) = await LoadAsync(cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        Input.Validate(ModelState, text, Groups.Select(g => Guid.Parse(g.Value)).ToList());
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        if (persona is null)
        {
            persona = new Persona { StudyId = StudyId, CreatedAt = now };
            db.Personas.Add(persona);
        }

        Input.ApplyTo(persona, now);
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Persona", persona.Id);
        TempData["Status"] = text["PersonaSaved", persona.Name].Value;
        return RedirectToPage("/Composites/Persona", new { studyId = StudyId, personaId = persona.Id });
    }

    private async Task<(bool Found, Persona? Persona)> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return (false, null);
        }

        StudyTitle = title;
        Groups = await db.JourneyGroups.AsNoTracking().Where(g => g.StudyId == StudyId).OrderBy(g => g.Number)
            .Select(g => new SelectListItem(g.Name, g.Id.ToString())).ToListAsync(cancellationToken);
        if (PersonaId is not { } id)
        {
            return (true, null);
        }

        var persona = await db.Personas.SingleOrDefaultAsync(p => p.Id == id && p.StudyId == StudyId, cancellationToken);
        return (persona is not null, persona);
    }
}
