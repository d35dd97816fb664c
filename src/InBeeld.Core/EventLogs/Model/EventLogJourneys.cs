using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// Turns an event log into the same <see cref="JourneySet"/> interviews become, so every journey
/// analysis runs on either source (ARCHITECTURE.md: one JourneySet for both).
/// </summary>
public static class EventLogJourneys
{
    /// <summary>
    /// One journey per case (id = the case pseudonym), one step per occurrence. Waiting days to the
    /// next step are whole days from this step's completion to the next one's start (0 when they
    /// overlap); handovers are not recorded by case systems and experience is never told.
    /// </summary>
    public static JourneySet ToJourneySet(EventLog log, EventLogMapping mapping)
    {
        var activityPhase = Lookup(log.ActivityNames, mapping.PhaseByActivity);
        var activityOrganization = Lookup(log.ActivityNames, mapping.OrganizationByActivity);
        var logOrganization = Lookup(log.OrganizationNames, mapping.OrganizationByLogOrganization);
        var resourceOrganization = Lookup(log.ResourceNames, mapping.OrganizationByResource);
        var builder = new JourneySetBuilder();
        var offsets = log.CaseOffsets;
        var start = log.Start;
        var complete = log.Complete;
        for (var c = 0; c < log.CaseCount; c++)
        {
            builder.BeginJourney(log.CaseIds[c]);
            for (var e = offsets[c]; e < offsets[c + 1]; e++)
            {
                var organization = activityOrganization[log.Activity[e]]
                    ?? (log.Organization[e] >= 0 ? logOrganization[log.Organization[e]] : null)
                    ?? (log.Resource[e] >= 0 ? resourceOrganization[log.Resource[e]] : null);
                int? waitingDays = e + 1 < offsets[c + 1]
                    ? (int)(Math.Max(0, start[e + 1] - complete[e]) / TimeSpan.TicksPerDay)
                    : null;
                builder.AddStep(organization, activityPhase[log.Activity[e]], null, null, null, HandoverKind.NotRecorded, waitingDays);
            }
        }

        return builder.Build();
    }

    private static Guid?[] Lookup(IReadOnlyList<string> names, IReadOnlyDictionary<string, Guid> map)
    {
        var result = new Guid?[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            result[i] = map.TryGetValue(names[i], out var id) ? id : null;
        }

        return result;
    }
}
