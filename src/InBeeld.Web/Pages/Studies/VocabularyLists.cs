using InBeeld.Data;
using InBeeld.Web.Localization;
using InBeeld.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Item = InBeeld.Web.Pages.Studies.VocabularyModel.Item;

namespace InBeeld.Web.Pages.Studies;

/// <summary>Reads the five vocabulary lists of a study, each in its own order, as display items.</summary>
internal static class VocabularyLists
{
    public static async Task<IReadOnlyDictionary<VocabularyKind, IReadOnlyList<Item>>> LoadAsync(
        InBeeldDbContext db, Guid studyId, IStringLocalizer<SharedText> text, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).OrderBy(o => o.Order).ThenBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Type }).ToListAsync(cancellationToken);
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId).OrderBy(p => p.Order).ThenBy(p => p.Name)
            .Select(p => new Item(p.Id, p.Name, p.Description)).ToListAsync(cancellationToken);
        var turningPoints = await db.TurningPoints.AsNoTracking().Where(t => t.StudyId == studyId).OrderBy(t => t.Order).ThenBy(t => t.Name)
            .Select(t => new Item(t.Id, t.Name, t.Description)).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().Where(c => c.StudyId == studyId).OrderBy(c => c.Order).ThenBy(c => c.Name)
            .Select(c => new Item(c.Id, c.Name, null)).ToListAsync(cancellationToken);
        var attributes = await db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == studyId).OrderBy(a => a.Order).ThenBy(a => a.Key)
            .ToListAsync(cancellationToken);

        return new Dictionary<VocabularyKind, IReadOnlyList<Item>>
        {
            [VocabularyKind.Organization] = organizations.Select(o => new Item(o.Id, o.Name, text.Label(o.Type))).ToList(),
            [VocabularyKind.Phase] = phases,
            [VocabularyKind.TurningPoint] = turningPoints,
            [VocabularyKind.Channel] = channels,
            [VocabularyKind.Attribute] = attributes.Select(a => new Item(
                a.Id,
                $"{a.Label} ({a.Key})",
                a.Choices.Count == 0 ? text.Label(a.Type) : $"{text.Label(a.Type)}: {string.Join(", ", a.Choices)}"))
                .ToList(),
        };
    }
}
