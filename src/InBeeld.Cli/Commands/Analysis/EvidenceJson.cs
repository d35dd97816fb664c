using System.Text.Json;
using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>Writes the criteria of an <see cref="EvidenceFilter"/> that are set, with the names used by the filter itself.</summary>
internal static class EvidenceJson
{
    public static void WriteCriteria(Utf8JsonWriter json, EvidenceFilter filter)
    {
        Match(json, "organisation", filter.Organization);
        Match(json, "phase", filter.Phase);
        Match(json, "turningPoint", filter.TurningPoint);
        Match(json, "nextOrganisation", filter.NextOrganization);
        if (filter.Handovers is { } kinds)
        {
            json.WriteStartArray("handovers");
            foreach (var kind in kinds)
            {
                json.WriteStringValue(kind.ToString());
            }

            json.WriteEndArray();
        }

        Number(json, "experienceAtLeast", filter.ExperienceAtLeast);
        Number(json, "experienceAtMost", filter.ExperienceAtMost);
        Flag(json, "lowPoint", filter.LowPoint);
        Flag(json, "brightSpot", filter.BrightSpot);
        Flag(json, "lastStep", filter.LastStep);
        Flag(json, "lastHandover", filter.LastHandover);
        if (filter.Code is { } code)
        {
            json.WriteString("code", code);
        }

        if (filter.AlsoCode is { } alsoCode)
        {
            json.WriteString("alsoCode", alsoCode);
        }

        if (filter.Attribute is { } attribute)
        {
            json.WriteString("attribute", attribute);
            json.WriteString("group", filter.Group);
        }

        Flag(json, "withoutOutcome", filter.WithoutOutcome);
        Flag(json, "negativeOnAverage", filter.NegativeOnAverage);
    }

    private static void Match(Utf8JsonWriter json, string name, Match? match)
    {
        if (match is not { } m)
        {
            return;
        }

        if (m.Id is { } id)
        {
            json.WriteString(name, id);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
    }

    private static void Flag(Utf8JsonWriter json, string name, bool value)
    {
        if (value)
        {
            json.WriteBoolean(name, true);
        }
    }
}
