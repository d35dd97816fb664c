using System.CommandLine;
using System.Data.Common;
using InBeeld.Cli.Commands.Analysis;
using InBeeld.Cli.Commands.Composites;
using InBeeld.Cli.Commands.EventLogs;
using InBeeld.Cli.Commands.Generation;
using InBeeld.Cli.Commands.Improvement;
using InBeeld.Cli.Commands.Interchange;
using InBeeld.Cli.Commands.Accounts;
using InBeeld.Cli.Commands.Retention;
using InBeeld.Cli.Commands.Maps;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Validation;

namespace InBeeld.Cli;

/// <summary>
/// The <c>inbeeld</c> command line, runnable in-process for tests. Exit codes: 0 done, 1 a problem
/// the user can fix (with a Dutch message, never a stack trace), 2 wrong usage.
/// </summary>
public static class CliApp
{
    public const int Success = 0;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, interactive: false, cancellationToken);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, interactive, TimeProvider.System, cancellationToken);

    internal static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, bool interactive, TimeProvider time, CancellationToken cancellationToken)
    {
        var globalOptions = new GlobalOptions();
        var context = new CliContext(output, error, interactive, time, globalOptions);
        var root = new RootCommand(CliText.Get("Root_Description"));
        root.Options.Add(globalOptions.Database);
        root.Options.Add(globalOptions.Provider);
        root.Options.Add(globalOptions.User);
        root.Options.Add(globalOptions.Code);
        root.Subcommands.Add(StudiesCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(SchemaCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(RetentionCommand.Create(context));
        root.Subcommands.Add(MapCommand.Create(context));
        root.Subcommands.Add(AnalyseCommand.Create(context));
        root.Subcommands.Add(LogCommand.Create(context));
        root.Subcommands.Add(ActionsCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(ClusterCommand.Create(context));
        root.Subcommands.Add(CompositeCommand.Create(context));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                await error.WriteLineAsync(CliText.Get("Usage_Error", parseError.Message));
            }

            await error.WriteLineAsync(CliText.Get("Usage_Help"));
            return CliUserException.UsageError;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return await result.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception exception)
        {
            await error.WriteLineAsync(Describe(exception, out var exitCode));
            return exitCode;
        }
    }

    private static string Describe(Exception exception, out int exitCode)
    {
        exitCode = CliUserException.UserError;
        switch (exception)
        {
            case CliUserException user:
                exitCode = user.ExitCode;
                return user.Message;
            case InputRejectedException rejected:
                return CliText.Get("Rejected", rejected.Errors.Count) + Environment.NewLine +
                    string.Join(Environment.NewLine, rejected.Errors.Select(e => $"  {e.Location}: {e.Message}"));
            case OperationCanceledException:
                return CliText.Get("Cancelled");
            case DbException database:
                return CliText.Get("Database_Failed", database.Message.Split('\n', 2)[0].Trim());
            default:
                // Unexpected: still no stack trace for the user, but enough to report the problem.
                return CliText.Get("Unexpected", exception.GetType().Name, exception.Message);
        }
    }
}
