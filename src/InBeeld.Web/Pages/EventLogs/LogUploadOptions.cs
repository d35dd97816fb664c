namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// The largest log file the upload page accepts (setting <c>EventLogs:MaxUploadBytes</c>, 2 GiB by
/// default); the app's other forms stay at their own, much lower limit (<c>RequestLimits</c>).
/// </summary>
public sealed record LogUploadOptions
{
    public const string SectionName = "EventLogs";

    public long MaxUploadBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Room for the form's other fields and the multipart headers around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    internal bool IsValid() => MaxUploadBytes > 0;
}
