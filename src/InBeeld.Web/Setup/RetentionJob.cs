using InBeeld.Data.Retention;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Setup;

/// <summary>
/// The daily retention run: once shortly after start, then every 24 hours on the app's clock.
/// A failed run is logged and retried the next day; it never stops the app.
/// </summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<SecurityOptions> security, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!security.Value.RetentionJobEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var service = scope.ServiceProvider.GetRequiredService<RetentionService>();
                var runs = await service.RunAsync(time.GetUtcNow(), "dagelijks", security.Value.AuditRetentionDays, dryRun: false, stoppingToken);
                foreach (var run in runs)
                {
                    logger.LogInformation("Bewaartermijn toegepast in onderzoek {StudyId}: {Interviews} interview(s) geanonimiseerd, {Contacts} sleutelregel(s) verwijderd.",
                        run.StudyId, run.InterviewsAnonymized, run.ContactsDeleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "De dagelijkse bewaartermijn-controle is mislukt; morgen volgt een nieuwe poging.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
