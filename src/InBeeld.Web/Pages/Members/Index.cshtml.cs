using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data;
using InBeeld.Web.Localization;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Members;

/// <summary>
/// Leden van het onderzoek: who may see what in this study. Coordinators manage it; an
/// administrator may too (to appoint the first coordinator) without seeing the study's data.
/// </summary>
[StudyAccess(StudyPermission.ManageMembers)]
public sealed class IndexModel(InBeeldDbContext db, RequestAudit audit, TimeProvider time, IStringLocalizer<AccountText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    public sealed record MemberRow(Guid Id, string UserName, string DisplayName, StudyRole Role, string? Organization);

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Roles { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var userName = Input.UserName?.Trim();
        var account = userName is null ? null : await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (ModelState.IsValid && account is null)
        {
            ModelState.AddModelError(Field(nameof(Input.UserName)), text["NoSuchAccount", userName!]);
        }
        else if (account is not null && await db.StudyMembers.AnyAsync(m => m.StudyId == StudyId && m.UserId == account.Id, cancellationToken))
        {
            ModelState.AddModelError(Field(nameof(Input.UserName)), text["AlreadyMember", userName!]);
        }

        await CheckOrganizationAsync(Input.Role, Input.OrganizationId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var member = new StudyMember
        {
            StudyId = StudyId,
            UserId = account!.Id,
            Role = Input.Role!.Value,
            OrganizationId = Input.Role == StudyRole.ChainPartner ? Input.OrganizationId : null,
            AddedAt = time.GetUtcNow(),
        };
        db.StudyMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditActions.MemberChanged, AuditResult.Succeeded, "StudyMember", member.Id);
        TempData["Status"] = text["MemberAdded", account.UserName!, shared.Label(member.Role)].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.StudyMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.StudyId == StudyId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (member.Role == StudyRole.Coordinator
            && await db.StudyMembers.CountAsync(m => m.StudyId == StudyId && m.Role == StudyRole.Coordinator, cancellationToken) == 1)
        {
            // A study without a coordinator could never be managed again.
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, text["LastCoordinator"]);
            return Page();
        }

        db.StudyMembers.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditActions.MemberChanged, AuditResult.Succeeded, "StudyMember", member.Id);
        TempData["Status"] = text["MemberRemoved"].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid memberId, StudyRole role, Guid? organizationId, CancellationToken cancellationToken)
    {
        var member = await db.StudyMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.StudyId == StudyId, cancellationToken);
        if (member is null || !Enum.IsDefined(role) || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The add form's fields are bound on every post of this page; they do not belong to this one.
        ModelState.Clear();
        var lastCoordinator = member.Role == StudyRole.Coordinator && role != StudyRole.Coordinator
            && await db.StudyMembers.CountAsync(m => m.StudyId == StudyId && m.Role == StudyRole.Coordinator, cancellationToken) == 1;
        if (lastCoordinator)
        {
            ModelState.AddModelError(string.Empty, text["LastCoordinator"]);
        }

        await CheckOrganizationAsync(role, role == StudyRole.ChainPartner ? organizationId ?? member.OrganizationId : null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        member.Role = role;
        member.OrganizationId = role == StudyRole.ChainPartner ? organizationId ?? member.OrganizationId : null;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditActions.MemberChanged, AuditResult.Succeeded, "StudyMember", member.Id);
        TempData["Status"] = text["MemberChanged", shared.Label(role)].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    private async Task CheckOrganizationAsync(StudyRole? role, Guid? organizationId, CancellationToken cancellationToken)
    {
        if (role == StudyRole.ChainPartner)
        {
            if (organizationId is null)
            {
                ModelState.AddModelError(Field(nameof(Input.OrganizationId)), text["PartnerNeedsOrganization"]);
            }
            else if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && o.StudyId == StudyId, cancellationToken))
            {
                ModelState.AddModelError(Field(nameof(Input.OrganizationId)), text["OrganizationNotInStudy"]);
            }
        }
        else if (role is not null && organizationId is not null)
        {
            ModelState.AddModelError(Field(nameof(Input.OrganizationId)), text["OnlyPartnerHasOrganization"]);
        }
    }

    private static string Field(string name) => nameof(Input) + "." + name;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        StudyTitle = title;
        var organizations = await db.Organizations.Where(o => o.StudyId == StudyId).OrderBy(o => o.Order).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var rows = await db.StudyMembers.Where(m => m.StudyId == StudyId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.UserName, u.DisplayName, m.Role, m.OrganizationId })
            .ToListAsync(cancellationToken);
        Members = rows
            .Select(r => new MemberRow(r.Id, r.UserName ?? "", r.DisplayName, r.Role, r.OrganizationId is { } id && names.TryGetValue(id, out var n) ? n : null))
            .OrderBy(r => r.Role).ThenBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Roles = shared.Options<StudyRole>();
        Organizations = organizations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();
        return true;
    }
}
