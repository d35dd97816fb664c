using Microsoft.Extensions.Options;

namespace InBeeld.Web.Reminders;

/// <summary>
/// Sends the day's reminder mails at <see cref="ReminderOptions.HourUtc"/>, when an SMTP server is
/// configured. Each run goes through <see cref="ReminderRun"/>, whose log makes a second run the same
/// day harmless — so the job catches up at start when the hour has passed (a restart must not skip a
/// day), and after a failed send it runs again <see cref="ReminderOptions.RetryMinutes"/> later.
/// </summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var hour = options.Value.HourUtc;
        var delay = HasRunHourPassed(time.GetUtcNow(), hour) ? TimeSpan.Zero : UntilNextRun(time.GetUtcNow(), hour);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(delay, time, stoppingToken);
            var failed = true;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var baseUrl = (options.Value.BaseUrl ?? string.Empty).TrimEnd('/');
                var result = await scope.ServiceProvider.GetRequiredService<ReminderRun>()
                    .RunAsync(study => $"{baseUrl}/studies/{study}/actions/attention", stoppingToken);
                logger.LogInformation("Herinneringen: {Sent} verstuurd, {Failed} mislukt, {Skipped} al eerder verstuurd.", result.Sent, result.Failed, result.Skipped);
                failed = result.Failed > 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Het versturen van de herinneringen is mislukt; er volgt een nieuwe poging.");
            }

            delay = failed ? TimeSpan.FromMinutes(Math.Max(1, options.Value.RetryMinutes)) : UntilNextRun(time.GetUtcNow(), hour);
        }
    }

    /// <summary>Whether today's <paramref name="hourUtc"/>:00 UTC lies behind <paramref name="now"/>.</summary>
    internal static bool HasRunHourPassed(DateTimeOffset now, int hourUtc) => now.ToUniversalTime().Hour >= Math.Clamp(hourUtc, 0, 23);

    /// <summary>Time until the next <paramref name="hourUtc"/>:00 UTC, at least a minute away.</summary>
    internal static TimeSpan UntilNextRun(DateTimeOffset now, int hourUtc)
    {
        var next = new DateTimeOffset(now.Year, now.Month, now.Day, Math.Clamp(hourUtc, 0, 23), 0, 0, TimeSpan.Zero);
        if (next <= now.AddMinutes(1))
        {
            next = next.AddDays(1);
        }

        return next - now;
    }
}
