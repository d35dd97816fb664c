using InBeeld.Core.Interviews;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Studies;

/// <summary>
/// Computes a <see cref="StudyOverview"/> with a few grouped queries inside the database, so the
/// cost stays flat in the number of interviews (10,000 interviews / 150,000 steps: see
/// docs/performance.md). Vocabulary names are joined in memory, as they are few.
/// </summary>
public sealed class StudyOverviewQuery(InBeeldDbContext db)
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
        var interviewCounts = await db.Interviews
            .Where(i => i.StudyId == studyId)
            .GroupBy(i => i.Consent.Given)
            .Select(g => new { Consent = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var steps = db.Steps.Where(s => db.Interviews.Any(i => i.Id == s.InterviewId && i.StudyId == studyId && i.Consent.Given));

        // One pass over the steps gives every per-step figure; distinct-interview counts need their own grouping.
        var cells = await steps
            .GroupBy(s => new { s.OrganizationId, s.PhaseId, s.Handover })
            .Select(g => new
            {
                g.Key.OrganizationId,
                g.Key.PhaseId,
                g.Key.Handover,
                Steps = g.Count(),
                ExperienceSum = g.Sum(s => s.Experience) ?? 0,
                ExperienceN = g.Count(s => s.Experience != null),
            })
            .ToListAsync(cancellationToken);
        var interviewsPerOrganization = await steps
            .GroupBy(s => s.OrganizationId)
            .Select(g => new { g.Key, Interviews = g.Select(s => s.InterviewId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key ?? Guid.Empty, x => x.Interviews, cancellationToken);
        var interviewsPerPhase = await steps
            .GroupBy(s => s.PhaseId)
            .Select(g => new { g.Key, Interviews = g.Select(s => s.InterviewId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key ?? Guid.Empty, x => x.Interviews, cancellationToken);

        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .Select(o => new VocabularyItem(o.Id, o.Name, o.Order)).ToListAsync(cancellationToken);
        var phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == studyId)
            .Select(p => new VocabularyItem(p.Id, p.Name, p.Order)).ToListAsync(cancellationToken);

        return new StudyOverview
        {
            StudyId = study.Id,
            Title = study.Title,
            Participants = participants,
            Interviews = interviewCounts.Sum(c => c.Count),
            InterviewsWithoutConsent = interviewCounts.Where(c => !c.Consent).Sum(c => c.Count),
            Steps = cells.Sum(c => c.Steps),
            StepsPerOrganization = Groups(organizations, cells.Select(c => (c.OrganizationId, c.Steps)), interviewsPerOrganization),
            StepsPerPhase = Groups(phases, cells.Select(c => (c.PhaseId, c.Steps)), interviewsPerPhase),
            StepsPerOrganizationAndPhase = cells
                .GroupBy(c => (c.OrganizationId, c.PhaseId))
                .Select(g => new CellCount(g.Key.OrganizationId, g.Key.PhaseId, g.Sum(c => c.Steps)))
                .ToList(),
            ExperiencePerPhase = ExperiencePerPhase(phases, cells.Select(c => (c.PhaseId, c.ExperienceSum, c.ExperienceN))),
            Handovers = Enum.GetValues<HandoverKind>()
                .Select(kind => new HandoverCount(kind, cells.Where(c => c.Handover == kind).Sum(c => c.Steps)))
                .ToList(),
        };
    }

    private sealed record VocabularyItem(Guid Id, string Name, int Order);

    /// <summary>Every vocabulary item appears (zero counts too), in vocabulary order; "not filled in" last.</summary>
    private static List<GroupCount> Groups(
        List<VocabularyItem> vocabulary, IEnumerable<(Guid? Id, int Steps)> counts, Dictionary<Guid, int> interviews)
    {
        var steps = counts.GroupBy(c => c.Id ?? Guid.Empty).ToDictionary(g => g.Key, g => g.Sum(c => c.Steps));
        var result = vocabulary
            .OrderBy(v => v.Order).ThenBy(v => v.Name, StringComparer.CurrentCulture)
            .Select(v => new GroupCount(v.Id, v.Name, v.Order, steps.GetValueOrDefault(v.Id), interviews.GetValueOrDefault(v.Id)))
            .ToList();
        if (steps.TryGetValue(Guid.Empty, out var unassigned))
        {
            result.Add(new GroupCount(null, null, int.MaxValue, unassigned, interviews.GetValueOrDefault(Guid.Empty)));
        }

        return result;
    }

    private static List<PhaseExperience> ExperiencePerPhase(
        List<VocabularyItem> phases, IEnumerable<(Guid? PhaseId, int Sum, int N)> cells)
    {
        var totals = cells.GroupBy(c => c.PhaseId ?? Guid.Empty)
            .ToDictionary(g => g.Key, g => (Sum: g.Sum(c => c.Sum), N: g.Sum(c => c.N)));
        PhaseExperience Make(Guid? id, string? name, int order)
        {
            var (sum, n) = totals.GetValueOrDefault(id ?? Guid.Empty);
            return new PhaseExperience(id, name, order, n == 0 ? null : (double)sum / n, n);
        }

        var result = phases.OrderBy(p => p.Order).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => Make(p.Id, p.Name, p.Order))
            .ToList();
        if (totals.ContainsKey(Guid.Empty))
        {
            result.Add(Make(null, null, int.MaxValue));
        }

        return result;
    }
}
