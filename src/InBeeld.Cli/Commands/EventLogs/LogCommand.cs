using System.CommandLine;
using InBeeld.Cli.Infrastructure;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>
/// <c>inbeeld log stats|dfg|variants|dropout|conformance|preview &lt;file&gt;</c>: analyse an event
/// log straight from a file, without a database. Case ids are pseudonymised on reading.
/// </summary>
internal static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("log", LogText.Get("Log_Description"));
        command.Subcommands.Add(StatsCommand.Create(context));
        command.Subcommands.Add(DfgCommand.Create(context));
        command.Subcommands.Add(VariantsCommand.Create(context));
        command.Subcommands.Add(DropoutCommand.Create(context));
        command.Subcommands.Add(ConformanceCommand.Create(context));
        command.Subcommands.Add(HandoversCommand.Create(context));
        command.Subcommands.Add(PreviewCommand.Create(context));
        command.Subcommands.Add(GenerateLogCommand.Create(context));
        return command;
    }
}
