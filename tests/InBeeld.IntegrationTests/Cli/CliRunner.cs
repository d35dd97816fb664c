using InBeeld.Cli;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Interchange;

namespace InBeeld.IntegrationTests.Cli;

/// <summary>Runs <c>inbeeld</c> in-process against a test database and captures what it prints.</summary>
internal sealed class CliRunner(TestDatabase database)
{
    /// <summary>The account commands run as, unless a test passes its own --user.</summary>
    public const string UserName = "cli-onderzoeker";

    static CliRunner()
    {
        // The same password for every test account, so one process-wide variable serves all tests.
        Environment.SetEnvironmentVariable("INBEELD_PASSWORD", Web.TestAccounts.Password);
    }

    private bool _accountReady;

    /// <summary>
    /// Runs as <see cref="UserName"/> (unless --user is given), who coordinates every study in the
    /// database — as if they had imported the studies tests seed directly into it.
    /// </summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        await EnsureAccountAsync();
        await CoordinateSeededStudiesAsync();
        var provider = database.Provider == Data.Setup.DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        string[] user = args.Contains("--user") ? [] : ["--user", UserName];
        return await RunRawAsync([.. args, "--database", database.Options.ConnectionString, "--provider", provider, .. user]);
    }

    /// <summary>Runs without adding --user (for sign-in tests), still against this database.</summary>
    public async Task<CliResult> RunAnonymousAsync(params string[] args)
    {
        var provider = database.Provider == Data.Setup.DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        return await RunRawAsync([.. args, "--database", database.Options.ConnectionString, "--provider", provider]);
    }

    private async Task CoordinateSeededStudiesAsync()
    {
        await using var db = database.CreateContext();
        var user = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users, u => u.UserName == UserName);
        var without = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Studies.Where(s => !db.StudyMembers.Any(m => m.StudyId == s.Id)).Select(s => s.Id));
        foreach (var study in without)
        {
            db.StudyMembers.Add(new Core.Access.StudyMember { StudyId = study, UserId = user.Id, Role = Core.Access.StudyRole.Coordinator, AddedAt = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync();
    }

    private async Task EnsureAccountAsync()
    {
        if (_accountReady)
        {
            return;
        }

        await using var db = database.CreateContext();
        await Data.Setup.SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Users, u => u.UserName == UserName))
        {
            await using var accounts = new Data.Accounts.StandaloneAccounts(db, TimeProvider.System);
            var (account, errors) = await accounts.Creator.CreateAsync(new Data.Accounts.NewAccount(UserName, UserName, false, Web.TestAccounts.Password, false));
            account.ShouldNotBeNull(Data.Accounts.AccountCreator.Describe(errors));
        }

        _accountReady = true;
    }

    public static async Task<CliResult> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, interactive: false, FixedTimeProvider.Default, CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out\n{Output}\n--- err\n{Error}";
}
