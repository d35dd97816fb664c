using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Interviews;
using InBeeld.Core.Localization;
using InBeeld.Data.Analysis;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Analysis;

internal sealed partial class AnalysisTextWriter
{
    private void WriteSubgroups()
    {
        Section("Section_Subgroups");
        if (analysis.Subgroups.Count == 0)
        {
            console.WriteLine(AnalyseText.Get("Subgroups_None"));
        }

        foreach (var comparison in analysis.Subgroups)
        {
            WriteComparison(comparison);
        }

        foreach (var skipped in analysis.SkippedAttributes)
        {
            console.WriteLine(AnalyseText.Get(skipped.Reason == SkipReason.NeedsBands ? "Subgroups_NeedsBands" : "Subgroups_TooManyValues", skipped.Label, ParticipantGroupsLoader.MaxGroups));
        }
    }

    private void WriteComparison(SubgroupComparison comparison)
    {
        console.WriteLine();
        console.WriteLine(AnalyseText.Get("Subgroups_Heading", comparison.Label));
        if (comparison.WithoutValue > 0)
        {
            console.WriteLine(AnalyseText.Get("Subgroups_WithoutValue", comparison.WithoutValue));
        }

        var groups = comparison.Groups.Where(g => g.Interviews > 0).ToList();
        var table = Table(
            AnalyseText.Get("Column_Group"), AnalyseText.Get("Column_Interviews"), AnalyseText.Get("Column_Steps"), AnalyseText.Get("Column_Mean"),
            AnalyseText.Get("Column_Warm"), AnalyseText.Get("Column_Cold"), AnalyseText.Get("Column_NoHandover"));
        foreach (var group in groups)
        {
            table.AddRow(
                Escape(group.Group), Number(group.Interviews), Number(group.Steps), Signed(group.Experience.Mean),
                Number(group.Handovers[(int)HandoverKind.Warm]), Number(group.Handovers[(int)HandoverKind.Cold]), Number(group.Handovers[(int)HandoverKind.None]));
        }

        console.Write(table);
        foreach (var small in groups.Where(g => g.TooSmall))
        {
            console.WriteLine(AnalysisText.SmallGroup(small.Group, small.Interviews));
        }

        WriteDifferences(comparison, groups.Select(g => comparison.Groups.ToList().IndexOf(g)).ToList());
    }

    /// <summary>The differences with the smallest p first, one column per (non-empty) group.</summary>
    private void WriteDifferences(SubgroupComparison comparison, List<int> shown)
    {
        var columns = new List<string> { AnalyseText.Get("Column_Measure") };
        columns.AddRange(shown.Select(i => comparison.Groups[i].Group));
        columns.AddRange([AnalyseText.Get("Column_P"), AnalyseText.Get("Column_AdjustedP"), AnalyseText.Get("Column_Method")]);
        var table = Table([.. columns]);
        foreach (var difference in comparison.Ranked().Take(top))
        {
            var cells = new List<string> { Escape(AnalysisText.Measure(difference.Measure, difference.CodeId is { } code ? Name(code) : null)) };
            cells.AddRange(shown.Select(i => Escape(AnalysisText.ShortProportion(difference.PerGroup[i]))));
            cells.AddRange([PValue(difference.Test.PValue), PValue(difference.AdjustedPValue), Escape(AnalysisText.Method(difference.Test))]);
            table.AddRow([.. cells]);
        }

        console.Write(table);
        if (comparison.Differences.Count > 1)
        {
            console.WriteLine(AnalysisText.Get("Warning_ManyTests"));
        }
    }
}
