using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
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
/// Sleutelbestand: the contact details behind one pseudonym, for coordinators only. Stored
/// encrypted and apart from the research data; every view is in the audit log.
/// </summary>
[StudyAccess(StudyPermission.ViewPseudonymKey)]
public sealed class ContactModel(InBeeldDbContext db, PseudonymKeyProtector protector, TimeProvider time, IStringLocalizer<ParticipantText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ParticipantId { get; set; }

    [BindProperty]
    [Display(Name = "Field_ContactDetails")]
    [StringLength(2_000, ErrorMessage = "StringLength")]
    public string? ContactDetails { get; set; }

    public string Code { get; private set; } = "";

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (participant, title) = await ParticipantPage.LoadAsync(db, StudyId, ParticipantId, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        (Code, StudyTitle) = (participant.Code, title);
        var stored = await db.ParticipantContacts.AsNoTracking().SingleOrDefaultAsync(c => c.ParticipantId == participant.Id, cancellationToken);
        ContactDetails = stored is null ? null : protector.Unprotect(StudyId, stored.Protected);
        RequestAudit.NameObject(HttpContext, "Participant", participant.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (participant, title) = await ParticipantPage.LoadAsync(db, StudyId, ParticipantId, cancellationToken);
        if (participant is null)
        {
            return NotFound();
        }

        (Code, StudyTitle) = (participant.Code, title);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await db.ParticipantContacts.SingleOrDefaultAsync(c => c.ParticipantId == participant.Id, cancellationToken);
        if (string.IsNullOrWhiteSpace(ContactDetails))
        {
            if (stored is not null)
            {
                db.ParticipantContacts.Remove(stored);
            }
        }
        else if (stored is null)
        {
            db.ParticipantContacts.Add(new ParticipantContact
            {
                ParticipantId = participant.Id, StudyId = StudyId, Protected = protector.Protect(StudyId, ContactDetails.Trim()), UpdatedAt = time.GetUtcNow(),
            });
        }
        else
        {
            stored.Protected = protector.Protect(StudyId, ContactDetails.Trim());
            stored.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Participant", participant.Id);
        TempData["Status"] = text["ContactSaved", participant.Code].Value;
        return RedirectToPage(new { studyId = StudyId, participantId = ParticipantId });
    }
}
