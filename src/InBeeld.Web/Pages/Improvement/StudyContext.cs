using InBeeld.Core.Access;
using InBeeld.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement;

/// <summary>What every improvement page needs of its study: title, organisations and members in the study's order, review cadence.</summary>
public sealed record StudyContext(
    Guid Id,
    string Title,
    int? ReviewCadenceDays,
    Guid? PreviousStudyId,
    IReadOnlyList<(Guid Id, string Name)> Organizations,
    IReadOnlyList<(Guid Id, string Name)> Members)
{
    public static async Task<StudyContext?> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var study = await db.Studies.AsNoTracking().Where(s => s.Id == studyId)
            .Select(s => new { s.Id, s.Title, s.ReviewCadenceDays, s.PreviousStudyId }).SingleOrDefaultAsync(cancellationToken);
        if (study is null)
        {
            return null;
        }

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .OrderBy(o => o.Order).ThenBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var members = await db.StudyMembers.AsNoTracking().Where(m => m.StudyId == studyId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, Name = u.DisplayName == "" ? u.UserName! : u.DisplayName + " (" + u.UserName + ")" })
            .ToListAsync(cancellationToken);
        return new StudyContext(
            study.Id, study.Title, study.ReviewCadenceDays, study.PreviousStudyId,
            organizations.Select(o => (o.Id, o.Name)).ToList(),
            members.OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => (m.Id, m.Name)).ToList());
    }

    public IReadOnlyList<SelectListItem> OrganizationItems => Organizations.Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToList();

    public IReadOnlyList<SelectListItem> MemberItems => Members.Select(m => new SelectListItem(m.Name, m.Id.ToString())).ToList();

    public string? OrganizationName(Guid? id) => id is { } o ? Organizations.FirstOrDefault(x => x.Id == o).Name : null;
}
