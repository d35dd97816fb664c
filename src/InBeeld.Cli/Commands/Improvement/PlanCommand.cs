using System.CommandLine;
using InBeeld.Cli.Commands.Maps;
using InBeeld.Cli.Commands.Studies;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Localization;
using InBeeld.Core.Plans;
using InBeeld.Core.Rendering.Pdf.Documents;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Spreadsheets;
using InBeeld.Data.Actions;

namespace InBeeld.Cli.Commands.Improvement;

/// <summary>
/// <c>inbeeld plan &lt;study&gt; --format pdf|xlsx -o &lt;file&gt;</c>: the integrated plan for the work
/// group, the same report and workbook as the web page's downloads. Without --format the extension
/// of -o decides.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var study = new Argument<string>("study") { Description = CliText.Get("Argument_Study") };
        var format = new Option<string?>("--format", "-f") { Description = ImprovementCliText.Get("Option_PlanFormat") };
        var output = new Option<string>("--output", "-o") { Description = ImprovementCliText.Get("Option_PlanOutput"), Required = true };
        var fonts = new Option<string?>("--fonts") { Description = CliText.Get("Option_Fonts") };
        var command = new Command("plan", ImprovementCliText.Get("Plan_Description")) { study, format, output, fonts };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(output)!;
            var pdf = (result.GetValue(format) ?? Path.GetExtension(path).TrimStart('.')).Trim().ToLowerInvariant() switch
            {
                "pdf" => true,
                "xlsx" => false,
                var other => throw new CliUserException(ImprovementCliText.Get("Format_Unknown", other, "pdf, xlsx"), CliUserException.UsageError),
            };
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            var (id, _) = await StudyLookup.FindAsync(db, result.GetValue(study)!, cancellationToken);
            await identity.RequireAsync(db, id, StudyPermission.ViewPatterns, cancellationToken);
            var plan = await new PlanQuery(db, context.Time).GetAsync(id, cancellationToken)
                ?? throw new CliUserException(CliText.Get("Study_NotFound", id));

            // Fonts first, so a missing font leaves no half-written file.
            NotoFonts? noto = null;
            if (pdf)
            {
                try
                {
                    noto = NotoFonts.Load(result.GetValue(fonts) ?? Environment.GetEnvironmentVariable(MapCommand.FontsVariable));
                }
                catch (FontMissingException missing)
                {
                    throw new CliUserException(missing.Message);
                }
            }

            await identity.AuditAsync(db, AuditActions.Export, AuditResult.Succeeded, id, "Plan", id, cancellationToken);
            await OutputFile.WriteAsync(path, stream =>
            {
                if (pdf)
                {
                    PdfReportWriter.Write(ImprovementText.Get("Plan_Title", plan.StudyTitle), PlanExport.Report(plan), noto!, context.Time, stream);
                }
                else
                {
                    // The Open XML package needs a stream it can read back and seek; the file stream need not be one.
                    using var buffer = new MemoryStream();
                    XlsxWriter.Write(PlanExport.Sheets(plan), buffer);
                    buffer.Position = 0;
                    buffer.CopyTo(stream);
                }

                return Task.CompletedTask;
            }, cancellationToken);
            context.WriteLine(ImprovementCliText.Get("Plan_Done", plan.ActionCount, path));
            return 0;
        });
        return command;
    }
}
