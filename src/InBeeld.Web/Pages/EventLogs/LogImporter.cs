using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.EventLogs.Ocel;
using InBeeld.Core.EventLogs.Reading;
using InBeeld.Data.EventLogs;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Reads an uploaded file with the study's pseudonymisation secret and stores it. The reader refuses
/// bad input as a whole (<see cref="Core.Validation.InputRejectedException"/>) before anything is
/// written, and the store writes in one transaction, so a failed import leaves nothing behind.
/// </summary>
public sealed class LogImporter(EventLogSecrets secrets, EventLogStore store)
{
    public sealed record Request(Guid StudyId, string Path, string SourceName, UploadInput Input, CsvMapping? CsvMapping, string ImportedBy);

    public sealed record Imported(Guid LogId, string Name, int Cases, int Events);

    public async Task<Imported> ImportAsync(Request request, CancellationToken cancellationToken)
    {
        using var pseudonymizer = await secrets.PseudonymizerAsync(request.StudyId, cancellationToken);
        var identifying = request.Input.IdentifyingList();
        var keep = request.Input.KeepAttributesList();
        var options = new EventLogFileOptions
        {
            Read = new EventLogReadOptions
            {
                Pseudonymizer = pseudonymizer, IdentifyingAttributes = identifying.ToHashSet(StringComparer.Ordinal), KeepEventAttributes = keep.ToHashSet(StringComparer.Ordinal),
            },
            CsvMapping = request.CsvMapping is { } mapping && keep.Count > 0 ? mapping with { Attributes = keep } : request.CsvMapping,
            Ocel = new OcelOptions { ObjectType = string.IsNullOrWhiteSpace(request.Input.ObjectType) ? null : request.Input.ObjectType.Trim() },
        };
        await using var file = File.OpenRead(request.Path);
        using var source = EventLogSource.FromStream(file, request.SourceName);
        var format = EventLogFiles.Detect(source);

        // The readers are synchronous and CPU-bound (parallel inside for large files).
        var log = await Task.Run(() => EventLogFiles.Read(source, options with { Format = format }, cancellationToken), cancellationToken);
        var name = string.IsNullOrWhiteSpace(request.Input.Name) ? request.SourceName : request.Input.Name.Trim();
        var id = await store.SaveAsync(
            new EventLogImport
            {
                StudyId = request.StudyId, Name = name.Length > 200 ? name[..200] : name, Format = format, SourceName = request.SourceName,
                ImportedBy = request.ImportedBy, DroppedAttributes = identifying,
            },
            log,
            null,
            cancellationToken);
        return new Imported(id, name, log.CaseCount, log.EventCount);
    }

    /// <summary>The CSV preview of an uploaded file, or null when the file is not CSV.</summary>
    public static CsvPreview? Preview(string path, string sourceName)
    {
        using var file = File.OpenRead(path);
        using var source = EventLogSource.FromStream(file, sourceName);
        return EventLogFiles.Detect(source) == EventLogFormat.Csv ? CsvInspector.Preview(source, 5) : null;
    }
}
