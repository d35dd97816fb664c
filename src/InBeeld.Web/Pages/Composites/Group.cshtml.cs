using InBeeld.Core.Access;
using InBeeld.Core.Composites.Model;
using InBeeld.Data;
using InBeeld.Data.Composites;
using InBeeld.Data.Privacy;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// One group for the researcher: its name, its interviews (pseudonym codes: raw data, so editors only),
/// and the changes — rename, move an interview to another group, add an ungrouped one, split, merge,
/// and make the composite journey. Every change is a plain form post.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class GroupModel(InBeeldDbContext db, GroupEditor editor, CompositeService composites, IStringLocalizer<CompositeText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid GroupId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public string StudyTitle { get; private set; } = "";

    public JourneyGroup? Group { get; private set; }

    public IReadOnlyList<GroupMember> Members { get; private set; } = [];

    public IReadOnlyList<GroupMember> Ungrouped { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> OtherGroups { get; private set; } = [];

    public bool HasComposite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Name = Group!.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var name = Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > JourneyGroup.MaxNameLength)
        {
            ModelState.AddModelError(nameof(Name), text["NameInvalid", JourneyGroup.MaxNameLength]);
            return Page();
        }

        await editor.RenameAsync(StudyId, GroupId, name, cancellationToken);
        return Done("Renamed");
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid interviewId, Guid targetGroupId, CancellationToken cancellationToken) =>
        await editor.MoveAsync(StudyId, interviewId, targetGroupId, cancellationToken)
            ? await GroupStillExistsAsync(cancellationToken) ? Done("Moved") : DoneAtIndex("MovedGroupRemoved")
            : NotFound();

    public async Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken)
    {
        if (!await db.JourneyGroups.AnyAsync(g => g.Id == GroupId && g.StudyId == StudyId, cancellationToken))
        {
            return NotFound();
        }

        var part = await editor.SplitAsync(StudyId, GroupId, cancellationToken);
        return part is null ? Done("SplitTooSmall") : Done("Split");
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid otherGroupId, CancellationToken cancellationToken) =>
        await editor.MergeAsync(StudyId, otherGroupId, GroupId, cancellationToken) ? Done("Merged") : NotFound();

    public async Task<IActionResult> OnPostBuildAsync(CancellationToken cancellationToken)
    {
        if (!await db.JourneyGroups.AnyAsync(g => g.Id == GroupId && g.StudyId == StudyId, cancellationToken))
        {
            return NotFound();
        }

        var id = await composites.BuildAsync(StudyId, GroupId, cancellationToken);
        if (id is null)
        {
            return Done("BuildNothing");
        }

        RequestAudit.NameObject(HttpContext, "CompositeJourney", id.Value);
        TempData["Status"] = text["Built"].Value;
        return RedirectToPage("/Composites/Journey", new { studyId = StudyId, groupId = GroupId });
    }

    private IActionResult Done(string key)
    {
        TempData["Status"] = text[key].Value;
        return RedirectToPage(null, new { studyId = StudyId, groupId = GroupId });
    }

    private IActionResult DoneAtIndex(string key)
    {
        TempData["Status"] = text[key].Value;
        return RedirectToPage("/Composites/Index", new { studyId = StudyId });
    }

    private Task<bool> GroupStillExistsAsync(CancellationToken cancellationToken) =>
        db.JourneyGroups.AnyAsync(g => g.Id == GroupId, cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Group = await db.JourneyGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == GroupId && g.StudyId == StudyId, cancellationToken);
        if (Group is null)
        {
            return false;
        }

        StudyTitle = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        var medoid = Group.MedoidInterviewId;
        var members = await db.JourneyGroupMembers.AsNoTracking().Where(m => m.GroupId == GroupId)
            .Join(db.Interviews, m => m.InterviewId, i => i.Id, (m, i) => new { m, i })
            .Join(db.Participants, x => x.i.ParticipantId, p => p.Id, (x, p) => new { x.i.Id, p.Code, x.i.Date, x.m.MovedByResearcher })
            .ToListAsync(cancellationToken);
        Members = members.Select(x => new GroupMember(x.Id, x.Code, x.Date, x.MovedByResearcher, x.Id == medoid))
            .OrderBy(m => m.Code, StringComparer.Ordinal).ThenBy(m => m.Date).ToList();
        var grouped = db.JourneyGroupMembers.Select(m => m.InterviewId);
        var ungrouped = await db.Interviews.AsNoTracking().Where(i => i.StudyId == StudyId && !grouped.Contains(i.Id)).Where(ConsentRule.Counts(db))
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, p.Code, i.Date })
            .ToListAsync(cancellationToken);
        Ungrouped = ungrouped.Select(x => new GroupMember(x.Id, x.Code, x.Date, false, false))
            .OrderBy(m => m.Code, StringComparer.Ordinal).ThenBy(m => m.Date).ToList();
        OtherGroups = (await db.JourneyGroups.AsNoTracking().Where(g => g.StudyId == StudyId && g.Id != GroupId).OrderBy(g => g.Number)
            .Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken)).Select(g => (g.Id, g.Name)).ToList();
        HasComposite = await db.CompositeJourneys.AnyAsync(c => c.GroupId == GroupId, cancellationToken);
        return true;
    }
}
