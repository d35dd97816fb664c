using InBeeld.Core.Composites.Similarity;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Composites.Composition;

/// <summary>
/// Proposes a group's composite journey. The backbone is the medoid's route: a real route, the one
/// closest to all others (by <see cref="StepEditDistance"/>). Every member route is aligned to it
/// with the same edit distance; a member step paired with backbone step p (equal, or sharing phase or
/// organisation) is a source of composite step p. Backbone steps with too little support
/// (<see cref="CompositeOptions.MinSupport"/>) are left out; member steps paired with nothing are
/// reported as unplaced. Per composite step: the most common phase, organisation and channel (ties:
/// the backbone's), the lower median of experience and waiting time, the most common recorded
/// handover (ties: the colder — a composite should not hide a gap), texts pointed to in the
/// backbone step (pain point and bright spot: the most common text among the sources), and
/// quotes chosen by <see cref="QuoteChooser"/>.
/// </summary>
public static class CompositeBuilder
{
    public static CompositeDraft Build(IReadOnlyList<SourceRoute> members, Guid? medoid = null, CompositeOptions? options = null)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("A composite journey needs at least one interview.", nameof(members));
        }

        options ??= new CompositeOptions();
        var routes = members.OrderBy(m => m.InterviewId).ToList();
        var tokens = Tokenize(routes);
        var backbone = medoid is { } m && routes.FindIndex(r => r.InterviewId == m) is var given and >= 0 ? given : Medoid(tokens);

        // For each backbone step, the aligned step of each member (backbone itself included).
        var aligned = routes[backbone].Steps.Select(_ => new List<(int Route, int Step)>()).ToList();
        var placed = routes.Select(r => new bool[r.Steps.Count]).ToList();
        for (var r = 0; r < routes.Count; r++)
        {
            var pairs = r == backbone
                ? Enumerable.Range(0, routes[r].Steps.Count).Select(i => (i, i)).ToList()
                : StepEditDistance.Align(tokens[backbone], tokens[r]);
            foreach (var (b, s) in pairs)
            {
                aligned[b].Add((r, s));
            }
        }

        var needed = Math.Max(1, (int)Math.Ceiling(options.MinSupport * routes.Count - 1e-9));
        var steps = new List<CompositeStepDraft>();
        for (var b = 0; b < aligned.Count; b++)
        {
            if (aligned[b].Count < needed)
            {
                continue;
            }

            foreach (var (r, s) in aligned[b])
            {
                placed[r][s] = true;
            }

            steps.Add(Compose(steps.Count, routes, backbone, b, aligned[b], options));
        }

        var unplaced = routes
            .SelectMany((route, r) => route.Steps.Select((step, s) => (Step: step, Placed: placed[r][s], route.InterviewId)))
            .Where(x => !x.Placed)
            .Select(x => new SourceStepRef(x.InterviewId, x.Step.Id))
            .ToList();
        return new CompositeDraft { BackboneInterviewId = routes[backbone].InterviewId, MemberCount = routes.Count, Steps = steps, Unplaced = unplaced };
    }

    private static CompositeStepDraft Compose(
        int order, List<SourceRoute> routes, int backbone, int position, List<(int Route, int Step)> sources, CompositeOptions options)
    {
        var own = routes[backbone].Steps[position];
        var steps = sources.OrderBy(x => routes[x.Route].InterviewId).Select(x => (routes[x.Route].InterviewId, Step: routes[x.Route].Steps[x.Step])).ToList();
        var experience = LowerMedian(steps.Select(s => s.Step.Experience));
        return new CompositeStepDraft
        {
            Order = order,
            PhaseId = Mode(steps.Select(s => s.Step.PhaseId), own.PhaseId),
            OrganizationId = Mode(steps.Select(s => s.Step.OrganizationId), own.OrganizationId),
            ChannelId = Mode(steps.Select(s => s.Step.ChannelId).Where(c => c is not null), own.ChannelId),
            Experience = experience,
            Handover = TypicalHandover(steps.Select(s => s.Step.Handover)),
            WaitingDays = LowerMedian(steps.Select(s => s.Step.WaitingDays)),
            DescriptionFrom = new SourceStepRef(routes[backbone].InterviewId, own.Id),
            PainPointFrom = TypicalText(steps, s => s.PainPoint, own),
            BrightSpotFrom = TypicalText(steps, s => s.BrightSpot, own),
            Sources = steps.Select(s => new SourceStepRef(s.InterviewId, s.Step.Id)).ToList(),
            Quotes = QuoteChooser.Choose(steps, experience, options.MaxQuotes),
        };
    }

    /// <summary>The member whose route is closest to all others (sum of normalised edit distances); ties: lowest id.</summary>
    private static int Medoid(List<int[]> tokens)
    {
        var (best, bestSum) = (0, double.PositiveInfinity);
        for (var a = 0; a < tokens.Count; a++)
        {
            var sum = 0.0;
            for (var b = 0; b < tokens.Count; b++)
            {
                sum += StepEditDistance.Normalized(tokens[a], tokens[b]);
            }

            if (sum < bestSum - 1e-12)
            {
                (best, bestSum) = (a, sum);
            }
        }

        return best;
    }

    private static List<int[]> Tokenize(List<SourceRoute> routes)
    {
        var phases = new Dictionary<Guid, int>();
        var organizations = new Dictionary<Guid, int>();
        return routes.Select(r => r.Steps.Select(s => StepTokens.Pack(Intern(phases, s.PhaseId), Intern(organizations, s.OrganizationId))).ToArray()).ToList();
    }

    private static int Intern(Dictionary<Guid, int> index, Guid? id)
    {
        if (id is not { } value)
        {
            return -1;
        }

        if (!index.TryGetValue(value, out var i))
        {
            i = index.Count;
            index[value] = i;
        }

        return i;
    }

    /// <summary>The most common value; among equally common ones the preferred value if it is one of them, else the first seen.</summary>
    internal static T? Mode<T>(IEnumerable<T?> values, T? preferred)
    {
        var counts = values.GroupBy(v => v).Select(g => (Value: g.Key, Count: g.Count())).ToList();
        if (counts.Count == 0)
        {
            return preferred;
        }

        var max = counts.Max(c => c.Count);
        var top = counts.Where(c => c.Count == max).Select(c => c.Value).ToList();
        return top.Contains(preferred) ? preferred : top[0];
    }

    /// <summary>The lower of the two middle values for an even count; null when nothing is known.</summary>
    internal static int? LowerMedian(IEnumerable<int?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).Order().ToList();
        return known.Count == 0 ? null : known[(known.Count - 1) / 2];
    }

    /// <summary>The most common recorded handover; ties go to the colder (no handover, then cold, then warm).</summary>
    internal static HandoverKind TypicalHandover(IEnumerable<HandoverKind> handovers)
    {
        var recorded = handovers.Where(h => h != HandoverKind.NotRecorded).ToList();
        if (recorded.Count == 0)
        {
            return HandoverKind.NotRecorded;
        }

        return recorded.GroupBy(h => h)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key switch { HandoverKind.None => 0, HandoverKind.Cold => 1, _ => 2 })
            .First().Key;
    }

    private static SourceStepRef? TypicalText(List<(Guid InterviewId, SourceStep Step)> steps, Func<SourceStep, string?> text, SourceStep backbone)
    {
        var candidates = steps.Where(s => !string.IsNullOrWhiteSpace(text(s.Step))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var typical = Mode(candidates.Select(s => text(s.Step)!.Trim()), text(backbone)?.Trim());
        var matching = candidates.Where(s => string.Equals(text(s.Step)!.Trim(), typical, StringComparison.Ordinal)).ToList();
        var pick = matching.Find(s => s.Step.Id == backbone.Id);
        if (pick.Step is null)
        {
            pick = matching[0];
        }

        return new SourceStepRef(pick.InterviewId, pick.Step.Id);
    }
}
