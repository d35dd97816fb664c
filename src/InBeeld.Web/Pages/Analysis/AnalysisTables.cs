using System.Globalization;
using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Interviews;
using InBeeld.Core.Localization;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// Turns an <see cref="AnalysisResult"/> into the tables of the analysis page, in the order shown;
/// the exports write the very same tables. Names are looked up here: results carry only ids.
/// </summary>
public static class AnalysisTables
{
    public const int MaxCoOccurrencePairs = 50;

    public static IReadOnlyList<AnalysisTable> Build(AnalysisResult result, IStringLocalizer text)
    {
        var names = result.Study.Vocabulary.ById();
        string Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : AnalysisText.Get("NotFilledIn");
        string Code(Guid? id) => id is { } g && result.Study.CodeNames.TryGetValue(g, out var n) ? n : "?";
        var f = result.Frequencies;
        var tables = new List<AnalysisTable>();
        if (result.Study.HasCodings)
        {
            tables.Add(Frequency("codes", text["Table_Codes"], text["Col_Code"], text["Col_Codings"], f.Codes, Code, text, f.Interviews));
            tables.Add(CoOccurrenceTable(result.CoOccurrence, Code, text));
        }

        tables.Add(Frequency("phases", text["Table_Phases"], text["Col_Phase"], text["Col_Steps"], f.Phases, Name, text, f.Interviews));
        tables.Add(Frequency("organizations", text["Table_Organizations"], text["Col_Organization"], text["Col_Steps"], f.Organizations, Name, text, f.Interviews));
        tables.Add(Frequency("turningpoints", text["Table_TurningPoints"], text["Col_TurningPoint"], text["Col_Steps"], f.TurningPoints, Name, text, f.Interviews));
        tables.Add(Hartslag(result, Name, text));
        tables.Add(Gaps(result, Name, text));
        tables.Add(DropOuts(result, Name, text));
        foreach (var comparison in result.Subgroups)
        {
            tables.Add(Groups(comparison, result.Data.Journeys.JourneyCount, text));
            tables.Add(Differences(comparison, Code, text));
        }

        return tables;
    }

    private static AnalysisTable Frequency(string key, string title, string nameColumn, string mentionsColumn, FrequencyTable table, Func<Guid?, string> name, IStringLocalizer text, int interviews) =>
        new(key, title, text["Caption_Frequency", title, interviews], [nameColumn, text["Col_Interviews"], mentionsColumn],
            [.. table.Rows.Select(r => (IReadOnlyList<TableCell>)[TableCell.Of(name(r.Id)), TableCell.Of(r.Interviews, r.Evidence), TableCell.Of(r.Mentions)])])
        {
            Notes = [text["Note_PerInterview"]],
        };

    private static AnalysisTable CoOccurrenceTable(IReadOnlyList<CoOccurrenceCell> cells, Func<Guid?, string> code, IStringLocalizer text)
    {
        var rows = cells.Where(c => c.Both > 0).OrderByDescending(c => c.Jaccard).ThenByDescending(c => c.Both).Take(MaxCoOccurrencePairs)
            .Select(c => (IReadOnlyList<TableCell>)
            [
                TableCell.Of(code(c.CodeA)), TableCell.Of(code(c.CodeB)), TableCell.Of(c.BothOfEither, c.Evidence),
                TableCell.Of(c.Jaccard, "0.00"), TableCell.Of(c.OfA), TableCell.Of(c.OfB),
            ]).ToList();
        return new AnalysisTable("cooccurrence", text["Table_CoOccurrence"], text["Caption_CoOccurrence", MaxCoOccurrencePairs],
            [text["Col_CodeA"], text["Col_CodeB"], text["Col_Both"], text["Col_Jaccard"], text["Col_OfA"], text["Col_OfB"]], rows)
        {
            Notes = [text["Note_Jaccard"]],
        };
    }

    private static AnalysisTable Hartslag(AnalysisResult result, Func<Guid?, string> name, IStringLocalizer text)
    {
        var table = result.Hartslag;
        var rows = table.Rows.Select(r => (IReadOnlyList<TableCell>)
        [
            TableCell.Of(name(r.Id)),
            new TableCell(text["StepsFromInterviews", r.Experience.N, r.Interviews].Value, r.Experience.N, Evidence: r.Evidence),
            TableCell.Of(r.Experience.Mean, "+0.0;−0.0;0.0"), TableCell.Of(r.Experience.Median, "+0.0;−0.0;0.0"), TableCell.Of(r.Experience.StandardDeviation, "0.0"),
            new TableCell(r.Experience.LowerQuartile is { } q1 && r.Experience.UpperQuartile is { } q3 ? string.Create(CultureInfo.CurrentCulture, $"{q1:+0.0;−0.0;0.0} … {q3:+0.0;−0.0;0.0}") : "–"),
            TableCell.Of(r.LowPoints, r.LowPointEvidence), TableCell.Of(r.BrightSpots, r.BrightSpotEvidence),
        ]).ToList();
        return new AnalysisTable("hartslag", text["Table_Hartslag"], text["Caption_Hartslag", table.InterviewsWithExperience],
            [text["Col_Phase"], text["Col_Told"], text["Col_Mean"], text["Col_Median"], text["Col_Sd"], text["Col_Quartiles"], text["Col_LowPoints"], text["Col_BrightSpots"]], rows)
        {
            Notes = [text["Note_Hartslag"]],
        };
    }

