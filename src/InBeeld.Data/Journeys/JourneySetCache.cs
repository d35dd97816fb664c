using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using InBeeld.Core.Journeys;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Keeps the JourneySet of recently viewed studies in memory. Before use, a cheap stamp query
/// (number of interviews and the latest <c>UpdatedAt</c>, kept true by InterviewTouchInterceptor)
/// checks that the database has not changed — also when another web instance changed it.
/// </summary>
public sealed class JourneySetCache
{
    private const int Capacity = 8;
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public async Task<JourneySet> GetAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(db, studyId, cancellationToken);
        if (_entries.TryGetValue(studyId, out var cached) && cached.Stamp == stamp)
        {
            cached.LastUsed = Environment.TickCount64;
            return cached.Set;
        }

        var set = await InterviewJourneyLoader.LoadAsync(db, studyId, cancellationToken);
        _entries[studyId] = new Entry(stamp, set) { LastUsed = Environment.TickCount64 };
        Evict();
        return set;
    }

    private void Evict()
    {
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUsed);
            _entries.TryRemove(oldest.Key, out _);
        }
    }

    private static async Task<string> StampAsync(InBeeldDbContext db, Guid studyId, CancellationToken cancellationToken)
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
            command.CommandText = """SELECT COUNT(*), MAX("UpdatedAt") FROM "Interviews" WHERE "StudyId" = @study""";
            AddStudyParameter(db, command, studyId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return string.Create(CultureInfo.InvariantCulture, $"{reader.GetInt64(0)}|{(reader.IsDBNull(1) ? "" : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture))}");
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    internal static void AddStudyParameter(InBeeldDbContext db, DbCommand command, Guid studyId)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@study";
        // EF stores GUIDs in SQLite as upper-case text; a raw Guid parameter would bind as a blob.
        parameter.Value = db.Database.IsSqlite() ? studyId.ToString().ToUpperInvariant() : studyId;
        command.Parameters.Add(parameter);
    }

    private sealed record Entry(string Stamp, JourneySet Set)
    {
        public long LastUsed { get; set; }
    }
}
