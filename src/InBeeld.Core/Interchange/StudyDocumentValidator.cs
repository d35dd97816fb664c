using System.Globalization;
using InBeeld.Core.Localization;
using InBeeld.Core.Interchange.Schema;
using InBeeld.Core.Participants;
using InBeeld.Core.Reference;

namespace InBeeld.Core.Interchange;

/// <summary>
/// Checks what a JSON Schema cannot: that names refer to something defined in the same file,
/// that names and codes are unique, and that attribute values fit their type. Runs after the
/// schema check, so shapes, lengths and ranges are already known to be right.
/// </summary>
/// <param name="isKnownMunicipality">Checks a CBS code; by default against <see cref="MunicipalityRegistry"/>
/// (which includes municipalities that have since merged, so older studies still import).</param>
public sealed class StudyDocumentValidator(Func<string, bool>? isKnownMunicipality = null)
{
    private readonly Func<string, bool> _isKnownMunicipality =
        isKnownMunicipality ?? (code => MunicipalityRegistry.TryGet(code, out _));

    public void Validate(StudyDocument document, ValidationErrorList errors)
    {
        ValidateStudy(document.Study, errors);
        var organizations = Names(document.Organizations, o => o.Name, "organizations", errors);
        var phases = Names(document.Phases, p => p.Name, "phases", errors);
        var turningPoints = Names(document.TurningPoints, t => t.Name, "turningPoints", errors);
        var channels = Names(document.Channels, c => c.Name, "channels", errors);
        var attributes = ValidateAttributes(document.Attributes, errors);
        var participants = ValidateParticipants(document.Participants, attributes, errors);

        var steps = new StepReferenceChecker(organizations, phases, channels, turningPoints);
        for (var i = 0; i < document.Interviews.Count; i++)
        {
            var interview = document.Interviews[i];
            var path = $"$.interviews[{i}]";
            if (!participants.Contains(interview.Participant))
            {
                errors.Add($"{path}.participant", Unknown("Kind_Participant", interview.Participant, "participants"));
            }

            for (var s = 0; s < interview.Steps.Count; s++)
            {
                steps.Check(interview.Steps[s], $"{path}.steps[{s}]", errors);
            }
        }
    }

    internal static string Unknown(string kindKey, string name, string list) =>
        CoreText.Get("Reference_Unknown", CoreText.Get(kindKey), name, list);

    private void ValidateStudy(StudyInfo study, ValidationErrorList errors)
    {
        if (study.PeriodStart is { } start && study.PeriodEnd is { } end && end < start)
        {
            errors.Add("$.study.periodEnd", CoreText.Get("Period_EndBeforeStart", Iso(end), Iso(start)));
        }

        Names(study.Municipalities, m => m, "study.municipalities", errors);
        for (var i = 0; i < study.Municipalities.Count; i++)
        {
            var code = study.Municipalities[i];
            if (!_isKnownMunicipality(code))
            {
                errors.Add($"$.study.municipalities[{i}]", CoreText.Get("Municipality_Unknown", code));
            }
        }
    }

    private static Dictionary<string, AttributeItem> ValidateAttributes(IReadOnlyList<AttributeItem> items, ValidationErrorList errors)
    {
        Names(items, a => a.Key, "attributes", errors);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Type == AttributeType.Choice && item.Choices.Count == 0)
            {
                errors.Add($"$.attributes[{i}].choices", CoreText.Get("Attribute_ChoicesMissing"));
            }
            else if (item.Type != AttributeType.Choice && item.Choices.Count > 0)
            {
                errors.Add($"$.attributes[{i}].choices", CoreText.Get("Attribute_ChoicesNotAllowed"));
            }

            Names(item.Choices, c => c, $"attributes[{i}].choices", errors);
        }

        return items.DistinctBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, StringComparer.Ordinal);
    }

    private static HashSet<string> ValidateParticipants(
        IReadOnlyList<ParticipantItem> items, Dictionary<string, AttributeItem> attributes, ValidationErrorList errors)
    {
        var codes = Names(items, p => p.Code, "participants", errors);
        for (var i = 0; i < items.Count; i++)
        {
            var participant = items[i];
            if (!PseudonymCode.IsValid(participant.Code))
            {
                errors.Add($"$.participants[{i}].code", CoreText.Get("Pseudonym_Invalid", participant.Code));
            }

            foreach (var (key, value) in participant.Attributes)
            {
                var location = JsonPathBuilder.Property($"$.participants[{i}].attributes", key);
                if (!attributes.TryGetValue(key, out var attribute))
                {
                    errors.Add(location, CoreText.Get("Attribute_Unknown", key));
                }
                else if (AttributeValueProblem(attribute, value) is { } problem)
                {
                    errors.Add(location, problem);
                }
            }
        }

        return codes;
    }

    private static string? AttributeValueProblem(AttributeItem attribute, string value) => attribute.Type switch
    {
        AttributeType.Number when !decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            => CoreText.Get("Attribute_NotNumber", value),
        AttributeType.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            => CoreText.Get("Attribute_NotDate", value),
        AttributeType.Choice when !attribute.Choices.Contains(value, StringComparer.Ordinal)
            => CoreText.Get("Attribute_NotAChoice", value, string.Join(", ", attribute.Choices)),
        _ => null,
    };

    /// <summary>The set of names in a list, reporting every name that occurs before (case-insensitively: people see them as one).</summary>
    private static HashSet<string> Names<T>(IReadOnlyList<T> items, Func<T, string> name, string list, ValidationErrorList errors)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var value = name(items[i]);
            if (!seen.TryAdd(value, i))
            {
                errors.Add($"$.{list}[{i}]", CoreText.Get("Name_Duplicate", value, list, seen[value]));
            }
        }

        return new HashSet<string>(seen.Keys, StringComparer.Ordinal);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
