namespace InBeeld.Core.DesiredJourneys;

/// <summary>Starts a desired journey as an exact copy of the current one: every change after that is the work group's.</summary>
public static class DesiredJourneyFactory
{
    public static DesiredJourney Copy(Guid studyId, string title, DesiredSourceKind kind, Guid sourceId, IEnumerable<SourceStep> steps, DateTimeOffset now, Guid? by)
    {
        var journey = new DesiredJourney
        {
            StudyId = studyId,
            Title = title.Trim(),
            SourceKind = kind,
            SourceId = sourceId,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedByUserId = by,
        };
        var order = 0;
        foreach (var s in steps)
        {
            journey.Steps.Add(new DesiredStep
            {
                DesiredJourneyId = journey.Id,
                Order = order++,
                SourceStepId = s.Id,
                PhaseId = s.PhaseId,
                OrganizationId = s.OrganizationId,
                ChannelId = s.ChannelId,
                Description = s.Description,
                Handover = s.Handover,
                WaitingDays = s.WaitingDays,
                // Until the group sets a target, the desired line follows the current one: no improvement is claimed.
                TargetExperience = s.Experience,
                CurrentPhaseId = s.PhaseId,
                CurrentOrganizationId = s.OrganizationId,
                CurrentDescription = s.Description,
                CurrentExperience = s.Experience,
                CurrentHandover = s.Handover,
                CurrentWaitingDays = s.WaitingDays,
            });
        }

        return journey;
    }
}
