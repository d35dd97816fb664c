using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// Optimal alignments of every case of a log with a model, one search per variant, and the
/// deviations per activity: skipped (model-only moves) and inserted (log-only moves), ranked by
/// the number of cases affected.
/// </summary>
public static class Aligner
{
    public static AlignmentResult Align(PetriNet net, EventLog log, AlignmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        var variants = VariantMiner.Mine(log);
        return Align(net, log.ActivityNames, variants.Variants, variants.VariantOfCase, options, cancellationToken);
    }

    /// <summary>
    /// The same from the variants alone — what the database path mines without loading the log — so
    /// <see cref="AlignmentResult.VariantOfCase"/> is empty; every figure equals the result on the log.
    /// </summary>
    public static AlignmentResult Align(
        PetriNet net, IReadOnlyList<string> activityNames, IReadOnlyList<Variant> variants, AlignmentOptions? options = null, CancellationToken cancellationToken = default) =>
        Align(net, activityNames, variants, [], options, cancellationToken);

    private static AlignmentResult Align(
        PetriNet net, IReadOnlyList<string> activityNames, IReadOnlyList<Variant> variants, IReadOnlyList<int> variantOfCase, AlignmentOptions? options, CancellationToken cancellationToken)
    {
        options ??= new AlignmentOptions();
        var search = new AlignmentSearch(net, options);
        var labelIndex = net.Labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var activityLabel = activityNames.Select(name => labelIndex.TryGetValue(name.Trim(), out var i) ? i : -1).ToArray();
        var empty = search.Align([], [], 0);
        var cheapest = empty.Completed ? empty.Cost : 0;
        var alignments = new TraceAlignment[variants.Count];
        for (var v = 0; v < alignments.Length; v++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var activities = variants[v].Activities;
            alignments[v] = search.Align(
                [.. activities.Select(a => activityLabel[a])], [.. activities.Select(a => activityNames[a])], cheapest);
        }

        double cost = 0, worst = 0, fitnessSum = 0;
        int fitting = 0, aligned = 0, notAligned = 0;
        for (var v = 0; v < alignments.Length; v++)
        {
            var count = variants[v].Count;
            var alignment = alignments[v];
            if (!alignment.Completed)
            {
                notAligned += count;
                continue;
            }

            aligned += count;
            cost += (double)alignment.Cost * count;
            worst += (double)(variants[v].Activities.Count + cheapest) * count;
            fitnessSum += alignment.Fitness * count;
            fitting += alignment.Cost == 0 ? count : 0;
        }

        return new AlignmentResult(
            alignments,
            variantOfCase,
            [.. variants.Select(v => v.Count)],
            worst == 0 ? 1 : 1 - (cost / worst),
            aligned == 0 ? 1 : fitnessSum / aligned,
            fitting,
            notAligned,
            cheapest,
            Deviations(alignments, variants),
            [.. activityNames.Where((name, a) => activityLabel[a] < 0)]);
    }

    private static ActivityDeviation[] Deviations(TraceAlignment[] alignments, IReadOnlyList<Variant> variants)
    {
        var totals = new Dictionary<string, (int CasesSkipped, int CasesInserted, int CasesAffected, int Skipped, int Inserted)>(StringComparer.Ordinal);
        for (var v = 0; v < alignments.Length; v++)
        {
            var count = variants[v].Count;
            var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
            var inserted = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var move in alignments[v].Moves)
            {
                if (move.Kind == MoveKind.ModelOnly)
                {
                    skipped[move.Activity] = skipped.GetValueOrDefault(move.Activity) + 1;
                }
                else if (move.Kind == MoveKind.LogOnly)
                {
                    inserted[move.Activity] = inserted.GetValueOrDefault(move.Activity) + 1;
                }
            }

            foreach (var activity in skipped.Keys.Union(inserted.Keys))
            {
                var total = totals.GetValueOrDefault(activity);
                var s = skipped.GetValueOrDefault(activity);
                var i = inserted.GetValueOrDefault(activity);
                totals[activity] = (
                    total.CasesSkipped + (s > 0 ? count : 0), total.CasesInserted + (i > 0 ? count : 0), total.CasesAffected + count,
                    total.Skipped + (s * count), total.Inserted + (i * count));
            }
        }

        return [.. totals
            .Select(p => new ActivityDeviation(p.Key, p.Value.CasesSkipped, p.Value.CasesInserted, p.Value.CasesAffected, p.Value.Skipped, p.Value.Inserted))
            .OrderByDescending(d => d.CasesAffected).ThenBy(d => d.Activity, StringComparer.Ordinal)];
    }
}
