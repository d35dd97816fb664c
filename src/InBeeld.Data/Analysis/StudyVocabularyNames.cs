using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Analysis;

/// <summary>
/// The names of a study's phases, organisations and turning points, in the study's order: analysis
/// results carry ids, and whoever shows them (CLI, web page, export) looks the names up here.
/// </summary>
public sealed record StudyVocabularyNames(IReadOnlyList<VocabularyName> Phases, IReadOnlyList<VocabularyName> Organizations, IReadOnlyList<VocabularyName> TurningPoints)
{
    public static async Task<StudyVocabularyNames> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) => new(
        await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId).OrderBy(p => p.Order).ThenBy(p => p.Name)
            .Select(p => new VocabularyName(p.Id, p.Name, p.Order)).ToListAsync(cancellationToken),
        await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).OrderBy(o => o.Order).ThenBy(o => o.Name)
            .Select(o => new VocabularyName(o.Id, o.Name, o.Order)).ToListAsync(cancellationToken),
        await db.TurningPoints.AsNoTracking().Where(t => t.StudyId == studyId).OrderBy(t => t.Order).ThenBy(t => t.Name)
            .Select(t => new VocabularyName(t.Id, t.Name, t.Order)).ToListAsync(cancellationToken));

    /// <summary>Every name by id, for looking up any id an analysis result carries.</summary>
    public Dictionary<Guid, string> ById() => Phases.Concat(Organizations).Concat(TurningPoints).ToDictionary(v => v.Id, v => v.Name);
}
