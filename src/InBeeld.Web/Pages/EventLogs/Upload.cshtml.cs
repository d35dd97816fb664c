using InBeeld.Core.Access;
using InBeeld.Core.EventLogs.Csv;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Upload of an event log. The file is streamed to a temporary file (ASP.NET buffers multipart
/// bodies above 64 KB on disk, and the copy goes file to file), read with the study's secret and
/// stored in one transaction. A CSV file first shows its columns and first rows so the user can
/// check the column mapping; XES and OCEL are read at once. Works without JavaScript; with it, a
/// progress bar follows the upload (wwwroot/js/log-upload.js).
/// </summary>
[StudyAccess(StudyPermission.ManageStudy)]
[UploadSizeLimit]
public sealed class UploadModel(
    InBeeldDbContext db, LogImporter importer, TimeProvider time, IOptions<LogUploadOptions> limits, IStringLocalizer<EventLogPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    [BindProperty]
    public CsvColumnsInput Columns { get; set; } = new();

    /// <summary>The upload kept for the import step (CSV).</summary>
    [BindProperty]
    public Guid? Token { get; set; }

    [BindProperty]
    public string? SourceName { get; set; }

    /// <summary>Set on the CSV step: what the file looks like.</summary>
    public CsvPreview? Preview { get; private set; }

    /// <summary>The largest file the page takes, as people read it ("2 GB").</summary>
    public string MaxSize => LogFormat.Bytes(limits.Value.MaxUploadBytes);

    public long MaxBytes => limits.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = UploadSizeLimitAttribute.TooLargeQuery)] bool tooLarge, CancellationToken cancellationToken)
    {
        if (!await LoadTitleAsync(cancellationToken))
        {
            return NotFound();
        }

        if (tooLarge)
        {
            // Sent here by UploadSizeLimitAttribute before the file was read; nothing was stored.
            ModelState.AddModelError("File", text["FileTooLarge", MaxSize]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadTitleAsync(cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", text["FileRequired"]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        SourceName = System.IO.Path.GetFileName(file.FileName);
        await using (var content = file.OpenReadStream())
        {
            Token = await UploadFiles.SaveAsync(StudyId, content, time.GetUtcNow(), cancellationToken);
        }

        var path = UploadFiles.Find(StudyId, Token.Value)!;
        try
        {
            Preview = LogImporter.Preview(path, SourceName);
        }
        catch (InputRejectedException rejected)
        {
            UploadFiles.Delete(StudyId, Token.Value);
            return Rejected(rejected);
        }

        if (Preview is not null)
        {
            Columns = CsvColumnsInput.From(Preview.Suggestion);
            ModelState.Clear();
            return Page();
        }

        return await ImportAsync(path, null, cancellationToken);
    }

    /// <summary>The CSV step: the columns as the user mapped them.</summary>
    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (!await LoadTitleAsync(cancellationToken))
        {
            return NotFound();
        }

        var path = Token is { } token ? UploadFiles.Find(StudyId, token) : null;
        SourceName = System.IO.Path.GetFileName(SourceName ?? "");
        if (path is null || SourceName.Length == 0)
        {
            ModelState.AddModelError("File", text["UploadExpired"]);
            return Page();
        }

        var mapping = Columns.ToMapping();
        if (mapping is null)
        {
            Preview = LogImporter.Preview(path, SourceName);
            ModelState.AddModelError("Columns", Core.EventLogs.EventLogText.Get("Csv_MappingIncomplete",
                Core.EventLogs.EventLogText.Get(Columns.Case is null ? "Csv_Role_Case" : Columns.Activity is null ? "Csv_Role_Activity" : "Csv_Role_Timestamp"),
                string.Join(", ", Preview?.Columns.Select(c => $"'{c}'") ?? [])));
            return Page();
        }

        return await ImportAsync(path, mapping, cancellationToken);
    }

    private async Task<IActionResult> ImportAsync(string path, CsvMapping? mapping, CancellationToken cancellationToken)
    {
        try
        {
            var imported = await importer.ImportAsync(
                new LogImporter.Request(StudyId, path, SourceName!, Input, mapping, User.ActorName()), cancellationToken);
            RequestAudit.NameObject(HttpContext, "EventLog", imported.LogId);
            TempData["Status"] = text["Imported", imported.Name, LogFormat.Number(imported.Cases), LogFormat.Number(imported.Events)].Value;
            return RedirectToPage("/EventLogs/Log", new { studyId = StudyId, logId = imported.LogId });
        }
        catch (InputRejectedException rejected)
        {
            if (mapping is not null)
            {
                // Keep the CSV step open, so a wrong mapping can be corrected without uploading again.
                Preview = LogImporter.Preview(path, SourceName!);
                return Rejected(rejected, keepFile: true);
            }

            return Rejected(rejected);
        }
        finally
        {
            if (Preview is null && Token is { } token)
            {
                UploadFiles.Delete(StudyId, token);
            }
        }
    }

    private PageResult Rejected(InputRejectedException rejected, bool keepFile = false)
    {
        if (!keepFile)
        {
            Token = null;
            Preview = null;
        }

        ModelState.AddModelError("", text["Rejected"]);
        foreach (var error in rejected.Errors.Take(20))
        {
            ModelState.AddModelError("", $"{error.Location}: {error.Message}");
        }

        return Page();
    }

    private async Task<bool> LoadTitleAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        StudyTitle = title ?? "";
        return title is not null;
    }
}
