using System.CommandLine;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data;
using InBeeld.Data.Composites;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Cli.Commands.Composites;

/// <summary>
/// <c>inbeeld composite &lt;study&gt; &lt;group&gt; --format svg|pdf [-o file] [--paper a3|a4] [--build]</c>: a
/// group's composite journey map, drawn by the journey-map renderer. The group is named by number,
/// name or id. A group without a composite gets one with --build (which needs the right to edit);
/// an out-of-date composite is drawn with a warning, as the web page shows it.
/// </summary>
internal static class CompositeCommand
{
    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = Localization.CliText.Get("Argument_Study") };
        var group = new Argument<string>("group") { Description = CompositeCliText.Get("Argument_Group") };
        var format = new Option<string?>("--format", "-f") { Description = CompositeCliText.Get("Option_CompositeFormat") };
        var output = new Option<string?>("--output", "-o") { Description = Localization.CliText.Get("Option_MapOutput") };
        var paper = new Option<string?>("--paper") { Description = Localization.CliText.Get("Option_Paper") };
        var fonts = new Option<string?>("--fonts") { Description = Localization.CliText.Get("Option_Fonts") };
        var build = new Option<bool>("--build") { Description = CompositeCliText.Get("Option_Build") };
        var command = new Command("composite", CompositeCliText.Get("Composite_Description")) { study, group, format, output, paper, fonts, build };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(output);
            var pdf = (result.GetValue(format)?.Trim().ToLowerInvariant() ?? (Path.GetExtension(path ?? "").Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? "pdf" : "svg")) switch
            {
                "svg" => false,
                "pdf" => true,
                var other => throw new CliUserException(CompositeCliText.Get("CompositeFormat_Unknown", other), CliUserException.UsageError),
            };
            if (pdf && path is null)
            {
                throw new CliUserException(Localization.CliText.Get("Map_PdfNeedsFile"), CliUserException.UsageError);
            }

            var size = result.GetValue(paper)?.Trim().ToLowerInvariant() switch
            {
                null or "a3" => PaperSize.A3,
                "a4" => PaperSize.A4,
                var other => throw new CliUserException(Localization.CliText.Get("Map_UnknownPaper", other), CliUserException.UsageError),
            };

            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (studyId, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);

            // A composite is an aggregate of fictitious people: those who may see patterns may draw it.
            await identity.RequireAsync(db, studyId, StudyPermission.ViewPatterns, cancellationToken);
            var groupId = await FindGroupAsync(db, studyId, title, result.GetValue(group)!, cancellationToken);
            if (!await db.CompositeJourneys.AnyAsync(c => c.GroupId == groupId, cancellationToken))
            {
                if (!result.GetValue(build))
                {
                    throw new CliUserException(CompositeCliText.Get("NoComposite", result.GetValue(group)));
                }

                await identity.RequireAsync(db, studyId, StudyPermission.EditInterviews, cancellationToken);
                var built = await new CompositeService(db, context.Time).BuildAsync(studyId, groupId, cancellationToken)
                    ?? throw new CliUserException(CompositeCliText.Get("BuildNothing", result.GetValue(group)));
                await identity.AuditAsync(db, AuditActions.Change, AuditResult.Succeeded, studyId, "CompositeJourney", built, cancellationToken);
            }

            var view = (await new CompositeQuery(db).GetAsync(studyId, groupId, cancellationToken))!;
            if (view.Outdated)
            {
                await context.Error.WriteLineAsync(CompositeCliText.Get("Outdated", view.Group.Name));
            }

            var options = pdf ? new PdfMapOptions { Paper = size, Fonts = LoadFonts(result.GetValue(fonts)), Time = context.Time } : null;
            await identity.AuditAsync(db, AuditActions.Export, AuditResult.Succeeded, studyId, "CompositeJourney", view.Composite!.Id, cancellationToken);
            if (path is null)
            {
                await context.Output.WriteAsync(JourneyMapRenderer.RenderSvg(view.Map!));
                return 0;
            }

            await OutputFile.WriteAsync(path, stream =>
            {
                if (options is not null)
                {
                    JourneyMapRenderer.RenderPdf(view.Map!, options, stream);
                }
                else
                {
                    JourneyMapRenderer.RenderSvg(view.Map!, stream);
                }

                return Task.CompletedTask;
            }, cancellationToken);
            context.WriteLine(CompositeCliText.Get("Done", view.Group.Name, pdf ? "pdf" : "svg", path));
            return 0;
        });
        return command;
    }

    /// <summary>By number (1, 2, …), id, or name (case-insensitive, exact); names are few, so matched in memory.</summary>
    private static async Task<Guid> FindGroupAsync(InBeeldDbContext db, Guid studyId, string title, string text, CancellationToken cancellationToken)
    {
        var groups = await db.JourneyGroups.AsNoTracking().Where(g => g.StudyId == studyId).Select(g => new { g.Id, g.Number, g.Name }).ToListAsync(cancellationToken);
        if (groups.Count == 0)
        {
            throw new CliUserException(CompositeCliText.Get("NoGrouping", title));
        }

        var trimmed = text.Trim();
        var match = int.TryParse(trimmed, out var number) ? groups.Where(g => g.Number == number).ToList()
            : Guid.TryParse(trimmed, out var id) ? groups.Where(g => g.Id == id).ToList()
            : groups.Where(g => string.Equals(g.Name, trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        return match.Count == 1
            ? match[0].Id
            : throw new CliUserException(CompositeCliText.Get("Group_NotFound", text, title,
                string.Join(Environment.NewLine, groups.OrderBy(g => g.Number).Select(g => $"  {g.Number}  {g.Name}"))));
    }

    private static NotoFonts LoadFonts(string? directory)
    {
        try
        {
            return NotoFonts.Load(directory ?? Environment.GetEnvironmentVariable(Maps.MapCommand.FontsVariable));
        }
        catch (FontMissingException missing)
        {
            throw new CliUserException(missing.Message);
        }
    }
}
