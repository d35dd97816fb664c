using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Interviews;
using InBeeld.Core.Studies;

namespace InBeeld.Cli.Commands.Studies;

/// <summary><c>inbeeld studies create --title ...</c>: an empty study to fill in the web app.</summary>
internal static class CreateStudyCommand
{
    public static Command Create(CliContext context)
    {
        var title = new Option<string>("--title") { Description = CliText.Get("Option_Title"), Required = true };
        var targetGroup = new Option<string?>("--target-group") { Description = CliText.Get("Option_TargetGroup") };
        var question = new Option<string?>("--question") { Description = CliText.Get("Option_Question") };
        var command = new Command("create", CliText.Get("StudiesCreate_Description")) { title, targetGroup, question };
        command.SetAction(async (result, cancellationToken) =>
        {
            var study = new Study
            {
                Title = Checked(result.GetValue(title), "--title", InterviewRules.MaxNameLength, required: true)!,
                TargetGroup = Checked(result.GetValue(targetGroup), "--target-group", 1_000, required: false),
                CentralQuestion = Checked(result.GetValue(question), "--question", 2_000, required: false),
                CreatedAt = context.Time.GetUtcNow(),
            };
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            db.Studies.Add(study);
            await db.SaveChangesAsync(cancellationToken);
            await CoordinatorGrant.GrantAsync(db, identity, study.Id, context.Time, cancellationToken);
            context.WriteLine(CliText.Get("StudiesCreate_Done", study.Title, study.Id));
            return 0;
        });
        return command;
    }

    private static string? Checked(string? value, string option, int maxLength, bool required)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null && required)
        {
            throw new CliUserException(CliText.Get("Option_Empty", option), CliUserException.UsageError);
        }

        return trimmed is not null && trimmed.Length > maxLength
            ? throw new CliUserException(CliText.Get("Option_TooLong", option, maxLength))
            : trimmed;
    }
}
