using System.Data.Common;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Streams a study's interview routes into a <see cref="JourneySet"/> with one plain SQL query.
/// EF materialisation and SQL GROUP BY on text GUIDs (SQLite) were each several times slower than
/// reading the compact rows and counting in memory; see docs/performance.md.
/// Interviews without consent are left out: they may not be analysed.
/// </summary>
public static class InterviewJourneyLoader
{
    private const string Sql = """
        SELECT i."Id", s."OrganizationId", s."PhaseId", s."ChannelId", s."TurningPointId", s."Experience", s."Handover", s."WaitingDays"
        FROM "Interviews" i JOIN "Steps" s ON s."InterviewId" = i."Id"
        WHERE i."StudyId" = @study AND i."ConsentGiven"
        ORDER BY i."Id", s."Order"
        """;

    public static async Task<JourneySet> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            JourneySetCache.AddStudyParameter(db, command, studyId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await ReadAsync(reader, cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<JourneySet> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var builder = new JourneySetBuilder();
        var current = Guid.Empty;
        var first = true;
        while (await reader.ReadAsync(cancellationToken))
        {
            var interview = reader.GetGuid(0);
            if (first || interview != current)
            {
                builder.BeginJourney(interview);
                current = interview;
                first = false;
            }

            builder.AddStep(
                NullableGuid(reader, 1),
                NullableGuid(reader, 2),
                NullableGuid(reader, 3),
                NullableGuid(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                Enum.Parse<HandoverKind>(reader.GetString(6)),
                reader.IsDBNull(7) ? null : reader.GetInt32(7));
        }

        return builder.Build();
    }

    private static Guid? NullableGuid(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);
}
