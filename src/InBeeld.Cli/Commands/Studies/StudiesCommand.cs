using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;

namespace InBeeld.Cli.Commands.Studies;

/// <summary><c>inbeeld studies list | create | show</c>.</summary>
internal static class StudiesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("studies", CliText.Get("Studies_Description"));
        command.Subcommands.Add(ListStudiesCommand.Create(context));
        command.Subcommands.Add(CreateStudyCommand.Create(context));
        command.Subcommands.Add(ShowStudyCommand.Create(context));
        return command;
    }
}
