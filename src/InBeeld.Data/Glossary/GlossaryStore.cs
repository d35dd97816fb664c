using InBeeld.Core.Glossary;
using InBeeld.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Glossary;

/// <summary>A study's glossary: each organisation's own terms mapped to the shared concepts.</summary>
public sealed class GlossaryStore(InBeeldDbContext db)
{
    public async Task<IReadOnlyList<GlossaryEntry>> ListAsync(Guid studyId, CancellationToken cancellationToken) =>
        await db.GlossaryEntries.AsNoTracking().Where(e => e.StudyId == studyId)
            .OrderBy(e => e.Concept).ThenBy(e => e.Term)
            .ToListAsync(cancellationToken);

    public async Task<GlossaryEntry> AddAsync(Guid studyId, string? concept, Guid? organizationId, string? term, string? explanation, CancellationToken cancellationToken)
    {
        var existing = await ListAsync(studyId, cancellationToken);
        var organizations = (await db.Organizations.Where(o => o.StudyId == studyId).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var errors = GlossaryRules.Validate(concept, organizationId, term, explanation, organizations, existing);
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }

        var entry = new GlossaryEntry
        {
            StudyId = studyId,
            Concept = concept!.Trim(),
            OrganizationId = organizationId!.Value,
            Term = term!.Trim(),
            Explanation = string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim(),
        };
        db.GlossaryEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public async Task<bool> DeleteAsync(Guid studyId, Guid entryId, CancellationToken cancellationToken) =>
        await db.GlossaryEntries.Where(e => e.Id == entryId && e.StudyId == studyId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<TermAnnotator> AnnotatorAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var names = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return new TermAnnotator(await ListAsync(studyId, cancellationToken), names);
    }
}
