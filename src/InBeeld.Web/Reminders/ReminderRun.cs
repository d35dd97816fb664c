using System.Net.Mail;
using InBeeld.Core.Actions;
using InBeeld.Data.Reminders;

namespace InBeeld.Web.Reminders;

/// <summary>
/// One reminder run: builds the day's digests and sends each one this run may claim in the log, so
/// an account gets at most one digest per Dutch calendar day and a failed send is tried again by the
/// next run that day. One mail failing does not stop the others.
/// </summary>
public sealed class ReminderRun(ReminderDigest digest, ReminderLog log, SmtpReminderSender sender, TimeProvider time, ILogger<ReminderRun> logger)
{
    public async Task<ReminderRunResult> RunAsync(Func<Guid, string> studyUrl, CancellationToken cancellationToken)
    {
        var day = ActionMonitor.Today(time);
        var mails = await digest.BuildAsync(studyUrl, cancellationToken);
        int sent = 0, failed = 0, skipped = 0;
        foreach (var mail in mails)
        {
            if (!await log.TryClaimAsync(mail.UserId, day, time.GetUtcNow(), cancellationToken))
            {
                skipped++;
                continue;
            }

            try
            {
                await sender.SendAsync([mail], cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed++;
                // The account id, never the address: logs must not hold personal data.
                logger.LogWarning("Herinnering voor account {UserId} niet verstuurd: {Failure}", mail.UserId, Describe(exception));
                await log.MarkFailedAsync(mail.UserId, day, Describe(exception), cancellationToken);
                continue;
            }

            await log.MarkSentAsync(mail.UserId, day, time.GetUtcNow(), cancellationToken);
            sent++;
        }

        return new ReminderRunResult(sent, failed, skipped);
    }

    /// <summary>The SMTP status, or the kind of error: an exception's message may name the address.</summary>
    internal static string Describe(Exception exception) => exception switch
    {
        SmtpException smtp => $"SMTP {(int)smtp.StatusCode} ({smtp.StatusCode})",
        _ => exception.GetType().Name,
    };
}
