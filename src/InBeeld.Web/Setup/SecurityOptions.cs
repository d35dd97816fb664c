using Microsoft.AspNetCore.Http;

namespace InBeeld.Web.Setup;

/// <summary>Settings for sign-in and cookies (section "Security").</summary>
public sealed record SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Always (default) sends cookies over HTTPS only; SameAsRequest is for development over plain http.</summary>
    public CookieSecurePolicy CookieSecurePolicy { get; init; } = CookieSecurePolicy.Always;

    /// <summary>Sign-in attempts (POSTs) per minute from one address before requests are refused with 429.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 10;

    /// <summary>Where the data-protection keys (cookies, pseudonym key store) are kept; default data/keys.</summary>
    public string? KeyDirectory { get; init; }

    /// <summary>How long audit entries are kept before the daily retention job removes them.</summary>
    public int AuditRetentionDays { get; init; } = 730;

    /// <summary>Runs the retention job daily (on by default; the CLI command does the same on demand).</summary>
    public bool RetentionJobEnabled { get; init; } = true;

    public bool IsValid() => LoginAttemptsPerMinute > 0 && AuditRetentionDays > 0;
}
