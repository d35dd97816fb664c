using System.CommandLine;
using System.Globalization;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace InBeeld.Cli.Commands.Studies;

/// <summary><c>inbeeld studies list</c>: every study with its id, so the others commands can name it.</summary>
internal static class ListStudiesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", CliText.Get("StudiesList_Description"));
        command.SetAction(async (result, cancellationToken) =>
        {
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;

            // Only the studies this account is a member of, as on the web app's home page.
            var memberOf = db.StudyMembers.Where(m => m.UserId == identity.Account.Id).Select(m => m.StudyId);
            var studies = await db.Studies.AsNoTracking().Where(s => memberOf.Contains(s.Id))
                .Select(s => new { s.Id, s.Title, s.IsFictitious, s.CreatedAt, Interviews = db.Interviews.Count(i => i.StudyId == s.Id) })
                .ToListAsync(cancellationToken);
            if (studies.Count == 0)
            {
                context.WriteLine(CliText.Get("StudiesList_None"));
                return 0;
            }

            var table = new Table().AddColumns(
                CliText.Get("Column_Id"), CliText.Get("Column_Title"), CliText.Get("Column_Interviews"),
                CliText.Get("Column_Fictitious"), CliText.Get("Column_Created"));
            table.Columns[2].RightAligned();
            foreach (var study in studies.OrderBy(s => s.CreatedAt))
            {
                table.AddRow(
                    study.Id.ToString(),
                    Markup.Escape(study.Title),
                    study.Interviews.ToString(CultureInfo.CurrentCulture),
                    study.IsFictitious ? CliText.Get("Yes") : CliText.Get("No"),
                    study.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
