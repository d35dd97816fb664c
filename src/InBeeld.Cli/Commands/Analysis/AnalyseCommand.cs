using InBeeld.Core.Access;
using System.CommandLine;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Data.Analysis;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>
/// <c>inbeeld analyse &lt;study&gt; [--format text|json]</c>: the top patterns, the hartslag per phase,
/// the gaps between organisations and the subgroup differences of a study's interviews.
/// </summary>
internal static class AnalyseCommand
{
    public const int MaxTop = 1_000;

    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var format = new Option<string>("--format") { Description = AnalyseText.Get("Option_Format"), DefaultValueFactory = _ => "text" };
        var top = new Option<int>("--top") { Description = AnalyseText.Get("Option_Top"), DefaultValueFactory = _ => 10 };
        var outcomePhase = new Option<string[]>("--outcome-phase") { Description = AnalyseText.Get("Option_OutcomePhase") };
        var outcomeOrganization = new Option<string[]>("--outcome-organisation") { Description = AnalyseText.Get("Option_OutcomeOrganization") };
        var outcomeTurningPoint = new Option<string[]>("--outcome-turning-point") { Description = AnalyseText.Get("Option_OutcomeTurningPoint") };
        var evidence = new Option<bool>("--evidence") { Description = AnalyseText.Get("Option_Evidence") };
        var command = new Command("analyse", AnalyseText.Get("Analyse_Description"))
        {
            study, format, top, outcomePhase, outcomeOrganization, outcomeTurningPoint, evidence,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var json = result.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                "text" => false,
                "json" => true,
                var other => throw new CliUserException(AnalyseText.Get("Format_Unknown", other), CliUserException.UsageError),
            };
            var rows = result.GetValue(top);
            if (rows is < 1 or > MaxTop)
            {
                throw new CliUserException(AnalyseText.Get("Top_OutOfRange", rows, MaxTop), CliUserException.UsageError);
            }

            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (id, _) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);

            // Patterns only, no raw interview data: chain partners may run it too.
            await identity.RequireAsync(db, id, StudyPermission.ViewPatterns, cancellationToken);
            var names = await StudyVocabularyNames.LoadAsync(db, id, cancellationToken);
            var outcome = OutcomeChoice.Resolve(
                names, result.GetValue(outcomePhase) ?? [], result.GetValue(outcomeOrganization) ?? [], result.GetValue(outcomeTurningPoint) ?? []);
            var analysis = await new StudyAnalysisQuery(db).GetAsync(id, outcome.Definition, cancellationToken)
                ?? throw new CliUserException(CliText.Get("Study_NotFound", id));
            if (json)
            {
                await AnalysisJsonWriter.WriteAsync(context.Output, analysis, outcome, result.GetValue(evidence), cancellationToken);
            }
            else
            {
                new AnalysisTextWriter(context.Console, analysis, rows).Write(outcome);
            }

            return 0;
        });
        return command;
    }
}
