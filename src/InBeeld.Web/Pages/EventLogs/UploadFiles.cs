namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Uploaded log files kept between the upload and the import step (the CSV preview): streamed to a
/// temporary file, never held in memory, named by the study and a random token so one study's
/// upload cannot be picked up from another. Files older than a day are removed on the next upload.
/// </summary>
public static class UploadFiles
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "inbeeld-log-uploads");

    public static async Task<Guid> SaveAsync(Guid studyId, Stream content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        RemoveStale(now);
        var token = Guid.NewGuid();
        await using var file = new FileStream(PathOf(studyId, token), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await content.CopyToAsync(file, 1 << 16, cancellationToken);
        return token;
    }

    /// <summary>The path of an earlier upload of this study, or null when it is gone.</summary>
    public static string? Find(Guid studyId, Guid token)
    {
        var path = PathOf(studyId, token);
        return File.Exists(path) ? path : null;
    }

    public static void Delete(Guid studyId, Guid token) => File.Delete(PathOf(studyId, token));

    private static string PathOf(Guid studyId, Guid token) => Path.Combine(Folder, $"{studyId:N}-{token:N}.upload");

    private static void RemoveStale(DateTimeOffset now)
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.upload"))
        {
            if (file.LastWriteTimeUtc < now.UtcDateTime.AddDays(-1))
            {
                try
                {
                    file.Delete();
                }
                catch (IOException)
                {
                    // In use by another request's import; the next upload tries again.
                }
            }
        }
    }
}
