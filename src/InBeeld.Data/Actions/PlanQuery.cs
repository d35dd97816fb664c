using InBeeld.Core.Actions;
using InBeeld.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Actions;

/// <summary>Builds a study's integrated plan as of today (Dutch date by the clock).</summary>
public sealed class PlanQuery(InBeeldDbContext db, TimeProvider time)
{
    public async Task<IntegratedPlan?> GetAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var study = await db.Studies.AsNoTracking().Where(s => s.Id == studyId).Select(s => new { s.Title, s.ReviewCadenceDays }).SingleOrDefaultAsync(cancellationToken);
        if (study is null)
        {
            return null;
        }

        var actions = await new ActionStore(db, time).ListAsync(studyId, cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId)
            .OrderBy(o => o.Order).ThenBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var labels = await MotivationLabels.LoadAsync(db, studyId, actions, cancellationToken);
        return IntegratedPlan.Build(
            study.Title,
            ActionMonitor.Today(time),
            study.ReviewCadenceDays,
            actions,
            organizations.Select(o => (o.Id, o.Name)).ToList(),
            labels.Anchors,
            labels.Describe);
    }
}
