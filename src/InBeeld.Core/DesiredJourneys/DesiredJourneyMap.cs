using InBeeld.Core.Localization;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.DesiredJourneys;

/// <summary>
/// Draws a desired journey with the journey-map renderer: the current hartslag as told, the desired
/// one as targeted. Removed steps stay on the map, marked, with no desired point (the step will not
/// exist); added steps have no current point (nobody lived them yet). Both lines therefore only
/// show what is known.
/// </summary>
public static class DesiredJourneyMap
{
    public static JourneyMapModel Build(DesiredJourney journey, JourneyMapVocabulary vocabulary, string studyTitle, string subject, int interviewCount, bool fictitiousPerson)
    {
        var phases = vocabulary.Phases.OrderBy(p => p.Order).ToList();
        var organizations = vocabulary.Organizations.OrderBy(o => o.Order).ToList();
        var phaseIds = phases.ConvertAll(p => p.Id);
        var organizationIds = organizations.ConvertAll(o => o.Id);
        var channels = vocabulary.Channels.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var ordered = journey.Steps.OrderBy(s => s.Order).ThenBy(s => s.Id).ToList();

        var steps = ordered.Select(s => new JourneyMapStep
        {
            Phase = IndexOf(phaseIds, s.PhaseId),
            Organization = IndexOf(organizationIds, s.OrganizationId),
            Channel = s.ChannelId is { } c && channels.TryGetValue(c, out var name) ? name : null,
            Description = s.Change switch
            {
                StepChange.Removed => ImprovementText.Get("Desired_MapRemoved", s.Description),
                StepChange.Added => ImprovementText.Get("Desired_MapAdded", s.Description),
                _ => s.Description,
            },
            Experience = s.CurrentExperience,
            Handover = s.Handover,
            WaitingDays = s.WaitingDays,
            BrightSpot = s.Note,
        }).ToList();

        return new JourneyMapModel
        {
            Header = new JourneyMapHeader
            {
                StudyTitle = studyTitle,
                Subject = subject,
                Date = Actions.ActionMonitor.DateOf(journey.UpdatedAt),
                InterviewCount = interviewCount,
                IsFictitiousPerson = fictitiousPerson,
            },
            Phases = phases.ConvertAll(p => p.Name),
            Organizations = organizations.ConvertAll(o => o.Name),
            Steps = steps,
            DesiredExperience = ordered.Select(s => s.IsRemoved ? null : s.TargetExperience).ToList(),
        };
    }

    private static int? IndexOf(List<Guid> ids, Guid? id)
    {
        if (id is null)
        {
            return null;
        }

        var i = ids.IndexOf(id.Value);
        return i < 0 ? null : i;
    }
}
