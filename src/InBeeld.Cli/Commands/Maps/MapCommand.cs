using System.CommandLine;
using System.Globalization;
using System.Text;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data.Maps;

namespace InBeeld.Cli.Commands.Maps;

/// <summary>
/// <c>inbeeld map &lt;study&gt; &lt;interview&gt; [--format svg|pdf|mermaid] [--paper a3|a4] [-o file]</c>:
/// an interview's journey map as a file, drawn by the same renderer as the web page. Without
/// --format the extension of -o decides. Maps are made to be shared, so an interview without
/// recorded consent gets none.
/// </summary>
internal static class MapCommand
{
    public const string FontsVariable = "INBEELD_FONTS__DIRECTORY";

    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var interview = new Argument<string>("interview") { Description = CliText.Get("Argument_Interview") };
        var format = new Option<string?>("--format", "-f") { Description = CliText.Get("Option_MapFormat") };
        var paper = new Option<string?>("--paper") { Description = CliText.Get("Option_Paper") };
        var output = new Option<string?>("--output", "-o") { Description = CliText.Get("Option_MapOutput") };
        var fonts = new Option<string?>("--fonts") { Description = CliText.Get("Option_Fonts") };
        var command = new Command("map", CliText.Get("Map_Description")) { study, interview, format, paper, output, fonts };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(output);
            var chosen = Format(result.GetValue(format), path);
            var paperSize = Paper(result.GetValue(paper), chosen);
            if (chosen == MapFormat.Pdf && path is null)
            {
                throw new CliUserException(CliText.Get("Map_PdfNeedsFile"), CliUserException.UsageError);
            }

            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (studyId, title) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);

            // A map of one interview shows its raw steps and quotes: for those who may read interviews.
            await identity.RequireAsync(db, studyId, StudyPermission.ViewInterviews, cancellationToken);
            var interviewId = await InterviewLookup.FindAsync(db, studyId, title, result.GetValue(interview)!, cancellationToken);
            var map = await new InterviewMapQuery(db).GetAsync(studyId, interviewId, cancellationToken)
                ?? throw new CliUserException(CliText.Get("Interview_NotFound", interviewId, title));
            if (!map.ConsentGiven)
            {
                throw new CliUserException(CliText.Get("Map_NoConsent", map.ParticipantCode, map.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            await identity.AuditAsync(db, AuditActions.Export, AuditResult.Succeeded, studyId, "Interview", interviewId, cancellationToken);

            // Fonts are checked before any file is touched, so a missing font leaves nothing behind.
            var pdfOptions = chosen == MapFormat.Pdf
                ? new PdfMapOptions { Paper = paperSize, Fonts = LoadFonts(result.GetValue(fonts)), Time = context.Time }
                : null;
            if (path is null)
            {
                var text = chosen == MapFormat.Svg ? JourneyMapRenderer.RenderSvg(map.Model) : JourneyMapRenderer.RenderMermaid(map.Model);
                await context.Output.WriteAsync(text);
                return 0;
            }

            await OutputFile.WriteAsync(path, stream => Write(map.Model, chosen, pdfOptions, stream, cancellationToken), cancellationToken);
            context.WriteLine(CliText.Get("Map_Done", map.ParticipantCode, chosen.ToString().ToLowerInvariant(), path));
            return 0;
        });
        return command;
    }

    private static async Task Write(JourneyMapModel model, MapFormat format, PdfMapOptions? pdf, Stream stream, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case MapFormat.Pdf:
                JourneyMapRenderer.RenderPdf(model, pdf!, stream);
                break;
            case MapFormat.Svg:
                JourneyMapRenderer.RenderSvg(model, stream);
                break;
            default:
                await stream.WriteAsync(new UTF8Encoding(false).GetBytes(JourneyMapRenderer.RenderMermaid(model)), cancellationToken);
                break;
        }
    }

    private static MapFormat Format(string? text, string? path)
    {
        var value = text?.Trim().ToLowerInvariant() ?? Path.GetExtension(path ?? string.Empty).TrimStart('.').ToLowerInvariant() switch
        {
            "pdf" => "pdf",
            "mmd" or "md" or "mermaid" => "mermaid",
            _ => "svg",
        };
        return value switch
        {
            "svg" => MapFormat.Svg,
            "pdf" => MapFormat.Pdf,
            "mermaid" or "mmd" => MapFormat.Mermaid,
            _ => throw new CliUserException(CliText.Get("Map_UnknownFormat", text), CliUserException.UsageError),
        };
    }

    private static PaperSize Paper(string? text, MapFormat format)
    {
        if (text is null)
        {
            return PaperSize.A3;
        }

        if (format != MapFormat.Pdf)
        {
            throw new CliUserException(CliText.Get("Map_PaperOnlyForPdf"), CliUserException.UsageError);
        }

        return text.Trim().ToLowerInvariant() switch
        {
            "a3" => PaperSize.A3,
            "a4" => PaperSize.A4,
            _ => throw new CliUserException(CliText.Get("Map_UnknownPaper", text), CliUserException.UsageError),
        };
    }

    private static NotoFonts LoadFonts(string? directory)
    {
        try
        {
            return NotoFonts.Load(directory ?? Environment.GetEnvironmentVariable(FontsVariable));
        }
        catch (FontMissingException missing)
        {
            throw new CliUserException(missing.Message);
        }
    }
}
