using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Studies;

/// <summary>
/// The study's vocabulary: chain partners, phases, turning points, channels and participant
/// attributes. Each list has its own add form; items can be moved and deleted, unless in use.
/// </summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class VocabularyModel(InBeeldDbContext db, IStringLocalizer<StudyText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    public sealed record Item(Guid Id, string Name, string? Detail);

    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyDictionary<VocabularyKind, IReadOnlyList<Item>> Lists { get; private set; } =
        new Dictionary<VocabularyKind, IReadOnlyList<Item>>();

    public OrganizationInput NewOrganization { get; private set; } = new();
    public NamedItemInput NewPhase { get; private set; } = new();
    public NamedItemInput NewTurningPoint { get; private set; } = new();
    public NamedItemInput NewChannel { get; private set; } = new();
    public AttributeInput NewAttribute { get; private set; } = new();

    public static string SectionId(VocabularyKind kind) => $"Vocabulary_{kind}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddOrganizationAsync([Bind(Prefix = nameof(NewOrganization))] OrganizationInput input, CancellationToken cancellationToken)
    {
        NewOrganization = input;
        if (ModelState.IsValid && await db.Organizations.AnyAsync(o => o.StudyId == StudyId && o.Name == input.Name!.Trim(), cancellationToken))
        {
            ModelState.AddModelError($"{nameof(NewOrganization)}.{nameof(input.Name)}", text["DuplicateName", input.Name!.Trim()]);
        }

        return await AddAsync(VocabularyKind.Organization, order => db.Organizations.Add(new Organization
        {
            StudyId = StudyId, Name = input.Name!.Trim(), Type = input.Type, Order = order,
        }), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddPhaseAsync([Bind(Prefix = nameof(NewPhase))] NamedItemInput input, CancellationToken cancellationToken)
    {
        NewPhase = input;
        await CheckUniqueAsync(db.Phases.Where(p => p.StudyId == StudyId).Select(p => p.Name), nameof(NewPhase), input, cancellationToken);
        return await AddAsync(VocabularyKind.Phase, order => db.Phases.Add(new Phase
        {
            StudyId = StudyId, Name = input.Name!.Trim(), Description = StudyValidation.Clean(input.Description), Order = order,
        }), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddTurningPointAsync([Bind(Prefix = nameof(NewTurningPoint))] NamedItemInput input, CancellationToken cancellationToken)
    {
        NewTurningPoint = input;
        await CheckUniqueAsync(db.TurningPoints.Where(t => t.StudyId == StudyId).Select(t => t.Name), nameof(NewTurningPoint), input, cancellationToken);
        return await AddAsync(VocabularyKind.TurningPoint, order => db.TurningPoints.Add(new TurningPoint
        {
            StudyId = StudyId, Name = input.Name!.Trim(), Description = StudyValidation.Clean(input.Description), Order = order,
        }), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddChannelAsync([Bind(Prefix = nameof(NewChannel))] NamedItemInput input, CancellationToken cancellationToken)
    {
        NewChannel = input;
        await CheckUniqueAsync(db.Channels.Where(c => c.StudyId == StudyId).Select(c => c.Name), nameof(NewChannel), input, cancellationToken);
        return await AddAsync(VocabularyKind.Channel, order => db.Channels.Add(new Channel
        {
            StudyId = StudyId, Name = input.Name!.Trim(), Order = order,
        }), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAttributeAsync([Bind(Prefix = nameof(NewAttribute))] AttributeInput input, CancellationToken cancellationToken)
    {
        NewAttribute = input;
        var choices = input.ChoiceList();
        var prefix = nameof(NewAttribute);
        if (input.Type == AttributeType.Choice && choices.Count == 0)
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Choices)}", text["ChoicesRequired"]);
        }

        if (choices.Any(c => c.Length > Core.Interviews.InterviewRules.MaxNameLength))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Choices)}", text["ChoiceTooLong", Core.Interviews.InterviewRules.MaxNameLength]);
        }

        if (ModelState.IsValid && await db.AttributeDefinitions.AnyAsync(a => a.StudyId == StudyId && a.Key == input.Key, cancellationToken))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Key)}", text["DuplicateKey", input.Key!]);
        }

        return await AddAsync(VocabularyKind.Attribute, order => db.AttributeDefinitions.Add(new AttributeDefinition
        {
            StudyId = StudyId, Key = input.Key!, Label = input.Label!.Trim(), Type = input.Type,
            Choices = input.Type == AttributeType.Choice ? choices : [], Order = order,
        }), cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(VocabularyKind kind, Guid itemId, CancellationToken cancellationToken)
    {
        var store = new VocabularyStore(db);
        var usage = await store.UsageAsync(kind, itemId, cancellationToken);
        if (usage > 0)
        {
            ModelState.AddModelError(SectionId(kind), text[kind == VocabularyKind.Attribute ? "InUseByParticipants" : "InUseBySteps", usage]);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        if (!await store.DeleteAsync(kind, StudyId, itemId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = text["ItemDeleted"].Value;
        return RedirectToPage(null, null, new { studyId = StudyId }, SectionId(kind));
    }

    public async Task<IActionResult> OnPostMoveAsync(VocabularyKind kind, Guid itemId, int delta, CancellationToken cancellationToken)
    {
        await new VocabularyStore(db).MoveAsync(kind, StudyId, itemId, delta, cancellationToken);
        return RedirectToPage(null, null, new { studyId = StudyId }, SectionId(kind));
    }

    private async Task CheckUniqueAsync(IQueryable<string> names, string prefix, NamedItemInput input, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim();
        if (name is { Length: > 0 } && await names.AnyAsync(n => n == name, cancellationToken))
        {
            ModelState.AddModelError($"{prefix}.{nameof(input.Name)}", text["DuplicateName", name]);
        }
    }

    private async Task<IActionResult> AddAsync(VocabularyKind kind, Action<int> add, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        if (!await db.Studies.AnyAsync(s => s.Id == StudyId, cancellationToken))
        {
            return NotFound();
        }

        var count = (await VocabularyLists.LoadAsync(db, StudyId, shared, cancellationToken))[kind].Count;
        add(count);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["ItemAdded"].Value;
        return RedirectToPage(null, null, new { studyId = StudyId }, SectionId(kind));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        StudyTitle = title;
        Lists = await VocabularyLists.LoadAsync(db, StudyId, shared, cancellationToken);
        return true;
    }
}
