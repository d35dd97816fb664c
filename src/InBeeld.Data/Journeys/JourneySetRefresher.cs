using InBeeld.Core.Journeys;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Brings a cached <see cref="JourneySet"/> up to date by reloading only the interviews changed since
/// it was loaded (their <c>UpdatedAt</c> is newer) and copying the other routes from the cached set.
/// The result equals a full load (JourneySetCacheTests check that); after a large change a full load
/// is simply cheaper.
/// </summary>
internal static class JourneySetRefresher
{
    private const int MaxChangedInterviews = 500;

    public static async Task<JourneySet> RefreshAsync(
        InBeeldDbContext db, Guid studyId, JourneySet previous, IReadOnlyCollection<Guid> changed, CancellationToken cancellationToken)
    {
        if (changed.Count > MaxChangedInterviews)
        {
            return await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        }

        var fresh = await InterviewJourneyLoader.LoadAsync(db, studyId, changed, cancellationToken);
        var order = await InterviewJourneyLoader.ConsentedInterviewIdsAsync(db, studyId, cancellationToken);
        var vocabulary = await InterviewJourneyLoader.LoadVocabularyAsync(db, studyId, cancellationToken);
        var builder = vocabulary.CreateBuilder();
        var changedSet = changed.ToHashSet();
        var inFresh = IndexOfJourneys(fresh);
        var inPrevious = IndexOfJourneys(previous);
        foreach (var id in order)
        {
            builder.BeginJourney(id);
            if (inFresh.TryGetValue(id, out var j))
            {
                CopySteps(fresh, j, builder);
            }
            else if (!changedSet.Contains(id) && inPrevious.TryGetValue(id, out j))
            {
                CopySteps(previous, j, builder);
            }
        }

        return builder.Build();
    }

    private static Dictionary<Guid, int> IndexOfJourneys(JourneySet set)
    {
        var index = new Dictionary<Guid, int>(set.JourneyCount);
        var ids = set.JourneyIds;
        for (var j = 0; j < ids.Length; j++)
        {
            index[ids[j]] = j;
        }

        return index;
    }

    /// <summary>Copies by vocabulary id, not index: the two sets may number their vocabularies differently.</summary>
    private static void CopySteps(JourneySet source, int journey, JourneySetBuilder builder)
    {
        for (var step = source.Offsets[journey]; step < source.Offsets[journey + 1]; step++)
        {
            builder.AddStep(
                Id(source.OrganizationIds, source.Organization[step]),
                Id(source.PhaseIds, source.Phase[step]),
                Id(source.ChannelIds, source.Channel[step]),
                Id(source.TurningPointIds, source.TurningPoint[step]),
                source.Experience[step] == JourneySet.NoExperience ? null : source.Experience[step],
                source.Handover[step],
                source.WaitingDays[step] == JourneySet.None ? null : source.WaitingDays[step]);
        }
    }

    private static Guid? Id(ReadOnlySpan<Guid> ids, int index) => index == JourneySet.None ? null : ids[index];
}
