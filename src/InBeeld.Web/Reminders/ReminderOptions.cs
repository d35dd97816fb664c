namespace InBeeld.Web.Reminders;

/// <summary>
/// E-mail reminders (section "Reminders", e.g. INBEELD_Reminders__SmtpHost). Off unless an SMTP
/// server is named: InBeeld never sends mail by surprise.
/// </summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 587;

    /// <summary>STARTTLS on the connection; only turn off for a mail relay on the same machine.</summary>
    public bool UseTls { get; init; } = true;

    public string? UserName { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "inbeeld@localhost";

    /// <summary>The public address of InBeeld, for links in the mail (e.g. https://inbeeld.gemeente.nl).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Hour of the day (UTC) the daily reminders go out.</summary>
    public int HourUtc { get; init; } = 6;

    /// <summary>Minutes before a run tries again the digests that failed (the same day's mails only).</summary>
    public int RetryMinutes { get; init; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);
}
