using System.CommandLine;
using System.Data.Common;
using InBeeld.Cli.Localization;
using InBeeld.Data;
using InBeeld.Data.Setup;
using Spectre.Console;

namespace InBeeld.Cli.Infrastructure;

/// <summary>What every command handler needs: where to write, the clock, and the database.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, bool interactive, TimeProvider time, GlobalOptions globalOptions)
{
    /// <summary>Tables and messages; plain text without colours when output is not a terminal.</summary>
    public IAnsiConsole Console { get; } = CreateConsole(output, interactive);

    /// <summary>Raw standard output, for JSON written to stdout.</summary>
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Interactive { get; } = interactive;

    public TimeProvider Time { get; } = time;

    public void WriteLine(string text) => Console.WriteLine(text);

    /// <summary>Opens the database chosen by --database/--provider and brings its schema up to date.</summary>
    public async Task<InBeeldDbContext> OpenDatabaseAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var options = globalOptions.Resolve(result);
        InBeeldDbContext? db = null;
        try
        {
            db = new InBeeldDbContext(DbContextOptionsFactory.Create(options));
            await SchemaUpgrader.UpgradeAsync(db, cancellationToken);
            return db;
        }
        catch (Exception exception) when (exception is DbException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            throw new CliUserException(CliText.Get("Database_OpenFailed", options.Provider, FirstLine(exception.Message)));
        }
    }

    /// <summary>
    /// Signs in the account named by --user (or INBEELD_USER) with its password (INBEELD_PASSWORD,
    /// or asked for when interactive) and, for two-factor accounts, --code. The same rules as the
    /// web login: lockout after failures, every attempt in the audit log.
    /// </summary>
    public Task<CliIdentity> SignInAsync(InBeeldDbContext db, ParseResult result, CancellationToken cancellationToken) =>
        CliSignIn.SignInAsync(this, db, result.GetValue(globalOptions.User), result.GetValue(globalOptions.Code), cancellationToken);

    /// <summary>Opens the database and signs in; the usual start of a command that touches study data.</summary>
    public async Task<(InBeeldDbContext Db, CliIdentity Identity)> OpenSignedInAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var db = await OpenDatabaseAsync(result, cancellationToken);
        try
        {
            return (db, await SignInAsync(db, result, cancellationToken));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public string? UserOption(ParseResult result) => result.GetValue(globalOptions.User);

    public string? CodeOption(ParseResult result) => result.GetValue(globalOptions.Code);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            // Redirected output has no width; wide enough that tables in files and tests do not wrap.
            console.Profile.Width = 200;
        }

        return console;
    }
}
