namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// The plain rule behind "too small to conclude anything": a group of fewer than
/// <see cref="MinimumGroupSize"/> interviews. With so few, one interview more or less moves a share
/// by 10 points or more, and an exact test can hardly ever show a difference — so "no significant
/// difference" says nothing. The figures are still shown, with the warning.
/// </summary>
public static class SmallSampleRule
{
    public const int MinimumGroupSize = 10;

    public static bool IsTooSmall(int interviews) => interviews < MinimumGroupSize;
}
