using InBeeld.Data.Reminders;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Reminders;

/// <summary>
/// Sends the day's reminder mails at <see cref="ReminderOptions.HourUtc"/>, when an SMTP server is
/// configured. A failed send is logged (without addresses) and tried again the next day.
/// </summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(time.GetUtcNow(), options.Value.HourUtc), time, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var digest = scope.ServiceProvider.GetRequiredService<ReminderDigest>();
                var baseUrl = (options.Value.BaseUrl ?? string.Empty).TrimEnd('/');
                var mails = await digest.BuildAsync(study => $"{baseUrl}/studies/{study}/actions/attention", stoppingToken);
                await scope.ServiceProvider.GetRequiredService<SmtpReminderSender>().SendAsync(mails, stoppingToken);
                logger.LogInformation("Herinneringen verstuurd: {Count} e-mail(s).", mails.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Het versturen van de herinneringen is mislukt; morgen volgt een nieuwe poging.");
            }
        }
    }

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
