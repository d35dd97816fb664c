using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Studies;

/// <summary>Usage counts, deletion and reordering for the five vocabulary lists, in plain EF Core.</summary>
internal sealed class VocabularyStore(InBeeldDbContext db)
{
    /// <summary>How many steps (or, for attributes, participants) use the item: deletion is refused when not zero.</summary>
    public Task<int> UsageAsync(VocabularyKind kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        VocabularyKind.Organization => db.Steps.CountAsync(s => s.OrganizationId == id, cancellationToken),
        VocabularyKind.Phase => db.Steps.CountAsync(s => s.PhaseId == id, cancellationToken),
        VocabularyKind.TurningPoint => db.Steps.CountAsync(s => s.TurningPointId == id, cancellationToken),
        VocabularyKind.Channel => db.Steps.CountAsync(s => s.ChannelId == id, cancellationToken),
        VocabularyKind.Attribute => db.ParticipantAttributeValues.CountAsync(v => v.AttributeDefinitionId == id, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Deletes the item; false when it does not belong to the study.</summary>
    public async Task<bool> DeleteAsync(VocabularyKind kind, Guid studyId, Guid id, CancellationToken cancellationToken)
    {
        var deleted = kind switch
        {
            VocabularyKind.Organization => await db.Organizations.Where(o => o.StudyId == studyId && o.Id == id).ExecuteDeleteAsync(cancellationToken),
            VocabularyKind.Phase => await db.Phases.Where(p => p.StudyId == studyId && p.Id == id).ExecuteDeleteAsync(cancellationToken),
            VocabularyKind.TurningPoint => await db.TurningPoints.Where(t => t.StudyId == studyId && t.Id == id).ExecuteDeleteAsync(cancellationToken),
            VocabularyKind.Channel => await db.Channels.Where(c => c.StudyId == studyId && c.Id == id).ExecuteDeleteAsync(cancellationToken),
            VocabularyKind.Attribute => await db.AttributeDefinitions.Where(a => a.StudyId == studyId && a.Id == id).ExecuteDeleteAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return deleted > 0;
    }

    /// <summary>Moves the item one place up (−1) or down (+1) and renumbers the list 0…n−1.</summary>
    public async Task MoveAsync(VocabularyKind kind, Guid studyId, Guid id, int delta, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case VocabularyKind.Organization:
                Move(await db.Organizations.Where(o => o.StudyId == studyId).OrderBy(o => o.Order).ToListAsync(cancellationToken), o => o.Id, (o, n) => o.Order = n, id, delta);
                break;
            case VocabularyKind.Phase:
                Move(await db.Phases.Where(p => p.StudyId == studyId).OrderBy(p => p.Order).ToListAsync(cancellationToken), p => p.Id, (p, n) => p.Order = n, id, delta);
                break;
            case VocabularyKind.TurningPoint:
                Move(await db.TurningPoints.Where(t => t.StudyId == studyId).OrderBy(t => t.Order).ToListAsync(cancellationToken), t => t.Id, (t, n) => t.Order = n, id, delta);
                break;
            case VocabularyKind.Channel:
                Move(await db.Channels.Where(c => c.StudyId == studyId).OrderBy(c => c.Order).ToListAsync(cancellationToken), c => c.Id, (c, n) => c.Order = n, id, delta);
                break;
            case VocabularyKind.Attribute:
                Move(await db.AttributeDefinitions.Where(a => a.StudyId == studyId).OrderBy(a => a.Order).ToListAsync(cancellationToken), a => a.Id, (a, n) => a.Order = n, id, delta);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Move<T>(List<T> items, Func<T, Guid> idOf, Action<T, int> setOrder, Guid id, int delta)
    {
        var from = items.FindIndex(item => idOf(item) == id);
        var to = from + Math.Sign(delta);
        if (from >= 0 && to >= 0 && to < items.Count)
        {
            (items[from], items[to]) = (items[to], items[from]);
        }

        for (var i = 0; i < items.Count; i++)
        {
            setOrder(items[i], i);
        }
    }
}
