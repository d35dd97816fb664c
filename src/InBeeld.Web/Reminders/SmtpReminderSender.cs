using System.Net;
using System.Net.Mail;
using InBeeld.Data.Reminders;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Reminders;

/// <summary>Sends reminder mails over SMTP with the framework's client (MailKit is not available here).</summary>
public sealed class SmtpReminderSender(IOptions<ReminderOptions> options)
{
    public async Task SendAsync(IEnumerable<ReminderMail> mails, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var client = new SmtpClient(o.SmtpHost, o.SmtpPort) { EnableSsl = o.UseTls, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(o.UserName))
        {
            client.Credentials = new NetworkCredential(o.UserName, o.Password);
        }

        foreach (var mail in mails)
        {
            using var message = new MailMessage(o.From, mail.To, mail.Subject, mail.Body)
            {
                BodyEncoding = System.Text.Encoding.UTF8,
                SubjectEncoding = System.Text.Encoding.UTF8,
                // Base64 survives every relay, whatever it does with 8-bit text.
                BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
            };
            await client.SendMailAsync(message, cancellationToken);
        }
    }
}
