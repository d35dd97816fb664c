using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Localization;
using InBeeld.Core.Plans;
using InBeeld.Data.Actions;

namespace InBeeld.Cli.Commands.Improvement;

/// <summary>
/// <c>inbeeld actions &lt;study&gt; [--overdue] [--all] [--format text|json]</c>: the study's open
/// improvement actions with owner, status, due date and what needs attention today — the same
/// figures as the web page, from the same plan query and clock.
/// </summary>
internal static class ActionsCommand
{
    public const string JsonFormatName = "inbeeld-actions";
    public const int JsonFormatVersion = 1;

    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var overdue = new Option<bool>("--overdue") { Description = ImprovementCliText.Get("Option_Overdue") };
        var all = new Option<bool>("--all") { Description = ImprovementCliText.Get("Option_All") };
        var format = new Option<string>("--format", "-f") { Description = ImprovementCliText.Get("Option_ActionsFormat"), DefaultValueFactory = _ => "text" };
        var command = new Command("actions", ImprovementCliText.Get("Actions_Description")) { study, overdue, all, format };
        command.SetAction(async (result, cancellationToken) =>
        {
            var json = result.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                "text" => false,
                "json" => true,
                var other => throw new CliUserException(ImprovementCliText.Get("Format_Unknown", other, "text, json"), CliUserException.UsageError),
            };
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (id, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);
            await identity.RequireAsync(db, id, StudyPermission.ViewPatterns, cancellationToken);
            var plan = await new PlanQuery(db, context.Time).GetAsync(id, cancellationToken)
                ?? throw new CliUserException(CliText.Get("Study_NotFound", id));
            var actions = plan.ByOrganization.SelectMany(g => g.Actions)
                .Where(a => result.GetValue(all) || ActionMonitor.IsOpen(a.Status))
                .Where(a => !result.GetValue(overdue) || a.Signals.Overdue)
                .ToList();
            if (json)
            {
                await WriteJsonAsync(context.Output, id, title, plan.Date, actions, cancellationToken);
            }
            else
            {
                await WriteTextAsync(context.Output, title, plan.Date, actions, result.GetValue(overdue));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Plain lines, not the console's wrapped ones: scripts and mail filters read this output too.</summary>
    private static async Task WriteTextAsync(TextWriter output, string title, DateOnly today, IReadOnlyList<PlanAction> actions, bool overdueOnly)
    {
        await output.WriteLineAsync(ImprovementCliText.Get(overdueOnly ? "Actions_HeaderOverdue" : "Actions_Header", title, ActionRules.Format(today), actions.Count));
        foreach (var a in actions)
        {
            var owner = string.Join(", ", new[] { a.OwnerOrganization, a.OwnerPerson }.Where(s => !string.IsNullOrEmpty(s)));
            await output.WriteLineAsync(ImprovementCliText.Get("Actions_Line",
                a.Title,
                owner.Length > 0 ? owner : ImprovementText.Get("Plan_NoOwner"),
                ImprovementText.Status(a.Status),
                a.DueDate is { } d ? ActionRules.Format(d) : "—"));
            if (PlanExport.Signals(a) is { Length: > 0 } signals)
            {
                await output.WriteLineAsync("    ! " + signals);
            }
        }
    }

    private static async Task WriteJsonAsync(TextWriter output, Guid studyId, string title, DateOnly today, IReadOnlyList<PlanAction> actions, CancellationToken cancellationToken)
    {
        await using var stream = new TextWriterStream(output);
        await using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", JsonFormatName);
            json.WriteNumber("formatVersion", JsonFormatVersion);
            json.WriteStartObject("study");
            json.WriteString("id", studyId);
            json.WriteString("title", title);
            json.WriteEndObject();
            json.WriteString("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("actions");
            foreach (var a in actions)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("title", a.Title);
                json.WriteString("description", a.Description);
                json.WriteString("ownerOrganization", a.OwnerOrganization);
                json.WriteString("ownerPerson", a.OwnerPerson);
                json.WriteString("horizon", a.Horizon.ToString());
                json.WriteString("status", a.Status.ToString());
                json.WriteString("dueDate", a.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("reviewDueOn", a.Signals.ReviewDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteBoolean("withoutOwner", a.Signals.WithoutOwner);
                if (a.Signals.DaysOverdue is { } days)
                {
                    json.WriteNumber("daysOverdue", days);
                }
                else
                {
                    json.WriteNull("daysOverdue");
                }

                json.WriteBoolean("notReviewed", a.Signals.NotReviewed);
                json.WriteStartArray("motivations");
                foreach (var m in a.Motivations)
                {
                    json.WriteStringValue(m);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        await output.WriteLineAsync();
    }
}