    private static AnalysisTable Gaps(AnalysisResult result, Func<Guid?, string> name, IStringLocalizer text)
    {
        var rows = result.Gaps.Gaps.Select(g => (IReadOnlyList<TableCell>)
        [
            TableCell.Of(text["Handover", name(g.From), name(g.To)].Value), TableCell.Of(g.AffectedInterviews), TableCell.Of(g.Interviews, g.Evidence),
            TableCell.Of(g.Warm), TableCell.Of(g.Cold), TableCell.Of(g.None), TableCell.Of(g.NotRecorded),
            new TableCell(g.ColdOrNoneInterviews.ToString("N0", CultureInfo.CurrentCulture), g.ColdOrNoneInterviews, Evidence: g.ColdOrNoneEvidence),
            new TableCell(text["WaitingDays", g.Waiting.Known, g.Waiting.Mean is { } m ? m.ToString("0.0", CultureInfo.CurrentCulture) : "–", g.Waiting.Median is { } d ? d.ToString("0.#", CultureInfo.CurrentCulture) : "–"].Value, g.Waiting.Mean),
            result.Gaps.OutcomeDefined ? new TableCell(g.StoppedAfter.ToString("N0", CultureInfo.CurrentCulture), g.StoppedAfter, Evidence: g.StoppedEvidence) : TableCell.Of("–"),
        ]).ToList();
        return new AnalysisTable("gaps", text["Table_Gaps"], text["Caption_Gaps", result.Gaps.Interviews],
            [text["Col_Handover"], text["Col_Affected"], text["Col_Interviews"], text["HandoverKind_Warm"], text["HandoverKind_Cold"], text["HandoverKind_None"], text["HandoverKind_NotRecorded"],
             text["Col_ColdOrNone"], text["Col_Waiting"], text["Col_StoppedAfter"]], rows)
        {
            Notes = [text["Note_Gaps"]],
        };
    }

    private static AnalysisTable DropOuts(AnalysisResult result, Func<Guid?, string> name, IStringLocalizer text)
    {
        var gaps = result.Gaps;
        var rows = gaps.DropOuts.Select(d => (IReadOnlyList<TableCell>)[TableCell.Of(name(d.OrganizationId)), TableCell.Of(d.Interviews, d.Evidence)]).ToList();
        return new AnalysisTable("dropouts", text["Table_DropOuts"], text["Caption_DropOuts", AnalysisText.Proportion(gaps.RoutesWithoutOutcome)],
            [text["Col_LastOrganization"], text["Col_WithoutOutcome"]], rows)
        {
            Notes = [result.OutcomePhase is { } phase ? text["Note_OutcomePhase", phase.Name].Value : text["Note_NoOutcome"].Value],
        };
    }

    private static AnalysisTable Groups(SubgroupComparison comparison, int interviews, IStringLocalizer text)
    {
        var rows = comparison.Groups.Select(g => (IReadOnlyList<TableCell>)
        [
            TableCell.Of(g.Group), TableCell.Of(new Proportion(g.Interviews, interviews), g.Evidence), TableCell.Of(g.Steps),
            TableCell.Of(g.Experience.Mean, "+0.0;−0.0;0.0"), TableCell.Of(g.Experience.N),
            TableCell.Of(g.Handovers[(int)HandoverKind.Warm]), TableCell.Of(g.Handovers[(int)HandoverKind.Cold]), TableCell.Of(g.Handovers[(int)HandoverKind.None]),
            TableCell.Of(g.TooSmall ? text["TooSmall"].Value : ""),
        ]).ToList();
        var notes = comparison.Groups.Where(g => g.TooSmall && g.Interviews > 0).Select(g => AnalysisText.SmallGroup(g.Group, g.Interviews)).ToList();
        if (comparison.WithoutValue > 0)
        {
            notes.Add(text["Note_WithoutValue", comparison.WithoutValue]);
        }

        return new AnalysisTable($"groups-{comparison.Attribute}", text["Table_Groups", comparison.Label], text["Caption_Groups", comparison.Label],
            [comparison.Label, text["Col_Interviews"], text["Col_Steps"], text["Col_Mean"], text["Col_Told"], text["HandoverKind_Warm"], text["HandoverKind_Cold"], text["HandoverKind_None"], text["Col_Warning"]], rows)
        {
            Notes = notes,
        };
    }

    private static AnalysisTable Differences(SubgroupComparison comparison, Func<Guid?, string> code, IStringLocalizer text)
    {
        var rows = comparison.Ranked().Select(d => (IReadOnlyList<TableCell>)
        [
            TableCell.Of(AnalysisText.Measure(d.Measure, d.CodeId is { } c ? code(c) : null)),
            .. d.PerGroup.Select((p, i) => new TableCell(AnalysisText.ShortProportion(p), Count: p, Evidence: d.Evidence[i])),
            TableCell.Of(AnalysisText.Method(d.Test)), PValue(d.Test.PValue), PValue(d.AdjustedPValue),
        ]).ToList();
        return new AnalysisTable($"differences-{comparison.Attribute}", text["Table_Differences", comparison.Label], text["Caption_Differences", comparison.Label],
            [text["Col_Measure"], .. comparison.Groups.Select(g => g.Group), text["Col_Test"], text["Col_P"], text["Col_AdjustedP"]], rows)
        {
            Notes = [.. comparison.HasSmallGroups ? [text["Note_SmallGroups"].Value] : Array.Empty<string>(), AnalysisText.Get("Warning_ManyTests")],
        };
    }

    private static TableCell PValue(double? p) => p switch
    {
        null => TableCell.Of("–"),
        < 0.001 => new TableCell("< " + 0.001.ToString("0.000", CultureInfo.CurrentCulture), p),
        var v => TableCell.Of(v, "0.000"),
    };
}
