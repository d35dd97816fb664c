using InBeeld.Core.Access;
using System.CommandLine;
using System.Globalization;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data.Studies;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Studies;

/// <summary><c>inbeeld studies show &lt;study&gt;</c>: the figures of the study's overview page.</summary>
internal static class ShowStudyCommand
{
    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var command = new Command("show", CliText.Get("StudiesShow_Description")) { study };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (id, _) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);
            await identity.RequireAsync(db, id, StudyPermission.ViewStudy, cancellationToken);
            var overview = await new StudyOverviewQuery(db).GetAsync(id, cancellationToken)
                ?? throw new CliUserException(CliText.Get("Study_NotFound", id));
            Write(context.Console, overview);
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, StudyOverview overview)
    {
        console.WriteLine(overview.Title);
        console.WriteLine(CliText.Get("Show_Id", overview.StudyId));
        console.WriteLine(CliText.Get("Show_Counts", overview.Participants, overview.Interviews, overview.Steps));
        if (overview.InterviewsWithoutConsent > 0)
        {
            console.WriteLine(CliText.Get("Show_WithoutConsent", overview.InterviewsWithoutConsent));
        }

        var organizations = Table(CliText.Get("Column_Organization"), CliText.Get("Column_Steps"), CliText.Get("Column_Interviews"));
        foreach (var group in overview.StepsPerOrganization.OrderBy(g => g.Id is null).ThenBy(g => g.Order))
        {
            organizations.AddRow(GroupName(group.Name), Number(group.Steps), Number(group.Interviews));
        }

        var experience = overview.ExperiencePerPhase.ToDictionary(p => p.PhaseId ?? Guid.Empty);
        var phases = Table(CliText.Get("Column_Phase"), CliText.Get("Column_Steps"), CliText.Get("Column_Interviews"), CliText.Get("Column_Experience"));
        foreach (var group in overview.StepsPerPhase.OrderBy(g => g.Id is null).ThenBy(g => g.Order))
        {
            var mean = experience.GetValueOrDefault(group.Id ?? Guid.Empty)?.Mean;
            phases.AddRow(GroupName(group.Name), Number(group.Steps), Number(group.Interviews),
                mean is { } value ? value.ToString("+0.00;-0.00;0.00", CultureInfo.CurrentCulture) : "–");
        }

        var handovers = Table(CliText.Get("Column_Handover"), CliText.Get("Column_Steps"));
        foreach (var handover in overview.Handovers.OrderBy(h => h.Kind))
        {
            handovers.AddRow(CliText.Get($"Handover_{handover.Kind}"), Number(handover.Count));
        }

        console.Write(organizations);
        console.Write(phases);
        console.Write(handovers);
    }

    private static Table Table(params string[] columns)
    {
        var table = new Table().AddColumns(columns);
        for (var i = 1; i < columns.Length; i++)
        {
            table.Columns[i].RightAligned();
        }

        return table;
    }

    private static string GroupName(string? name) => name is null ? CliText.Get("NotFilledIn") : Markup.Escape(name);

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
