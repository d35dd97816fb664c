using System.CommandLine;
using InBeeld.Cli.Infrastructure;
using InBeeld.Cli.Localization;
using InBeeld.Core.Auditing;
using InBeeld.Data.Retention;

namespace InBeeld.Cli.Commands.Retention;

/// <summary>
/// <c>inbeeld retention run [--dry-run]</c>: applies every study's bewaartermijn now, as the web
/// app's daily job does, and says per study what was removed (counts, never content).
/// </summary>
internal static class RetentionCommand
{
    public static Command Create(CliContext context)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = CliText.Get("Option_DryRun") };
        var auditDays = new Option<int>("--audit-days") { Description = CliText.Get("Option_AuditDays"), DefaultValueFactory = _ => 730 };
        var run = new Command("run", CliText.Get("RetentionRun_Description")) { dryRun, auditDays };
        run.SetAction(async (result, cancellationToken) =>
        {
            var (db, identity) = await context.OpenSignedInAsync(result, cancellationToken);
            await using var _ = db;
            identity.RequireAdministrator();
            var isDryRun = result.GetValue(dryRun);
            var runs = await new RetentionService(db).RunAsync(
                context.Time.GetUtcNow(), identity.Account.UserName ?? CliIdentity.Source, Math.Max(1, result.GetValue(auditDays)), isDryRun, cancellationToken);
            if (runs.Count == 0)
            {
                context.WriteLine(CliText.Get("Retention_Nothing"));
            }

            foreach (var r in runs)
            {
                context.WriteLine(CliText.Get(isDryRun ? "Retention_WouldRemove" : "Retention_Removed",
                    r.StudyId, r.InterviewsAnonymized, r.TranscriptsDeleted, r.QuotesDeleted, r.ContactsDeleted));
            }

            if (!isDryRun)
            {
                await identity.AuditAsync(db, AuditActions.RetentionRun, AuditResult.Succeeded, null, null, null, cancellationToken);
            }

            return 0;
        });
        return new Command("retention", CliText.Get("Retention_Description")) { run };
    }
}
