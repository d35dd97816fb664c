using System.Text.Json;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Data.Analysis;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>
/// The analysis as JSON for scripts: ids and names, every count with its total, shares as numbers
/// (0–1), and for each figure the <c>evidence</c> criteria that select the interviews behind it —
/// or, with --evidence, those interviews' ids as well. Gaps and subgroups are in the other part.
/// </summary>
internal sealed partial class AnalysisJsonWriter(Utf8JsonWriter json, StudyAnalysis analysis, bool withIds)
{
    public const string FormatName = "inbeeld-analysis";
    public const int FormatVersion = 1;

    private readonly Dictionary<Guid, string> _names = analysis.Vocabulary.ById()
        .Concat(analysis.CodeNames).ToDictionary(n => n.Key, n => n.Value);

    public static async Task WriteAsync(TextWriter output, StudyAnalysis analysis, OutcomeChoice outcome, bool withIds, CancellationToken cancellationToken)
    {
        await using var stream = new TextWriterStream(output);
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            new AnalysisJsonWriter(json, analysis, withIds).Write(outcome);
            await json.FlushAsync(cancellationToken);
        }

        await output.WriteLineAsync();
    }

    private void Write(OutcomeChoice outcome)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteStartObject("study");
        json.WriteString("id", analysis.StudyId);
        json.WriteString("title", analysis.Title);
        json.WriteEndObject();
        json.WriteStartObject("interviews");
        json.WriteNumber("analysed", analysis.Data.Journeys.JourneyCount);
        json.WriteNumber("withoutConsent", analysis.InterviewsWithoutConsent);
        json.WriteNumber("steps", analysis.Data.Journeys.StepCount);
        json.WriteEndObject();
        WriteFrequencies();
        WriteHartslag("hartslagPerPhase", analysis.HartslagPerPhase);
        WriteHartslag("hartslagPerOrganisation", analysis.HartslagPerOrganization);
        WriteGaps(outcome);
        WriteSubgroups();
        json.WriteEndObject();
    }

    private void WriteFrequencies()
    {
        json.WriteStartObject("frequencies");
        json.WriteBoolean("codesAvailable", analysis.HasCodings);
        WriteFrequencyRows("phases", analysis.Frequencies.Phases);
        WriteFrequencyRows("organisations", analysis.Frequencies.Organizations);
        WriteFrequencyRows("turningPoints", analysis.Frequencies.TurningPoints);
        WriteFrequencyRows("codes", analysis.Frequencies.Codes);
        json.WriteEndObject();
        json.WriteStartArray("coOccurrence");
        foreach (var cell in analysis.CoOccurrence)
        {
            json.WriteStartObject();
            WriteItem("codeA", cell.CodeA);
            WriteItem("codeB", cell.CodeB);
            WriteProportion("bothOfEither", cell.BothOfEither);
            json.WriteNumber("withA", cell.WithA);
            json.WriteNumber("withB", cell.WithB);
            json.WriteNumber("jaccard", cell.Jaccard);
            WriteEvidence(cell.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteFrequencyRows(string name, FrequencyTable table)
    {
        json.WriteStartArray(name);
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            WriteItem("item", row.Id);
            WriteProportion("interviews", row.Interviews);
            json.WriteNumber("mentions", row.Mentions);
            WriteEvidence(row.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteHartslag(string name, HartslagTable table)
    {
        json.WriteStartObject(name);
        json.WriteNumber("interviewsWithExperience", table.InterviewsWithExperience);
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            WriteItem("item", row.Id);
            WriteExperience("experience", row.Experience);
            json.WriteNumber("interviews", row.Interviews);
            WriteProportion("lowPoints", row.LowPoints);
            WriteProportion("brightSpots", row.BrightSpots);
            WriteEvidence(row.Evidence);
            WriteEvidence(row.LowPointEvidence, "lowPointEvidence");
            WriteEvidence(row.BrightSpotEvidence, "brightSpotEvidence");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteExperience(string name, ExperienceSummary experience)
    {
        json.WriteStartObject(name);
        json.WriteNumber("n", experience.N);
        WriteNumber("mean", experience.Mean);
        WriteNumber("median", experience.Median);
        WriteNumber("standardDeviation", experience.StandardDeviation);
        WriteNumber("lowerQuartile", experience.LowerQuartile);
        WriteNumber("upperQuartile", experience.UpperQuartile);
        json.WriteStartArray("distribution");
        foreach (var count in experience.Distribution)
        {
            json.WriteNumberValue(count);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An id with its name; null id = not filled in.</summary>
    private void WriteItem(string name, Guid? id)
    {
        json.WriteStartObject(name);
        if (id is { } value)
        {
            json.WriteString("id", value);
            json.WriteString("name", _names.GetValueOrDefault(value));
        }
        else
        {
            json.WriteNull("id");
            json.WriteNull("name");
        }

        json.WriteEndObject();
    }

    private void WriteProportion(string name, Proportion proportion)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", proportion.Count);
        json.WriteNumber("total", proportion.Total);
        WriteNumber("share", proportion.Share);
        json.WriteEndObject();
    }

    private void WriteNumber(string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The filter's criteria that are set, and with --evidence the ids of the interviews it selects.</summary>
    private void WriteEvidence(EvidenceFilter filter, string name = "evidence")
    {
        json.WriteStartObject(name);
        EvidenceJson.WriteCriteria(json, filter);
        if (withIds)
        {
            json.WriteStartArray("interviewIds");
            foreach (var id in EvidenceResolver.Resolve(analysis.Data, filter).Journeys)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
