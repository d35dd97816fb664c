using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Inserts many rows of one table with multi-row INSERT statements that are prepared once and
/// reused. Much faster than tracking a quarter of a million entities in the change tracker, and
/// provider-neutral because names and value conversions come from the EF model.
/// </summary>
internal sealed class BulkTableWriter<T> : IDisposable
    where T : class
{
    // SQLite looks each parameter up by name with a linear search (strncmp showed up at 8% of an
    // import profile), so it gets short statements; PostgreSQL pays per round trip, so long ones.
    private const int SqliteParameterBudget = 64;
    private const int ServerParameterBudget = 3_000;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<BulkColumn> _columns;
    private readonly string _insertPrefix;
    private readonly int _rowsPerCommand;
    private readonly List<T> _pending = [];
    private DbCommand? _fullCommand;

    public BulkTableWriter(DbContext db, DbTransaction transaction)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        _connection = db.Database.GetDbConnection();
        _transaction = transaction;
        _columns = BulkColumn.For(entityType);
        var budget = db.Database.IsSqlite() ? SqliteParameterBudget : ServerParameterBudget;
        _rowsPerCommand = Math.Max(1, budget / _columns.Count);
        _insertPrefix = $"INSERT INTO {sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema())} " +
            $"({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
    }

    public long Written { get; private set; }

    public async Task AddAsync(T entity, CancellationToken cancellationToken)
    {
        _pending.Add(entity);
        if (_pending.Count == _rowsPerCommand)
        {
            _fullCommand ??= await CreateCommandAsync(_rowsPerCommand, prepare: true, cancellationToken);
            await ExecuteAsync(_fullCommand, cancellationToken);
        }
    }

    public async Task AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            await AddAsync(entity, cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        await using var command = await CreateCommandAsync(_pending.Count, prepare: false, cancellationToken);
        await ExecuteAsync(command, cancellationToken);
    }

    public void Dispose() => _fullCommand?.Dispose();

    private async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var parameters = command.Parameters;
        var index = 0;
        foreach (var entity in _pending)
        {
            foreach (var column in _columns)
            {
                parameters[index++].Value = column.ToProvider(entity);
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        Written += _pending.Count;
        _pending.Clear();
    }

    private async Task<DbCommand> CreateCommandAsync(int rows, bool prepare, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var text = new StringBuilder(_insertPrefix);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{c}");
                text.Append(c == 0 ? "" : ", ").Append(name);
                var parameter = _columns[c].Mapping.CreateParameter(command, name, value: null, nullable: true);
                command.Parameters.Add(parameter);
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        if (prepare)
        {
            await command.PrepareAsync(cancellationToken);
        }

        return command;
    }
}
