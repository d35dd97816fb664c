using InBeeld.Core.Analysis.Subgroups;

namespace InBeeld.Cli.Commands.Analysis;

internal sealed partial class AnalysisJsonWriter
{
    private void WriteGaps(OutcomeChoice outcome)
    {
        var gaps = analysis.Gaps;
        json.WriteStartObject("gaps");
        json.WriteStartObject("outcome");
        json.WriteBoolean("defined", gaps.OutcomeDefined);
        json.WriteBoolean("isDefault", outcome.IsDefault);
        json.WriteStartArray("description");
        foreach (var part in outcome.Description)
        {
            json.WriteStringValue(part);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        WriteProportion("routesWithoutOutcome", gaps.RoutesWithoutOutcome);
        json.WriteStartArray("handovers");
        foreach (var gap in gaps.Gaps)
        {
            json.WriteStartObject();
            WriteItem("from", gap.From);
            WriteItem("to", gap.To);
            json.WriteNumber("handovers", gap.Handovers);
            WriteProportion("interviews", gap.Interviews);
            json.WriteNumber("warm", gap.Warm);
            json.WriteNumber("cold", gap.Cold);
            json.WriteNumber("none", gap.None);
            json.WriteNumber("notRecorded", gap.NotRecorded);
            json.WriteNumber("coldOrNoneInterviews", gap.ColdOrNoneInterviews);
            json.WriteStartObject("waitingDays");
            json.WriteNumber("known", gap.Waiting.Known);
            WriteNumber("mean", gap.Waiting.Mean);
            WriteNumber("median", gap.Waiting.Median);
            json.WriteEndObject();
            json.WriteNumber("stoppedAfter", gap.StoppedAfter);
            json.WriteNumber("affectedInterviews", gap.AffectedInterviews);
            WriteEvidence(gap.Evidence);
            WriteEvidence(gap.ColdOrNoneEvidence, "coldOrNoneEvidence");
            WriteEvidence(gap.StoppedEvidence, "stoppedEvidence");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("dropOuts");
        foreach (var dropOut in gaps.DropOuts)
        {
            json.WriteStartObject();
            WriteItem("lastOrganisation", dropOut.OrganizationId);
            WriteProportion("interviews", dropOut.Interviews);
            WriteEvidence(dropOut.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteSubgroups()
    {
        json.WriteStartArray("subgroups");
        foreach (var comparison in analysis.Subgroups)
        {
            WriteComparison(comparison);
        }

        json.WriteEndArray();
        json.WriteStartArray("skippedAttributes");
        foreach (var skipped in analysis.SkippedAttributes)
        {
            json.WriteStartObject();
            json.WriteString("attribute", skipped.Key);
            json.WriteString("label", skipped.Label);
            json.WriteString("reason", skipped.Reason.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void WriteComparison(SubgroupComparison comparison)
    {
        json.WriteStartObject();
        json.WriteString("attribute", comparison.Attribute);
        json.WriteString("label", comparison.Label);
        json.WriteNumber("withoutValue", comparison.WithoutValue);
        json.WriteBoolean("hasSmallGroups", comparison.HasSmallGroups);
        json.WriteStartArray("groups");
        foreach (var group in comparison.Groups)
        {
            json.WriteStartObject();
            json.WriteString("group", group.Group);
            json.WriteNumber("interviews", group.Interviews);
            json.WriteNumber("steps", group.Steps);
            json.WriteBoolean("tooSmall", group.TooSmall);
            WriteExperience("experience", group.Experience);
            json.WriteStartObject("handovers");
            json.WriteNumber("notRecorded", group.Handovers[0]);
            json.WriteNumber("warm", group.Handovers[1]);
            json.WriteNumber("cold", group.Handovers[2]);
            json.WriteNumber("none", group.Handovers[3]);
            json.WriteEndObject();
            WriteEvidence(group.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("differences");
        foreach (var difference in comparison.Ranked())
        {
            json.WriteStartObject();
            json.WriteString("measure", difference.Measure.ToString());
            if (difference.CodeId is { } code)
            {
                WriteItem("code", code);
            }

            json.WriteStartArray("perGroup");
            for (var g = 0; g < difference.PerGroup.Count; g++)
            {
                json.WriteStartObject();
                json.WriteString("group", comparison.Groups[g].Group);
                WriteProportion("interviews", difference.PerGroup[g]);
                WriteEvidence(difference.Evidence[g]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("test");
            json.WriteString("method", difference.Test.Method.ToString());
            WriteNumber("p", difference.Test.PValue);
            WriteNumber("adjustedP", difference.AdjustedPValue);
            json.WriteNumber("n", difference.Test.N);
            json.WriteBoolean("approximationReliable", difference.Test.ApproximationReliable);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
