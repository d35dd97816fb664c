using InBeeld.Core.Interchange;
using InBeeld.Core.Localization;
using InBeeld.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Imports a study file (or a <see cref="StudyDocument"/>) as a new study, in one transaction:
/// a file that is refused, or an import that fails or is cancelled half-way, changes nothing.
/// </summary>
public sealed class StudyImporter(InBeeldDbContext db, TimeProvider time, StudyImportOptions? options = null)
{
    private readonly StudyImportOptions _options = options ?? new StudyImportOptions();

    /// <returns>The id of the new study.</returns>
    /// <exception cref="InputRejectedException">The file is missing, too large or not a valid study; nothing was written.</exception>
    public async Task<Guid> ImportFileAsync(string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new InputRejectedException(name, CoreText.Get("Import_FileNotFound", path));
        }

        // Checked before reading a single byte, so an oversized file costs nothing.
        RejectIfTooLarge(name, file.Length);
        byte[] bytes;
        try
        {
            progress?.Report(new ImportProgress(ImportStage.Reading, 0, file.Length));
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(name, CoreText.Get("Import_FileUnreadable", path, exception.Message));
        }

        return await ImportAsync(bytes, progress, cancellationToken);
    }

    /// <summary>Imports JSON from a stream (an upload); <paramref name="sourceName"/> names it in messages.</summary>
    public async Task<Guid> ImportAsync(Stream json, string sourceName, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (json.CanSeek)
        {
            RejectIfTooLarge(sourceName, json.Length - json.Position);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await json.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            RejectIfTooLarge(sourceName, buffer.Length);
        }

        return await ImportAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), progress, cancellationToken);
    }

    /// <summary>Imports a document built in code (demo data, generated studies), checked exactly like a file.</summary>
    public async Task<Guid> ImportAsync(StudyDocument document, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress(ImportStage.Validating, 0, document.Interviews.Count));
        var validated = Reader().Validate(document);
        return await WriteAsync(validated, progress, cancellationToken);
    }

    private async Task<Guid> ImportAsync(ReadOnlyMemory<byte> json, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress(ImportStage.Validating, 0, json.Length));
        var document = Reader().Read(json);
        return await WriteAsync(document, progress, cancellationToken);
    }

    private StudyJsonReader Reader() => new(new StudyDocumentValidator(_options.IsKnownMunicipality));

    private async Task<Guid> WriteAsync(StudyDocument document, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var total = document.Interviews.Count;
        progress?.Report(new ImportProgress(ImportStage.Writing, 0, total));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                // Each multi-row INSERT keeps a statement journal so it alone can be undone; on disk that
                // was 1.1 million page writes for a 10,000-interview study. In memory it is nearly free.
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY;", cancellationToken);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var writer = new StudyWriter(db, transaction.GetDbTransaction(), time);
            var studyId = await writer.WriteAsync(document, progress, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(new ImportProgress(ImportStage.Done, total, total));
            return studyId;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Whole megabytes, rounded up, so "101 MB" never reads as within a 100 MB limit.
    private static long Megabytes(long bytes) => (bytes + (1024 * 1024) - 1) / (1024 * 1024);

    private void RejectIfTooLarge(string name, long length)
    {
        if (length > _options.MaxFileBytes)
        {
            throw new InputRejectedException(name, CoreText.Get(
                "Import_FileTooLarge", name, Megabytes(length), Megabytes(_options.MaxFileBytes)));
        }
    }
}
