using System.Data.Common;
using System.Text;
using InBeeld.Core.Interviews;
using InBeeld.Data.Privacy;
using InBeeld.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Streams a study's interview routes into a <see cref="JourneySet"/> with one plain SQL query.
/// The database itself turns each step's vocabulary ids into small indexes (a CASE over the study's
/// few organisations, phases, channels and turning points) and names interviews by an integer, so no
/// text is read per step: on SQLite, where GUIDs are text, that is what keeps 150,000 steps well
/// under 200 ms (docs/performance.md). Interviews without consent are left out: they may not be analysed.
/// </summary>
public static class InterviewJourneyLoader
{
    /// <remarks>Vocabulary indexes follow the study's own order, then name, so the same data gives the same set.</remarks>
    public static Task<JourneySet> LoadAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) =>
        LoadAsync(db, studyId, only: null, cancellationToken);

    /// <summary>Like <see cref="LoadAsync(InBeeldDbContext, Guid, CancellationToken)"/>, limited to the given interviews when <paramref name="only"/> is set.</summary>
    internal static async Task<JourneySet> LoadAsync(
        InBeeldDbContext db, Guid studyId, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var vocabulary = await LoadVocabularyAsync(db, studyId, cancellationToken);
        var builder = vocabulary.CreateBuilder();
        var sqlite = db.Database.IsSqlite();
        var sql = $"""
            SELECT {(sqlite ? "i.rowid" : "i.\"Id\"")},
                   {IndexOf("s.\"OrganizationId\"", vocabulary.Organizations)}, {IndexOf("s.\"PhaseId\"", vocabulary.Phases)},
                   {IndexOf("s.\"ChannelId\"", vocabulary.Channels)}, {IndexOf("s.\"TurningPointId\"", vocabulary.TurningPoints)},
                   s."Experience",
                   CASE s."Handover" WHEN 'Warm' THEN {(int)HandoverKind.Warm} WHEN 'Cold' THEN {(int)HandoverKind.Cold} WHEN 'None' THEN {(int)HandoverKind.None} ELSE {(int)HandoverKind.NotRecorded} END,
                   s."WaitingDays"
            FROM "Interviews" i JOIN "Steps" s ON s."InterviewId" = i."Id"
            WHERE i."StudyId" = @study AND {ConsentRule.CountsSql}{IdFilter(only)}
            ORDER BY {(sqlite ? "i.rowid" : "i.\"Id\"")}, s."Order"
            """;

        var interviews = await ReadInterviewsAsync(db, studyId, only, cancellationToken);
        await StudyQuery.RunAsync(db, sql, studyId, reader => ReadStepsAsync(reader, builder, interviews, sqlite, cancellationToken), cancellationToken);
        return builder.Build();
    }

    /// <summary>The ids of the study's consented interviews, in the order a loaded set lists them.</summary>
    internal static async Task<List<Guid>> ConsentedInterviewIdsAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) =>
        (await ReadInterviewsAsync(db, studyId, null, cancellationToken)).Select(i => i.Id).ToList();

    internal static async Task<StudyVocabulary> LoadVocabularyAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken) => new(
        await db.Organizations.Where(o => o.StudyId == studyId).OrderBy(o => o.Order).ThenBy(o => o.Name).Select(o => o.Id).ToListAsync(cancellationToken),
        await db.Phases.Where(p => p.StudyId == studyId).OrderBy(p => p.Order).ThenBy(p => p.Name).Select(p => p.Id).ToListAsync(cancellationToken),
        await db.Channels.Where(c => c.StudyId == studyId).OrderBy(c => c.Order).ThenBy(c => c.Name).Select(c => c.Id).ToListAsync(cancellationToken),
        await db.TurningPoints.Where(t => t.StudyId == studyId).OrderBy(t => t.Order).ThenBy(t => t.Name).Select(t => t.Id).ToListAsync(cancellationToken));

    internal sealed record StudyVocabulary(List<Guid> Organizations, List<Guid> Phases, List<Guid> Channels, List<Guid> TurningPoints)
    {
        public JourneySetBuilder CreateBuilder() => new(Organizations, Phases, Channels, TurningPoints);
    }

    private static string IdFilter(IReadOnlyCollection<Guid>? only) =>
        only is null ? "" : $" AND i.\"Id\" IN ({(only.Count == 0 ? "NULL" : string.Join(",", only.Select(StudyQuery.Literal)))})";

    /// <summary>
    /// The study's consented interviews with their SQLite row id (0 on PostgreSQL), in the order the
    /// step query returns them. On SQLite that is row id order: the StudyId index already yields it,
    /// so SQLite needs no sort over all steps (a sort by the text id cost a quarter of the time).
    /// </summary>
    private static Task<List<(long Row, Guid Id)>> ReadInterviewsAsync(
        InBeeldDbContext db, Guid studyId, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var sql = $"""
            SELECT {(sqlite ? "i.rowid" : "CAST(0 AS BIGINT)")}, i."Id" FROM "Interviews" i
            WHERE i."StudyId" = @study AND {ConsentRule.CountsSql}{IdFilter(only)} ORDER BY {(sqlite ? "i.rowid" : "i.\"Id\"")}
            """;
        return StudyQuery.RunAsync(db, sql, studyId, async reader =>
        {
            var interviews = new List<(long, Guid)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                interviews.Add((reader.GetInt64(0), reader.GetGuid(1)));
            }

            return interviews;
        }, cancellationToken);
    }

    private static async Task<bool> ReadStepsAsync(
        DbDataReader reader, JourneySetBuilder builder, List<(long Row, Guid Id)> interviews, bool sqlite, CancellationToken cancellationToken)
    {
        // Steps come in the same interview order as the list; interviews without steps have no rows
        // and are passed over as empty journeys.
        var next = 0;
        var started = false;
        long currentRow = 0;
        var currentId = Guid.Empty;
        while (await reader.ReadAsync(cancellationToken))
        {
            var isNew = sqlite ? !started || reader.GetInt64(0) != currentRow : !started || reader.GetGuid(0) != currentId;
            if (isNew)
            {
                started = true;
                if (sqlite)
                {
                    currentRow = reader.GetInt64(0);
                }
                else
                {
                    currentId = reader.GetGuid(0);
                }

                while (sqlite ? interviews[next].Row != currentRow : interviews[next].Id != currentId)
                {
                    builder.BeginJourney(interviews[next++].Id);
                }

                builder.BeginJourney(interviews[next++].Id);
            }

            builder.AddIndexedStep(
                reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                (HandoverKind)reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetInt32(7));
        }

        while (next < interviews.Count)
        {
            builder.BeginJourney(interviews[next++].Id);
        }

        return true;
    }

    /// <summary>
    /// A CASE giving each id's position in <paramref name="ids"/>, or None. The ids are GUIDs read from
    /// this study's own rows and formatted by .NET, so writing them into the SQL cannot inject anything.
    /// </summary>
    private static string IndexOf(string column, List<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return JourneySet.None.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder($"CASE {column}");
        for (var i = 0; i < ids.Count; i++)
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" WHEN {StudyQuery.Literal(ids[i])} THEN {i}");
        }

        return sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" ELSE {JourneySet.None} END").ToString();
    }
}
