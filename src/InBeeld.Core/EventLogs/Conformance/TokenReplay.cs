using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Token-based replay (Rozinat and van der Aalst, "Conformance checking of processes based on
/// monitoring real behavior", Information Systems 33(1), 2008). Each event fires a transition with
/// its label; missing input tokens are created and counted. Silent transitions are fired when a
/// short sequence of them enables the next event's transition or reaches the final marking.
/// Choices: among transitions with the same label the enabled one (else the one missing fewest
/// tokens) wins, ties by model order. An activity that is not in the model counts as one missing
/// and one remaining token — the replay of a transition with one input and one output place,
/// unconnected to the rest. Cases of the same variant are replayed once.
/// </summary>
public static class TokenReplay
{
    private const int SilentSearchLimit = 512;

    public static ReplayResult Replay(PetriNet net, EventLog log)
    {
        var variants = Mining.VariantMiner.Mine(log);
        var (result, perVariant) = ReplayVariants(net, log.ActivityNames, variants.Variants);
        var cases = new CaseReplay[log.CaseCount];
        for (var c = 0; c < cases.Length; c++)
        {
            cases[c] = perVariant[variants.VariantOfCase[c]];
        }

        return result with { Cases = cases };
    }

    /// <summary>
    /// The same from the variants alone — what the database path mines without loading the log — so
    /// <see cref="ReplayResult.Cases"/> is empty; every total and fitness equals the result on the log.
    /// </summary>
    public static ReplayResult Replay(PetriNet net, IReadOnlyList<string> activityNames, IReadOnlyList<Mining.Variant> variants) =>
        ReplayVariants(net, activityNames, variants).Result;

    // Totals per variant times its count: the same integers as per case, and the mean of the case
    // fitness values summed in variant order, so both entry points give the same double.
    private static (ReplayResult Result, CaseReplay[] PerVariant) ReplayVariants(PetriNet net, IReadOnlyList<string> activityNames, IReadOnlyList<Mining.Variant> variants)
    {
        var labels = new LabelMap(net, activityNames);
        var perVariant = new CaseReplay[variants.Count];
        long produced = 0, consumed = 0, missing = 0, remaining = 0;
        double sum = 0;
        int fitting = 0, caseCount = 0;
        var missingCases = new int[activityNames.Count];
        var missingInVariant = new HashSet<int>();
        for (var v = 0; v < perVariant.Length; v++)
        {
            missingInVariant.Clear();
            var replay = perVariant[v] = ReplayTrace(net, labels, variants[v].Activities, missingInVariant);
            var count = variants[v].Count;
            caseCount += count;
            produced += (long)replay.Produced * count;
            consumed += (long)replay.Consumed * count;
            missing += (long)replay.Missing * count;
            remaining += (long)replay.Remaining * count;
            sum += replay.Fitness * count;
            fitting += replay.Fits ? count : 0;
            foreach (var activity in missingInVariant)
            {
                missingCases[activity] += count;
            }
        }

        var fitness = (0.5 * (1 - (consumed == 0 ? 0 : missing / (double)consumed))) + (0.5 * (1 - (produced == 0 ? 0 : remaining / (double)produced)));
        var result = new ReplayResult(
            [], fitness, caseCount == 0 ? 1 : sum / caseCount, fitting,
            [.. missingCases.Select((n, a) => new ActivityCases(a, n)).Where(a => a.Cases > 0).OrderByDescending(a => a.Cases).ThenBy(a => activityNames[a.Activity], StringComparer.Ordinal)],
            labels.UnknownActivities);
        return (result, perVariant);
    }

    /// <summary>Replays one trace (activity indexes); adds to <paramref name="missingActivities"/> the activities that fired with missing tokens.</summary>
    internal static CaseReplay ReplayTrace(PetriNet net, LabelMap labels, IReadOnlyList<int> trace, ISet<int> missingActivities)
    {
        var marking = net.InitialMarking.ToArray();
        var produced = marking.Sum();
        var consumed = 0;
        var missing = 0;
        var extraRemaining = 0;
        foreach (var activity in trace)
        {
            var candidates = labels.Transitions[activity];
            if (candidates.Length == 0)
            {
                missing++;
                consumed++;
                produced++;
                extraRemaining++;
                missingActivities.Add(activity);
                continue;
            }

            var transition = candidates.FirstOrDefault(t => Enabled(net.Transitions[t], marking), -1);
            if (transition < 0 && SilentPath(net, marking, m => candidates.Any(t => Enabled(net.Transitions[t], m))) is { } path)
            {
                foreach (var silent in path)
                {
                    Fire(net.Transitions[silent], marking, ref produced, ref consumed);
                }

                transition = candidates.First(t => Enabled(net.Transitions[t], marking));
            }

            if (transition < 0)
            {
                transition = candidates.OrderBy(t => Shortage(net.Transitions[t], marking)).ThenBy(t => t).First();
                foreach (var arc in net.Transitions[transition].Inputs)
                {
                    var lacking = arc.Weight - marking[arc.Place];
                    if (lacking > 0)
                    {
                        missing += lacking;
                        marking[arc.Place] += lacking;
                    }
                }

                missingActivities.Add(activity);
            }

            Fire(net.Transitions[transition], marking, ref produced, ref consumed);
        }

        var final = net.FinalMarking;
        if (!Covers(marking, final) && SilentPath(net, marking, m => Covers(m, final)) is { } toEnd)
        {
            foreach (var silent in toEnd)
            {
                Fire(net.Transitions[silent], marking, ref produced, ref consumed);
            }
        }

        for (var p = 0; p < marking.Length; p++)
        {
            consumed += final[p];
            if (marking[p] < final[p])
            {
                missing += final[p] - marking[p];
                marking[p] = 0;
            }
            else
            {
                marking[p] -= final[p];
            }
        }

        return new CaseReplay(produced, consumed, missing, marking.Sum() + extraRemaining);
    }

    internal static bool Enabled(PetriTransition transition, IReadOnlyList<int> marking)
    {
        foreach (var arc in transition.Inputs)
        {
            if (marking[arc.Place] < arc.Weight)
            {
                return false;
            }
        }

        return true;
    }

    private static int Shortage(PetriTransition transition, int[] marking) => transition.Inputs.Sum(a => Math.Max(0, a.Weight - marking[a.Place]));

    private static bool Covers(int[] marking, IReadOnlyList<int> target)
    {
        for (var p = 0; p < marking.Length; p++)
        {
            if (marking[p] < target[p])
            {
                return false;
            }
        }

        return true;
    }

    private static void Fire(PetriTransition transition, int[] marking, ref int produced, ref int consumed)
    {
        foreach (var arc in transition.Inputs)
        {
            marking[arc.Place] -= arc.Weight;
            consumed += arc.Weight;
        }

        foreach (var arc in transition.Outputs)
        {
            marking[arc.Place] += arc.Weight;
            produced += arc.Weight;
        }
    }

    /// <summary>The shortest sequence of silent transitions after which <paramref name="goal"/> holds (breadth first, bounded), or null.</summary>
    private static List<int>? SilentPath(PetriNet net, int[] start, Func<int[], bool> goal)
    {
        var silent = Enumerable.Range(0, net.Transitions.Count).Where(t => net.Transitions[t].IsSilent).ToArray();
        if (silent.Length == 0)
        {
            return null;
        }

        var seen = new HashSet<string> { Key(start) };
        var queue = new Queue<(int[] Marking, List<int> Path)>();
        queue.Enqueue((start, []));
        while (queue.Count > 0 && seen.Count < SilentSearchLimit)
        {
            var (marking, path) = queue.Dequeue();
            foreach (var t in silent)
            {
                var transition = net.Transitions[t];
                if (!Enabled(transition, marking))
                {
                    continue;
                }

                var next = marking.ToArray();
                int p = 0, c = 0;
                Fire(transition, next, ref p, ref c);
                if (!seen.Add(Key(next)))
                {
                    continue;
                }

                var extended = new List<int>(path) { t };
                if (goal(next))
                {
                    return extended;
                }

                queue.Enqueue((next, extended));
            }
        }

        return null;
    }

    private static string Key(int[] marking) => string.Join(',', marking);
}
