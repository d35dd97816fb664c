using System.CommandLine;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Data.Composites;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Cli.Commands.Composites;

/// <summary>
/// <c>inbeeld cluster &lt;study&gt; [--k N] [--attribute key]… [--format text|json] [--save [--replace]]</c>:
/// groups a study's consented interviews into journey types and prints the groups (pseudonym codes)
/// with the reason for their number. With --save the proposal becomes the study's grouping, as on the
/// web page; replacing a grouping that exists needs --replace, because its changes and composites go.
/// </summary>
internal static class ClusterCommand
{
    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = Localization.CliText.Get("Argument_Study") };
        var k = new Option<int?>("--k") { Description = CompositeCliText.Get("Option_K") };
        var attributes = new Option<string[]>("--attribute") { Description = CompositeCliText.Get("Option_Attribute") };
        var format = new Option<string>("--format") { Description = CompositeCliText.Get("Option_ClusterFormat"), DefaultValueFactory = _ => "text" };
        var save = new Option<bool>("--save") { Description = CompositeCliText.Get("Option_Save") };
        var replace = new Option<bool>("--replace") { Description = CompositeCliText.Get("Option_Replace") };
        var command = new Command("cluster", CompositeCliText.Get("Cluster_Description")) { study, k, attributes, format, save, replace };
        command.SetAction(async (result, cancellationToken) =>
        {
            var json = result.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                "text" => false,
                "json" => true,
                var other => throw new CliUserException(CompositeCliText.Get("Format_Unknown", other), CliUserException.UsageError),
            };
            var groups = result.GetValue(k);
            if (groups is < 1 or > GroupingOptions.MaxRequestedK)
            {
                throw new CliUserException(CompositeCliText.Get("K_OutOfRange", groups, GroupingOptions.MaxRequestedK), CliUserException.UsageError);
            }

            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (studyId, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);

            // Proposing groups is the researcher's work, and the output names interviews by pseudonym.
            await identity.RequireAsync(db, studyId, StudyPermission.EditInterviews, cancellationToken);
            var service = new GroupingService(db, context.Time);
            var known = await service.AttributeChoicesAsync(studyId, cancellationToken);
            var chosen = (result.GetValue(attributes) ?? []).Select(a => a.Trim()).Distinct(StringComparer.Ordinal).ToList();
            foreach (var unknown in chosen.Where(a => known.All(c => c.Key != a)))
            {
                throw new CliUserException(CompositeCliText.Get("Attribute_Unknown", unknown, title,
                    known.Count == 0 ? CompositeCliText.Get("Attribute_None") : string.Join(", ", known.Select(c => c.Key))));
            }

            var saving = result.GetValue(save);
            if (saving && !result.GetValue(replace) && await db.JourneyGroupings.AnyAsync(g => g.StudyId == studyId, cancellationToken))
            {
                throw new CliUserException(CompositeCliText.Get("Save_NeedsReplace", title));
            }

            var grouping = await service.ComputeAsync(studyId, groups, chosen, cancellationToken);
            if (grouping.Groups.Count == 0)
            {
                throw new CliUserException(CompositeCliText.Get("Nothing_ToGroup", title));
            }

            await identity.AuditAsync(db, AuditActions.Read, AuditResult.Succeeded, studyId, "Study", studyId, cancellationToken);
            var codes = await ClusterOutput.CodesAsync(db, studyId, cancellationToken);
            if (json)
            {
                await ClusterOutput.WriteJsonAsync(context.Output, title, grouping, codes, cancellationToken);
            }
            else
            {
                ClusterOutput.WriteText(context, title, grouping, codes);
            }

            if (saving)
            {
                var id = await service.SaveAsync(studyId, grouping, chosen, identity.Account.UserName ?? "", cancellationToken);
                await identity.AuditAsync(db, AuditActions.Change, AuditResult.Succeeded, studyId, "JourneyGrouping", id, cancellationToken);
                await context.Error.WriteLineAsync(CompositeCliText.Get("Saved", grouping.K, title));
            }

            return 0;
        });
        return command;
    }
}
