using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;

namespace InBeeld.Core.Interchange;

/// <summary>
/// Adds what the records' types alone cannot say: descriptions, patterns and limits. The limits
/// come from <see cref="InterviewRules"/> and <see cref="PseudonymCode"/>, the same constants the
/// database schema uses.
/// </summary>
internal static class StudySchemaTransform
{
    private const int NameLength = InterviewRules.MaxNameLength;
    private const int TextLength = InterviewRules.MaxDescriptionLength;

    private static readonly Dictionary<string, Action<JsonObject>> Rules = new(StringComparer.Ordinal)
    {
        ["StudyDocument.Format"] = s => s["enum"] = new JsonArray(StudyDocument.FormatName),
        ["StudyDocument.FormatVersion"] = s => s["enum"] = new JsonArray(StudyDocument.CurrentFormatVersion),
        ["StudyInfo.Title"] = s => Text(s, NameLength, minLength: 1),
        ["StudyInfo.TargetGroup"] = s => Text(s, 1_000),
        ["StudyInfo.CentralQuestion"] = s => Text(s, TextLength),
        ["StudyInfo.PeriodStart"] = s => s["pattern"] = SchemaPatterns.IsoDate,
        ["StudyInfo.PeriodEnd"] = s => s["pattern"] = SchemaPatterns.IsoDate,
        ["StudyInfo.Municipalities"] = s => Items(s)["pattern"] = SchemaPatterns.MunicipalityCode,
        ["OrganizationItem.Name"] = s => Text(s, NameLength, minLength: 1),
        ["PhaseItem.Name"] = s => Text(s, NameLength, minLength: 1),
        ["PhaseItem.Description"] = s => Text(s, TextLength),
        ["TurningPointItem.Name"] = s => Text(s, NameLength, minLength: 1),
        ["TurningPointItem.Description"] = s => Text(s, TextLength),
        ["ChannelItem.Name"] = s => Text(s, NameLength, minLength: 1),
        ["AttributeItem.Key"] = s => Text(s, 64, pattern: SchemaPatterns.AttributeKey),
        ["AttributeItem.Label"] = s => Text(s, NameLength, minLength: 1),
        ["AttributeItem.Choices"] = s => Text(Items(s), NameLength, minLength: 1, pattern: SchemaPatterns.SingleLine),
        ["ParticipantItem.Code"] = s => Text(s, PseudonymCode.MaxLength, pattern: SchemaPatterns.PseudonymCode),
        ["ParticipantItem.Attributes"] = s => Text((JsonObject)s["additionalProperties"]!, NameLength),
        ["InterviewItem.Participant"] = s => Text(s, PseudonymCode.MaxLength, pattern: SchemaPatterns.PseudonymCode),
        ["InterviewItem.Date"] = s => s["pattern"] = SchemaPatterns.IsoDate,
        ["InterviewItem.Interviewer"] = s => Text(s, NameLength),
        ["InterviewItem.Transcript"] = s => Text(s, InterviewRules.MaxTranscriptLength),
        ["InterviewItem.Steps"] = s => s["maxItems"] = InterviewRules.MaxStepsPerInterview,
        ["ConsentItem.Date"] = s => s["pattern"] = SchemaPatterns.IsoDate,
        ["ConsentItem.RecordedBy"] = s => Text(s, NameLength),
        ["StepItem.Phase"] = s => Text(s, NameLength),
        ["StepItem.Organization"] = s => Text(s, NameLength),
        ["StepItem.Channel"] = s => Text(s, NameLength),
        ["StepItem.TurningPoint"] = s => Text(s, NameLength),
        ["StepItem.Description"] = s => Text(s, TextLength, minLength: 1),
        ["StepItem.Date"] = s => s["pattern"] = SchemaPatterns.StepDate,
        ["StepItem.Experience"] = s =>
        {
            s["minimum"] = InterviewRules.MinExperience;
            s["maximum"] = InterviewRules.MaxExperience;
        },
        ["StepItem.PainPoint"] = s => Text(s, TextLength),
        ["StepItem.BrightSpot"] = s => Text(s, TextLength),
        ["StepItem.WaitingDays"] = s => s["minimum"] = 0,
        ["StepItem.Quotes"] = s => Text(Items(s), InterviewRules.MaxQuoteLength, minLength: 1),
    };

    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.PropertyInfo is { } property)
        {
            var key = $"{property.DeclaringType.Name}.{property.AttributeProvider switch
            {
                MemberInfo member => member.Name,
                _ => property.Name,
            }}";
            if (Rules.TryGetValue(key, out var rule))
            {
                rule(schema);
            }

            var description = Description(property.AttributeProvider) ?? Description(context.TypeInfo.Type);
            if (description is not null)
            {
                schema.Insert(0, "description", description);
            }
        }
        else if (context.Path.IsEmpty && Description(context.TypeInfo.Type) is { } rootDescription)
        {
            schema.Insert(0, "description", rootDescription);
        }

        return schema;
    }

    private static string? Description(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
            .OfType<DescriptionAttribute>().FirstOrDefault()?.Description;

    private static JsonObject Items(JsonObject schema) => (JsonObject)schema["items"]!;

    private static JsonObject Text(JsonObject schema, int maxLength, int minLength = 0, string? pattern = null)
    {
        if (minLength > 0)
        {
            schema["minLength"] = minLength;
        }

        schema["maxLength"] = maxLength;
        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        return schema;
    }
}
