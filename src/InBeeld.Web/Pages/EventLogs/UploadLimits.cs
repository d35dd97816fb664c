namespace InBeeld.Web.Pages.EventLogs;

/// <summary>The largest log file the upload page accepts (the app's other forms stay at their own, much lower limit).</summary>
public static class UploadLimits
{
    public const long MaxBytes = 2L * 1024 * 1024 * 1024;
}
