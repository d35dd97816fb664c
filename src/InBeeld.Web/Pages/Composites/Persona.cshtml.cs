using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Composites.Personas;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data;
using InBeeld.Web.Pages.Interviews.Maps;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// A persona's card, made to print on A4 (composites.css has the print styles) and as a PDF drawn by
/// Core's <see cref="PersonaCardPdf"/>. "Fictief persoon" is part of the card itself, not a page
/// decoration, so it is on every print and every file. Fictitious, so chain partners may see it.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class PersonaModel(InBeeldDbContext db, IConfiguration configuration, TimeProvider time, RequestAudit audit) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid PersonaId { get; set; }

    public Persona? Persona { get; private set; }

    public PersonaCard? Card { get; private set; }

    public Guid? GroupId { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            using var stream = new MemoryStream();
            PersonaCardPdf.Write(Card!, NotoFonts.Load(configuration[MapModel.FontsSetting]), time, stream);
            await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Persona", PersonaId);
            return File(stream.ToArray(), "application/pdf", "persona-" + PersonaId.ToString("N")[..8] + ".pdf");
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Persona = await db.Personas.AsNoTracking().SingleOrDefaultAsync(p => p.Id == PersonaId && p.StudyId == StudyId, cancellationToken);
        if (Persona is null)
        {
            return false;
        }

        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var group = Persona.GroupId is { } g
            ? await db.JourneyGroups.AsNoTracking().Where(x => x.Id == g).Select(x => new { x.Id, x.Name, Members = db.JourneyGroupMembers.Count(m => m.GroupId == x.Id) }).SingleOrDefaultAsync(cancellationToken)
            : null;
        GroupId = group?.Id;
        Card = new PersonaCard
        {
            StudyTitle = title,
            Name = Persona.Name,
            Age = Persona.Age,
            Situation = Persona.Situation,
            WhatMatters = Persona.WhatMatters,
            Story = Persona.Story,
            GroupName = group?.Name,
            InterviewCount = group?.Members,
        };
        return true;
    }
}
