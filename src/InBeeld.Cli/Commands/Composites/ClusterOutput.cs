using System.Globalization;
using System.Text.Json;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Data;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Cli.Commands.Composites;

/// <summary>Writes a proposed grouping as readable text or as JSON (format "inbeeld-grouping", version 1).</summary>
internal static class ClusterOutput
{
    public const string FormatName = "inbeeld-grouping";

    /// <summary>Interview id → "ACH-07" (or "ACH-07 (2020-03-14)" when a participant has more interviews).</summary>
    public static async Task<Dictionary<Guid, string>> CodesAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var rows = await db.Interviews.AsNoTracking().Where(i => i.StudyId == studyId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, p.Code, i.Date }).ToListAsync(cancellationToken);
        var repeated = rows.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return rows.ToDictionary(r => r.Id, r => repeated.Contains(r.Code) ? $"{r.Code} ({r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : r.Code);
    }

    public static void WriteText(CliContext context, string title, Grouping grouping, IReadOnlyDictionary<Guid, string> codes)
    {
        context.WriteLine(CompositeCliText.Get("Text_Title", title));
        context.WriteLine(grouping.Method switch
        {
            GroupingMethod.Single => CompositeCliText.Get("Text_Single"),
            _ when grouping.KChosen => CompositeCliText.Get("Text_Chosen", grouping.K, Number(grouping.MeanSilhouette)),
            _ => CompositeCliText.Get("Text_Given", grouping.K, Number(grouping.MeanSilhouette)),
        });
        context.WriteLine(CompositeCliText.Get(grouping.Method == GroupingMethod.Clara ? "Text_MethodClara" : "Text_MethodPam"));
        if (grouping.Candidates.Count > 1)
        {
            context.WriteLine(CompositeCliText.Get("Text_Candidates"));
            foreach (var c in grouping.Candidates)
            {
                context.WriteLine($"  k = {c.K,2}: {Number(c.MeanSilhouette)}{(c.K == grouping.K ? "  \u2190" : "")}");
            }
        }

        foreach (var g in grouping.Groups)
        {
            context.WriteLine("");
            context.WriteLine(CompositeCliText.Get("Text_Group", g.Number, g.Members.Count, Number(g.MeanSilhouette), Code(codes, g.Medoid)));
            context.WriteLine("  " + string.Join(", ", g.Members.Select(m => Code(codes, m)).Order(StringComparer.Ordinal)));
        }
    }

    public static async Task WriteJsonAsync(TextWriter output, string title, Grouping grouping, IReadOnlyDictionary<Guid, string> codes, CancellationToken cancellationToken)
    {
        await using var stream = new TextWriterStream(output);
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteNumber("formatVersion", 1);
            json.WriteString("study", title);
            json.WriteString("method", grouping.Method.ToString().ToLowerInvariant());
            json.WriteNumber("k", grouping.K);
            json.WriteBoolean("kChosen", grouping.KChosen);
            json.WriteNumber("meanSilhouette", Math.Round(grouping.MeanSilhouette, 4));
            json.WriteStartArray("candidates");
            foreach (var c in grouping.Candidates)
            {
                json.WriteStartObject();
                json.WriteNumber("k", c.K);
                json.WriteNumber("meanSilhouette", Math.Round(c.MeanSilhouette, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var g in grouping.Groups)
            {
                json.WriteStartObject();
                json.WriteNumber("number", g.Number);
                json.WriteNumber("size", g.Members.Count);
                json.WriteNumber("meanSilhouette", Math.Round(g.MeanSilhouette, 4));
                json.WriteString("medoid", Code(codes, g.Medoid));
                json.WriteString("medoidInterviewId", g.Medoid);
                json.WriteStartArray("members");
                foreach (var m in g.Members)
                {
                    json.WriteStartObject();
                    json.WriteString("participant", Code(codes, m));
                    json.WriteString("interviewId", m);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        await output.WriteLineAsync();
    }

    private static string Code(IReadOnlyDictionary<Guid, string> codes, Guid id) => codes.GetValueOrDefault(id) ?? id.ToString();

    private static string Number(double value) => value.ToString("0.00", CultureInfo.CurrentCulture);
}
