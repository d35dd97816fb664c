using InBeeld.Cli;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Interchange;

namespace InBeeld.IntegrationTests.Cli;

/// <summary>Runs <c>inbeeld</c> in-process against a test database and captures what it prints.</summary>
internal sealed class CliRunner(TestDatabase database)
{
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var provider = database.Provider == Data.Setup.DatabaseProvider.Sqlite ? "sqlite" : "postgresql";
        return await RunRawAsync([.. args, "--database", database.Options.ConnectionString, "--provider", provider]);
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
