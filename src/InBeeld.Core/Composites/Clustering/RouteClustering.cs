using InBeeld.Core.Composites.Similarity;

namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// Groups routes into journey types. Up to <see cref="GroupingOptions.ExactLimit"/> routes: PAM on all
/// distances, k chosen by the highest mean silhouette (Rousseeuw 1987; ties go to the smaller k: fewer
/// types are easier to tell apart). Above it: CLARA, with k chosen by the mean medoid silhouette over
/// all routes, so neither time nor memory grows with n². Fewer than three routes form one group
/// unless k is given.
/// Deterministic: routes are taken in id order (<see cref="RouteProfiles"/>), PAM breaks ties by
/// index and CLARA samples with a fixed seed.
/// </summary>
public static class RouteClustering
{
    public static Grouping Group(RouteProfiles profiles, GroupingOptions? options = null)
    {
        options ??= new GroupingOptions();
        var n = profiles.Count;
        if (options.K is { } asked && (asked < 1 || asked > GroupingOptions.MaxRequestedK))
        {
            throw new ArgumentOutOfRangeException(nameof(options), asked, $"K lies between 1 and {GroupingOptions.MaxRequestedK}.");
        }

        var distance = new RouteDistance(profiles, options.Weights);
        if (n == 0 || options.K == 1 || (options.K is null && n < 3))
        {
            return Single(profiles, n, options.K is not null);
        }

        var exact = n <= options.ExactLimit;
        IDissimilarity d = exact ? DistanceMatrix.Build(distance) : distance;
        var ks = options.K is { } given
            ? [Math.Min(given, n)]
            : Enumerable.Range(2, Math.Max(1, Math.Min(options.MaxK, n / 2) - 1)).ToArray();

        (PamResult Result, double[] Scores, double Mean)? best = null;
        var candidates = new List<KCandidate>(ks.Length);
        foreach (var k in ks)
        {
            var result = exact ? Pam.Run(d, k) : Clara.Run(d, k, options.Clara);
            var scores = exact ? Silhouette.Compute(d, result.Assignment, k) : Silhouette.Medoid(d, result.Medoids, result.Assignment);
            var mean = scores.Average();
            candidates.Add(new KCandidate(k, mean));
            if (best is null || mean > best.Value.Mean + 1e-12)
            {
                best = (result, scores, mean);
            }
        }

        var (chosen, silhouettes, meanSilhouette) = best!.Value;
        return new Grouping
        {
            Method = exact ? GroupingMethod.Pam : GroupingMethod.Clara,
            K = chosen.Medoids.Count,
            KChosen = options.K is null,
            Candidates = candidates,
            Groups = Groups(profiles, chosen, silhouettes),
            MeanSilhouette = meanSilhouette,
        };
    }

    private static Grouping Single(RouteProfiles profiles, int n, bool given)
    {
        if (n == 0)
        {
            return new Grouping { Method = GroupingMethod.Single, K = 0, KChosen = !given, Candidates = [], Groups = [] };
        }

        var medoid = Pam.Run(DistanceMatrix.Build(new RouteDistance(profiles)), 1).Medoids[0];
        var group = new RouteGroup(1, profiles.Ids[medoid], profiles.Ids.ToArray(), 0);
        return new Grouping { Method = GroupingMethod.Single, K = 1, KChosen = !given, Candidates = [], Groups = [group] };
    }

    private static List<RouteGroup> Groups(RouteProfiles profiles, PamResult result, double[] silhouettes)
    {
        var ids = profiles.Ids.ToArray();
        var members = result.Medoids.Select(_ => new List<int>()).ToList();
        for (var i = 0; i < result.Assignment.Count; i++)
        {
            members[result.Assignment[i]].Add(i);
        }

        // Profiles are in id order, so member lists already are.
        return members
            .Select((items, m) => (Items: items, Medoid: ids[result.Medoids[m]]))
            .Where(g => g.Items.Count > 0)
            .OrderByDescending(g => g.Items.Count).ThenBy(g => g.Medoid)
            .Select((g, number) => new RouteGroup(
                number + 1, g.Medoid, g.Items.Select(i => ids[i]).ToList(), g.Items.Average(i => silhouettes[i])))
            .ToList();
    }
}
