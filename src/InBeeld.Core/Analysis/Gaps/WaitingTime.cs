namespace InBeeld.Core.Analysis.Gaps;

/// <summary>Waiting days between two steps where they were told: how many (<see cref="Known"/>), mean and median.</summary>
public sealed record WaitingTime(int Known, double? Mean, double? Median)
{
    internal static WaitingTime From(List<int>? days)
    {
        if (days is null || days.Count == 0)
        {
            return new WaitingTime(0, null, null);
        }

        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        return new WaitingTime(days.Count, days.Average(), median);
    }
}
