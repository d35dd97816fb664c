using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.EventLogs.Comparison;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// The study's interviews beside one of its logs (or a log read from a file, for the CLI): the
/// interview routes with consent (<see cref="InterviewJourneyLoader"/> applies the consent rule), the
/// study's mapping table, and the organisation names to show.
/// </summary>
public sealed class HandoverComparisonQuery(InBeeldDbContext db)
{
    public sealed record Result(HandoverComparisonResult Comparison, IReadOnlyDictionary<Guid, string> OrganizationNames, int MappedNames);

    public async Task<Result> CompareAsync(Guid studyId, EventLog log, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        var gaps = GapAnalysis.Compute(new AnalysisData { Journeys = set });
        var mapping = await new LogMappingStore(db).MappingAsync(studyId, cancellationToken);
        var names = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var mapped = mapping.OrganizationByActivity.Count + mapping.OrganizationByLogOrganization.Count + mapping.OrganizationByResource.Count;
        return new Result(HandoverComparison.Compute(gaps, log, mapping, outcomes, quietPeriod), names, mapped);
    }

    /// <summary>The same for a log mined in the database: its side comes ready (<see cref="Sql.PostgresHandovers"/>).</summary>
    public async Task<Result> CompareAsync(Guid studyId, LogHandovers log, CancellationToken cancellationToken)
    {
        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        var gaps = GapAnalysis.Compute(new AnalysisData { Journeys = set });
        var mapping = await new LogMappingStore(db).MappingAsync(studyId, cancellationToken);
        var names = await db.Organizations.AsNoTracking().Where(o => o.StudyId == studyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var mapped = mapping.OrganizationByActivity.Count + mapping.OrganizationByLogOrganization.Count + mapping.OrganizationByResource.Count;
        return new Result(HandoverComparison.Combine(gaps, log), names, mapped);
    }
}
