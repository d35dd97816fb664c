using System.Globalization;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Participants;

/// <summary>
/// Validation shared by Create and Edit: the pseudonym rules, a unique code within the study, and
/// attribute values checked against their definition and turned into canonical text.
/// </summary>
internal sealed class ParticipantForm(InBeeldDbContext db, IStringLocalizer<ParticipantText> text)
{
    public static string ValueKey(Guid definitionId) => $"Input.Values[{definitionId}]";

    /// <summary>Gives every attribute a slot in <see cref="ParticipantInput.Values"/>, so each field can be rendered.</summary>
    public static void EnsureSlots(ParticipantInput input, IEnumerable<AttributeDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            input.Values.TryAdd(definition.Id.ToString(), null);
        }
    }

    public Task<List<AttributeDefinition>> DefinitionsAsync(Guid studyId, CancellationToken cancellationToken) =>
        db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == studyId).OrderBy(a => a.Order).ThenBy(a => a.Key).ToListAsync(cancellationToken);

    /// <summary>Checks the input; returns the canonical attribute values (only filled-in ones), or null when something is wrong.</summary>
    public async Task<List<ParticipantAttributeValue>?> ValidateAsync(
        Guid studyId, Guid? participantId, ParticipantInput input, IReadOnlyList<AttributeDefinition> definitions,
        ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var code = input.Code?.Trim();
        if (!string.IsNullOrEmpty(code) && !PseudonymCode.IsValid(code))
        {
            modelState.AddModelError("Input.Code", text["CodeInvalid", code]);
        }
        else if (modelState.IsValid && await db.Participants.AnyAsync(p => p.StudyId == studyId && p.Code == code && p.Id != participantId, cancellationToken))
        {
            modelState.AddModelError("Input.Code", text["CodeDuplicate", code!]);
        }

        var values = new List<ParticipantAttributeValue>();
        foreach (var definition in definitions)
        {
            var raw = input.Values.GetValueOrDefault(definition.Id.ToString())?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (Canonical(definition, raw) is { } canonical)
            {
                values.Add(new ParticipantAttributeValue { AttributeDefinitionId = definition.Id, Value = canonical });
            }
            else
            {
                modelState.AddModelError(ValueKey(definition.Id), text[$"Invalid{definition.Type}", definition.Label, raw]);
            }
        }

        return modelState.IsValid ? values : null;
    }

    /// <summary>The stored form: numbers invariant, dates ISO 8601, choices exactly as defined.</summary>
    private static string? Canonical(AttributeDefinition definition, string raw)
    {
        if (raw.Length > InterviewRules.MaxNameLength)
        {
            return null;
        }

        return definition.Type switch
        {
            AttributeType.Text => raw,
            // Both "1,5" (Dutch) and "1.5" are accepted; thousands separators are not, as they are ambiguous.
            AttributeType.Number => decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                ? n.ToString(CultureInfo.InvariantCulture)
                : null,
            AttributeType.Date => DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
            AttributeType.Choice => definition.Choices.FirstOrDefault(c => string.Equals(c, raw, StringComparison.Ordinal)),
            _ => null,
        };
    }
}
