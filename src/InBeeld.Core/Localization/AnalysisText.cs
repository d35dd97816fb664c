using System.Globalization;
using System.Resources;
using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Statistics;
using InBeeld.Core.Analysis.Subgroups;

namespace InBeeld.Core.Localization;

/// <summary>
/// Words of the analysis that every front end shows the same way (CLI now, the analysis page and
/// exports later): measures, test methods, "12 van 36", the small-group warning. Dutch neutral,
/// English in AnalysisText.en.resx.
/// </summary>
public static class AnalysisText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.Localization.AnalysisText", typeof(AnalysisText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }

    /// <summary>"12 van 36 (33%)"; without a denominator no percentage: "0 van 0".</summary>
    public static string Proportion(Proportion value) => value.Share is not null
        ? Get("Proportion", value.Count, value.Total, Percent(value))
        : Get("Proportion_Empty", value.Count, value.Total);

    /// <summary>
    /// The share as a whole percentage, except that 0% and 100% only appear when they are exact:
    /// 2,520 of 2,530 is "99.6%", not "100%", and 1 of 10,000 is "&lt;0.1%", not "0%".
    /// </summary>
    public static string Percent(Proportion value)
    {
        var share = value.Share ?? 0;
        var culture = CultureInfo.CurrentCulture;
        if (value.Count == 0 || value.Count == value.Total || Math.Round(share * 100) is > 0 and < 100)
        {
            return share.ToString("0%", culture);
        }

        return Math.Round(share * 1000) is > 0 and < 1000
            ? share.ToString("0.0%", culture)
            : (share < 0.5 ? "<" + 0.001.ToString("0.0%", culture) : ">" + 0.999.ToString("0.0%", culture));
    }

    /// <summary>"12/36 (33%)", for tables with a column per group; "0/0" without a denominator.</summary>
    public static string ShortProportion(Proportion value) => value.Share is not null
        ? Get("Proportion_Short", value.Count, value.Total, Percent(value))
        : $"{value.Count}/{value.Total}";

    /// <param name="codeName">The code's name, for <see cref="SubgroupMeasure.Code"/>.</param>
    public static string Measure(SubgroupMeasure measure, string? codeName = null) =>
        measure == SubgroupMeasure.Code ? Get("Measure_Code", codeName) : Get($"Measure_{measure}");

    public static string Method(TestResult test) =>
        test.Method == TestMethod.ChiSquare && !test.ApproximationReliable ? Get("Method_ChiSquareUnreliable") : Get($"Method_{test.Method}");

    public static string SmallGroup(string group, int interviews) => Get("Warning_SmallGroup", group, interviews, SmallSampleRule.MinimumGroupSize);
}
