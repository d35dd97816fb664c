using InBeeld.Core.Localization;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Analysis;

internal sealed partial class AnalysisTextWriter
{
    private void WriteGaps(OutcomeChoice outcome)
    {
        Section("Section_Gaps");
        var gaps = analysis.Gaps;
        if (gaps.Gaps.Count == 0)
        {
            console.WriteLine(AnalyseText.Get("Gaps_None"));
        }
        else
        {
            var table = Table(
                AnalyseText.Get("Column_FromTo"), AnalyseText.Get("Column_Handovers"), AnalyseText.Get("Column_Interviews"),
                AnalyseText.Get("Column_Warm"), AnalyseText.Get("Column_Cold"), AnalyseText.Get("Column_NoHandover"), AnalyseText.Get("Column_Waiting"),
                AnalyseText.Get("Column_Stopped"), AnalyseText.Get("Column_Affected"));
            foreach (var gap in gaps.Gaps.Take(top))
            {
                var waiting = gap.Waiting.Known == 0 ? "–" : AnalyseText.Get("Waiting_Value", Days(gap.Waiting.Mean), Days(gap.Waiting.Median), gap.Waiting.Known);
                table.AddRow(
                    Escape($"{Name(gap.From)} → {Name(gap.To)}"), Number(gap.Handovers), Escape(AnalysisText.Proportion(gap.Interviews)),
                    Number(gap.Warm), Number(gap.Cold), Number(gap.None), Escape(waiting),
                    gaps.OutcomeDefined ? Number(gap.StoppedAfter) : "–", Number(gap.AffectedInterviews));
            }

            console.Write(table);
            console.WriteLine(AnalyseText.Get("Gaps_Explained"));
        }

        if (!gaps.OutcomeDefined)
        {
            console.WriteLine(AnalyseText.Get("Outcome_NotDefined"));
            return;
        }

        var definition = string.Join(AnalyseText.Get("Outcome_Or"), outcome.Description);
        console.WriteLine(AnalyseText.Get(outcome.IsDefault ? "Outcome_Default" : "Outcome_Chosen", definition));
        console.WriteLine(AnalyseText.Get("Outcome_Without", AnalysisText.Proportion(gaps.RoutesWithoutOutcome)));
        if (gaps.DropOuts.Count > 0)
        {
            var table = Table(AnalyseText.Get("Column_LastOrganization"), AnalyseText.Get("Column_StoppedRoutes"));
            foreach (var dropOut in gaps.DropOuts.Take(top))
            {
                table.AddRow(Escape(Name(dropOut.OrganizationId)), Escape(AnalysisText.Proportion(dropOut.Interviews)));
            }

            console.Write(table);
        }
    }
}
