using System.CommandLine;
using InBeeld.Cli.Localization;
using InBeeld.Data.Setup;

namespace InBeeld.Cli.Infrastructure;

/// <summary>
/// --database and --provider, valid on every command. Without them the CLI uses what the web app
/// uses: INBEELD_DATABASE__PROVIDER / INBEELD_DATABASE__CONNECTIONSTRING, else data/inbeeld.db.
/// </summary>
internal sealed class GlobalOptions
{
    public const string ProviderVariable = "INBEELD_DATABASE__PROVIDER";
    public const string ConnectionStringVariable = "INBEELD_DATABASE__CONNECTIONSTRING";

    public Option<string?> Database { get; } = new("--database")
    {
        Description = CliText.Get("Option_Database"),
        Recursive = true,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = CliText.Get("Option_Provider"),
        Recursive = true,
    };

    public const string UserVariable = "INBEELD_USER";
    public const string PasswordVariable = "INBEELD_PASSWORD";
    public const string CodeVariable = "INBEELD_CODE";

    /// <summary>Who runs the command: the same personal account as in the web app.</summary>
    public Option<string?> User { get; } = new("--user", "-u")
    {
        Description = CliText.Get("Option_User"),
        Recursive = true,
    };

    /// <summary>The current code of the authenticator app, for accounts with two-factor sign-in.</summary>
    public Option<string?> Code { get; } = new("--code")
    {
        Description = CliText.Get("Option_Code"),
        Recursive = true,
    };

    public DatabaseOptions Resolve(ParseResult result)
    {
        var providerText = result.GetValue(Provider) ?? Environment.GetEnvironmentVariable(ProviderVariable);
        var provider = providerText is null ? DatabaseProvider.Sqlite : ParseProvider(providerText);
        var connectionString = result.GetValue(Database) ?? Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (connectionString is null && provider != DatabaseProvider.Sqlite)
        {
            throw new CliUserException(CliText.Get("Database_ConnectionStringNeeded"), CliUserException.UsageError);
        }

        return new DatabaseOptions { Provider = provider, ConnectionString = connectionString ?? DatabaseOptions.DefaultSqliteConnectionString };
    }

    private static DatabaseProvider ParseProvider(string text) => text.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
        _ => throw new CliUserException(CliText.Get("Database_UnknownProvider", text), CliUserException.UsageError),
    };
}
