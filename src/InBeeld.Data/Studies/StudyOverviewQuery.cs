using InBeeld.Data.Privacy;
using InBeeld.Core.Analysis;
using InBeeld.Core.Interviews;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Studies;

/// <summary>
/// Computes a <see cref="StudyOverview"/>: the routes are loaded once as a JourneySet and counted
/// in memory (<see cref="StepFigures"/>); the few vocabulary names are joined afterwards.
/// With a <see cref="JourneySetCache"/> (as registered in DI) an unchanged study is not reloaded.
/// </summary>
public sealed class StudyOverviewQuery(InBeeldDbContext db, JourneySetCache? cache = null)
{
    public async Task<StudyOverview?> GetAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var study = await db.Studies.AsNoTracking()
            .Where(s => s.Id == studyId)
            .Select(s => new { s.Id, s.Title })
            .SingleOrDefaultAsync(cancellationToken);
        if (study is null)
        {
            return null;
        }

        var participants = await db.Participants.CountAsync(p => p.StudyId == studyId, cancellationToken);
        var interviews = await db.Interviews.CountAsync(i => i.StudyId == studyId, cancellationToken);
        var counted = await db.Interviews.Where(i => i.StudyId == studyId).Where(ConsentRule.Counts(db)).CountAsync(cancellationToken);
        var withoutConsent = interviews - counted;
        var set = cache is null
            ? await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken)
            : await cache.GetAsync(db, studyId, cancellationToken);
        var figures = StepFigures.Compute(set);

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .Select(o => new VocabularyItem(o.Id, o.Name, o.Order)).ToListAsync(cancellationToken);
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId)
            .Select(p => new VocabularyItem(p.Id, p.Name, p.Order)).ToListAsync(cancellationToken);
        var organizationIndex = IndexOf(set.OrganizationIds);
        var phaseIndex = IndexOf(set.PhaseIds);
        var noOrganization = figures.StepsPerOrganization.Length - 1;
        var noPhase = figures.StepsPerPhase.Length - 1;

        int OrganizationSlot(Guid? id) => id is { } value ? organizationIndex.GetValueOrDefault(value, -1) : noOrganization;
        int PhaseSlot(Guid? id) => id is { } value ? phaseIndex.GetValueOrDefault(value, -1) : noPhase;

        var cells = new List<CellCount>();
        foreach (var o in organizations.Select(o => (Guid?)o.Id).Append(null))
        {
            foreach (var p in phases.Select(p => (Guid?)p.Id).Append(null))
            {
                var (os, ps) = (OrganizationSlot(o), PhaseSlot(p));
                if (os >= 0 && ps >= 0 && figures.StepsPerOrganizationAndPhase[os, ps] > 0)
                {
                    cells.Add(new CellCount(o, p, figures.StepsPerOrganizationAndPhase[os, ps]));
                }
            }
        }

        return new StudyOverview
        {
            StudyId = study.Id,
            Title = study.Title,
            Participants = participants,
            Interviews = interviews,
            InterviewsWithoutConsent = withoutConsent,
            Steps = figures.Steps,
            StepsPerOrganization = Groups(organizations, OrganizationSlot, figures.StepsPerOrganization, figures.JourneysPerOrganization),
            StepsPerPhase = Groups(phases, PhaseSlot, figures.StepsPerPhase, figures.JourneysPerPhase),
            StepsPerOrganizationAndPhase = cells,
            ExperiencePerPhase = Ordered(phases)
                .Select(p => Experience(p.Id, p.Name, p.Order, PhaseSlot(p.Id), figures))
                .Concat(figures.StepsPerPhase[noPhase] > 0 ? [Experience(null, null, int.MaxValue, noPhase, figures)] : [])
                .ToList(),
            Handovers = Enum.GetValues<HandoverKind>().Select(k => new HandoverCount(k, figures.Handovers[(int)k])).ToList(),
        };
    }

    private sealed record VocabularyItem(Guid Id, string Name, int Order);

    private static Dictionary<Guid, int> IndexOf(ReadOnlySpan<Guid> ids)
    {
        var index = new Dictionary<Guid, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        return index;
    }

    private static IEnumerable<VocabularyItem> Ordered(List<VocabularyItem> items) =>
        items.OrderBy(v => v.Order).ThenBy(v => v.Name, StringComparer.CurrentCulture);

    /// <summary>Every vocabulary item appears (zero counts too), in vocabulary order; "not filled in" last if used.</summary>
    private static List<GroupCount> Groups(List<VocabularyItem> vocabulary, Func<Guid?, int> slot, int[] steps, int[] journeys)
    {
        static int At(int[] values, int index) => index >= 0 ? values[index] : 0;
        var result = Ordered(vocabulary)
            .Select(v => new GroupCount(v.Id, v.Name, v.Order, At(steps, slot(v.Id)), At(journeys, slot(v.Id))))
            .ToList();
        var none = slot(null);
        if (steps[none] > 0)
        {
            result.Add(new GroupCount(null, null, int.MaxValue, steps[none], journeys[none]));
        }

        return result;
    }

    private static PhaseExperience Experience(Guid? id, string? name, int order, int slot, StepFigures figures)
    {
        var n = slot >= 0 ? figures.ExperienceCountPerPhase[slot] : 0;
        return new PhaseExperience(id, name, order, n == 0 ? null : (double)figures.ExperienceSumPerPhase[slot] / n, n);
    }
}
