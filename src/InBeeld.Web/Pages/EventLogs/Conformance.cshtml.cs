using InBeeld.Core.Access;
using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// A log against the intended route: the user uploads BPMN 2.0 or PNML (not stored), the page shows
/// fitness by alignments and by token replay, and the deviations per activity ranked by cases
/// affected. Aggregate figures only, so ViewPatterns. Both need only the variants with their counts,
/// so a large log is checked from the variants PostgreSQL counts, without loading it.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
[RequestSizeLimit(ModelLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ModelLimitBytes)]
public sealed class ConformanceModel(InBeeldDbContext db, LogMining mining, IStringLocalizer<EventLogPageText> text) : PageModel
{
    private const long ModelLimitBytes = 8 * 1024 * 1024;

    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid LogId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public StoredEventLog? Stored { get; private set; }

    public string? ModelName { get; private set; }

    public AlignmentResult? Alignments { get; private set; }

    public ReplayResult? Replay { get; private set; }

    public int Cases { get; private set; }

    public IReadOnlyList<string> UnknownActivities { get; private set; } = [];

    public bool InDatabase => _opened?.Path == LogMiningPath.InDatabase;

    private OpenedLog? _opened;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? model, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (model is null || model.Length == 0)
        {
            ModelState.AddModelError("Model", text["ModelRequired"]);
            return Page();
        }

        var variants = await mining.VariantsAsync(_opened!, cancellationToken);
        if (variants is null)
        {
            return NotFound();
        }

        ModelName = Path.GetFileName(model.FileName);
        try
        {
            PetriNet net;
            await using (var stream = model.OpenReadStream())
            {
                net = ProcessModels.Read(stream, ModelName);
            }

            Cases = variants.Variants.Sum(v => v.Count);
            (Alignments, Replay) = await Task.Run(
                () => (Aligner.Align(net, variants.ActivityNames, variants.Variants, cancellationToken: cancellationToken), TokenReplay.Replay(net, variants.ActivityNames, variants.Variants)),
                cancellationToken);
            UnknownActivities = Alignments.UnknownActivities;
        }
        catch (InputRejectedException rejected)
        {
            foreach (var error in rejected.Errors.Take(20))
            {
                ModelState.AddModelError("Model", $"{error.Location}: {error.Message}");
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        _opened = await mining.OpenAsync(StudyId, LogId, cancellationToken);
        Stored = _opened?.Header.Log;
        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken) ?? "";
        return Stored is not null;
    }
}
