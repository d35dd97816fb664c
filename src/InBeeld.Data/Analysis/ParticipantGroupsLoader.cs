using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Journeys;
using InBeeld.Core.Participants;
using InBeeld.Data.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Analysis;

/// <summary>
/// Reads the participant attributes of a study's analysed interviews as <see cref="JourneyGroups"/>:
/// choice attributes with their choices in order, text attributes by value. Number and date
/// attributes are skipped (they need bands first), as are text attributes with too many values.
/// </summary>
public static class ParticipantGroupsLoader
{
    public const int MaxGroups = 20;

    public static async Task<(List<JourneyGroups> Groups, List<SkippedAttribute> Skipped)> LoadAsync(
        InBeeldDbContext db, Guid studyId, JourneySet set, CancellationToken cancellationToken)
    {
        var definitions = await db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == studyId)
            .OrderBy(a => a.Order).ThenBy(a => a.Key).ToListAsync(cancellationToken);
        var values = await ValuesAsync(db, studyId, cancellationToken);
        var groups = new List<JourneyGroups>();
        var skipped = new List<SkippedAttribute>();
        foreach (var definition in definitions)
        {
            var byJourney = values.GetValueOrDefault(definition.Id) ?? [];
            var reason = (definition.Type is AttributeType.Number or AttributeType.Date ? SkipReason.NeedsBands : (SkipReason?)null)
                ?? (definition.Type == AttributeType.Text && byJourney.Values.Distinct(StringComparer.Ordinal).Count() > MaxGroups ? SkipReason.TooManyValues : null);
            if (reason is { } why)
            {
                skipped.Add(new SkippedAttribute(definition.Key, definition.Label, why));
                continue;
            }

            groups.Add(JourneyGroups.Create(set, definition.Key, definition.Label, byJourney, definition.Type == AttributeType.Choice ? definition.Choices : null));
        }

        return (groups, skipped);
    }

    /// <summary>Attribute → (interview → value) for the study's consented interviews, in one query.</summary>
    private static Task<Dictionary<Guid, Dictionary<Guid, string>>> ValuesAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) =>
        StudyQuery.RunAsync(db, """
            SELECT i."Id", v."AttributeDefinitionId", v."Value"
            FROM "Interviews" i JOIN "ParticipantAttributeValues" v ON v."ParticipantId" = i."ParticipantId"
            WHERE i."StudyId" = @study AND i."ConsentGiven"
            """, studyId, async reader =>
        {
            var values = new Dictionary<Guid, Dictionary<Guid, string>>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var attribute = reader.GetGuid(1);
                if (!values.TryGetValue(attribute, out var byInterview))
                {
                    values[attribute] = byInterview = [];
                }

                byInterview[reader.GetGuid(0)] = reader.GetString(2);
            }

            return values;
        }, cancellationToken);
}
