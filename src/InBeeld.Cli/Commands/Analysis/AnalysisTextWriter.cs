using System.Globalization;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Localization;
using InBeeld.Data.Analysis;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>
/// The analysis as readable tables: counts always with their denominator, top lists limited to
/// <c>top</c> rows. Gaps and subgroups are in the other parts of this class.
/// </summary>
internal sealed partial class AnalysisTextWriter(IAnsiConsole console, StudyAnalysis analysis, int top)
{
    private readonly Dictionary<Guid, string> _names = analysis.Vocabulary.ById()
        .Concat(analysis.CodeNames).ToDictionary(n => n.Key, n => n.Value);

    public void Write(OutcomeChoice outcome)
    {
        console.WriteLine(analysis.Title);
        console.WriteLine(AnalyseText.Get("Header_Interviews", analysis.Data.Journeys.JourneyCount, analysis.Data.Journeys.StepCount));
        if (analysis.InterviewsWithoutConsent > 0)
        {
            console.WriteLine(AnalyseText.Get("Header_WithoutConsent", analysis.InterviewsWithoutConsent));
        }

        WriteFrequencies();
        WriteHartslag();
        WriteGaps(outcome);
        WriteSubgroups();
    }

    private void WriteFrequencies()
    {
        Section("Section_Patterns");
        var frequencies = analysis.Frequencies;
        WriteFrequencyTable(AnalyseText.Get("Column_Phase"), frequencies.Phases, all: true);
        WriteFrequencyTable(AnalyseText.Get("Column_Organization"), frequencies.Organizations, all: false);
        WriteFrequencyTable(AnalyseText.Get("Column_TurningPoint"), frequencies.TurningPoints, all: true);
        if (!analysis.HasCodings)
        {
            console.WriteLine(AnalyseText.Get("Codes_None"));
            return;
        }

        WriteFrequencyTable(AnalyseText.Get("Column_Code"), frequencies.Codes, all: false);
        var pairs = analysis.CoOccurrence.Where(c => c.Both > 0).OrderByDescending(c => c.Jaccard).ThenByDescending(c => c.Both).Take(top).ToList();
        if (pairs.Count > 0)
        {
            var table = Table(AnalyseText.Get("Column_CodePair"), AnalyseText.Get("Column_Both"), AnalyseText.Get("Column_Jaccard"));
            foreach (var pair in pairs)
            {
                table.AddRow(Escape($"{Name(pair.CodeA)} + {Name(pair.CodeB)}"), Escape(AnalysisText.Proportion(pair.BothOfEither)), Decimal(pair.Jaccard));
            }

            console.Write(table);
        }
    }

    /// <summary>Phases and turning points in study order (all of them); organisations and codes as a top list.</summary>
    private void WriteFrequencyTable(string title, FrequencyTable frequencies, bool all)
    {
        var rows = all ? frequencies.Rows : frequencies.Top(top).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var heading = all || rows.Count == frequencies.Rows.Count ? title : AnalyseText.Get("Column_Top", title, rows.Count);
        var table = Table(heading, AnalyseText.Get("Column_Interviews"), AnalyseText.Get("Column_Mentions"));
        foreach (var row in rows)
        {
            table.AddRow(Escape(Name(row.Id)), Escape(AnalysisText.Proportion(row.Interviews)), Number(row.Mentions));
        }

        console.Write(table);
    }

    private void WriteHartslag()
    {
        Section("Section_Hartslag");
        var hartslag = analysis.HartslagPerPhase;
        console.WriteLine(AnalyseText.Get("Hartslag_Explained", hartslag.InterviewsWithExperience));
        var table = Table(
            AnalyseText.Get("Column_Phase"), AnalyseText.Get("Column_N"), AnalyseText.Get("Column_Mean"), AnalyseText.Get("Column_Median"),
            AnalyseText.Get("Column_Spread"), AnalyseText.Get("Column_Quartiles"), AnalyseText.Get("Column_LowPoints"), AnalyseText.Get("Column_BrightSpots"));
        foreach (var row in hartslag.Rows)
        {
            var e = row.Experience;
            table.AddRow(
                Escape(Name(row.Id)), Number(e.N), Signed(e.Mean), Signed(e.Median), Decimal(e.StandardDeviation),
                e.LowerQuartile is null ? "–" : $"{Signed(e.LowerQuartile)} … {Signed(e.UpperQuartile)}",
                Escape(AnalysisText.Proportion(row.LowPoints)), Escape(AnalysisText.Proportion(row.BrightSpots)));
        }

        console.Write(table);
        var lowest = hartslag.Rows.Where(r => r.Experience.Mean is not null).MinBy(r => r.Experience.Mean);
        if (lowest is not null)
        {
            console.WriteLine(AnalyseText.Get("Hartslag_Lowest", Name(lowest.Id), Signed(lowest.Experience.Mean), lowest.Experience.N));
        }
    }

    private void Section(string key)
    {
        console.WriteLine();
        console.WriteLine(AnalyseText.Get(key));
    }

    private string Name(Guid? id) => id is { } value ? _names.GetValueOrDefault(value) ?? value.ToString() : AnalysisText.Get("NotFilledIn");

    private static Table Table(params string[] columns)
    {
        var table = new Table().AddColumns(columns.Select(Escape).ToArray());
        for (var i = 1; i < columns.Length; i++)
        {
            table.Columns[i].RightAligned();
        }

        return table;
    }

    private static string Escape(string text) => Markup.Escape(text);

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.00;-0.00;0.00", CultureInfo.CurrentCulture) : "–";

    private static string Decimal(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.CurrentCulture) : "–";

    private static string Days(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.CurrentCulture) : "–";

    private static string PValue(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< " + 0.001.ToString("0.000", CultureInfo.CurrentCulture),
        var v => v.Value.ToString("0.000", CultureInfo.CurrentCulture),
    };
}
