using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Journeys;

/// <summary>
/// Runs one plain SQL query about a study (parameter <c>@study</c>) on the context's connection.
/// The journey paths read compact rows this way because EF materialisation costs more than the work.
/// </summary>
internal static class StudyQuery
{
    public static async Task<T> RunAsync<T>(
        InBeeldDbContext db, string sql, Guid studyId, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        // EF keeps count: this closes the connection only if it was closed before.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "@study", db.Database.IsSqlite() ? studyId.ToString().ToUpperInvariant() : studyId);
            foreach (var (name, value) in parameters)
            {
                Add(command, name, value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>GUIDs as SQL literals, upper case as EF stores them in SQLite; they are ids, so nothing can be injected.</summary>
    public static string Literal(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
