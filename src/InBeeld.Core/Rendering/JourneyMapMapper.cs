using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering;

/// <summary>Turns a recorded interview into a <see cref="JourneyMapModel"/>.</summary>
public static class JourneyMapMapper
{
    /// <summary>
    /// Maps the interview's steps in route order. Phases and organisations keep their vocabulary
    /// order (by <c>Order</c>, ties by list position) so every map of a study has the same column
    /// and lane order. Ids missing from the vocabulary count as "none" rather than failing: a map
    /// of a half-edited interview is still useful. Each step shows its first quote (by
    /// <see cref="Quote.Order"/>) on the map: picking the strongest quote means moving it to the
    /// front, so the choice needs no column of its own and survives export and import.
    /// </summary>
    public static JourneyMapModel FromInterview(
        Interview interview,
        JourneyMapVocabulary vocabulary,
        string studyTitle,
        string participantCode)
    {
        var phases = vocabulary.Phases.OrderBy(p => p.Order).ToList();
        var organizations = vocabulary.Organizations.OrderBy(o => o.Order).ToList();
        var phaseIndex = Index(phases.Select(p => p.Id));
        var organizationIndex = Index(organizations.Select(o => o.Id));
        var channels = vocabulary.Channels.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().Name);

        var steps = interview.Steps
            .OrderBy(s => s.Order)
            .Select(s => new JourneyMapStep
            {
                Phase = Lookup(phaseIndex, s.PhaseId),
                Organization = Lookup(organizationIndex, s.OrganizationId),
                Channel = s.ChannelId is { } c && channels.TryGetValue(c, out var name) ? name : null,
                Description = s.Description,
                Experience = s.Experience,
                PainPoint = s.PainPoint,
                BrightSpot = s.BrightSpot,
                Handover = s.Handover,
                WaitingDays = s.WaitingDays,
                Quote = Quotes(s).FirstOrDefault(),
                OtherQuotes = Quotes(s).Skip(1).ToList(),
            })
            .ToList();

        return new JourneyMapModel
        {
            Header = new JourneyMapHeader
            {
                StudyTitle = studyTitle,
                Subject = participantCode,
                Date = interview.Date,
                InterviewCount = 1,
            },
            Phases = phases.Select(p => p.Name).ToList(),
            Organizations = organizations.Select(o => o.Name).ToList(),
            Steps = steps,
        };
    }

    /// <summary>Quote texts in order; blank ones are left out so an empty quote never takes the map's place.</summary>
    private static IEnumerable<string> Quotes(Step step) =>
        OrderedQuotes(step).Select(q => q.Text);

    /// <summary>
    /// A step's quotes as the map uses them: by Order (ties by id, i.e. by when they were added),
    /// blank ones left out. Callers that need the quotes' ids (to pick one) use the same order.
    /// </summary>
    public static IEnumerable<Quote> OrderedQuotes(Step step) =>
        step.Quotes.OrderBy(q => q.Order).ThenBy(q => q.Id).Where(q => !string.IsNullOrWhiteSpace(q.Text));

    private static Dictionary<Guid, int> Index(IEnumerable<Guid> ids)
    {
        // Positions, not the dictionary size: a duplicated id must not shift the names after it.
        var index = new Dictionary<Guid, int>();
        var position = 0;
        foreach (var id in ids)
        {
            index.TryAdd(id, position++);
        }

        return index;
    }

    private static int? Lookup(Dictionary<Guid, int> index, Guid? id) =>
        id is { } value && index.TryGetValue(value, out var i) ? i : null;
}
