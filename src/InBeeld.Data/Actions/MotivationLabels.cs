using InBeeld.Core.Actions;
using InBeeld.Core.Localization;
using InBeeld.Core.Plans;
using InBeeld.Data.Analysis;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Actions;

/// <summary>
/// Words for what motivated an action, and where it lies along the journey. They name the place
/// (phase, organisation, handover), never an interview's own text, so a plan can go to the whole
/// work group — chain partners included — without carrying raw interview data.
/// </summary>
public sealed class MotivationLabels
{
    private readonly Dictionary<Guid, (Guid? Phase, Guid? Organization)> _steps;
    private readonly Dictionary<Guid, (Guid? Phase, Guid? Organization, string Journey, int Order)> _desiredSteps;
    private readonly Dictionary<Guid, VocabularyName> _phases;
    private readonly Dictionary<Guid, VocabularyName> _organizations;

    private MotivationLabels(
        Dictionary<Guid, (Guid?, Guid?)> steps,
        Dictionary<Guid, (Guid?, Guid?, string, int)> desiredSteps,
        StudyVocabularyNames vocabulary)
    {
        _steps = steps;
        _desiredSteps = desiredSteps;
        _phases = vocabulary.Phases.ToDictionary(p => p.Id);
        _organizations = vocabulary.Organizations.ToDictionary(o => o.Id);
    }

    public static async Task<MotivationLabels> LoadAsync(InBeeldDbContext db, Guid studyId, IEnumerable<ImprovementAction> actions, CancellationToken cancellationToken)
    {
        var motivations = actions.SelectMany(a => a.Motivations).ToList();
        var stepIds = motivations.Where(m => m.StepId is not null).Select(m => m.StepId!.Value).ToList();
        var quoteIds = motivations.Where(m => m.QuoteId is not null).Select(m => m.QuoteId!.Value).ToList();
        var steps = await db.Steps.AsNoTracking()
            .Where(s => stepIds.Contains(s.Id) || db.Quotes.Any(q => quoteIds.Contains(q.Id) && q.StepId == s.Id))
            .Select(s => new { s.Id, s.PhaseId, s.OrganizationId })
            .ToListAsync(cancellationToken);
        var quoteSteps = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id)).Select(q => new { q.Id, q.StepId }).ToListAsync(cancellationToken);
        var byStep = steps.ToDictionary(s => s.Id, s => (s.PhaseId, s.OrganizationId));
        foreach (var q in quoteSteps)
        {
            if (byStep.TryGetValue(q.StepId, out var place))
            {
                byStep[q.Id] = place;
            }
        }

        var desiredIds = motivations.Where(m => m.DesiredStepId is not null).Select(m => m.DesiredStepId!.Value).ToList();
        var desired = await db.DesiredSteps.AsNoTracking()
            .Where(s => desiredIds.Contains(s.Id))
            .Join(db.DesiredJourneys, s => s.DesiredJourneyId, j => j.Id, (s, j) => new { s.Id, s.PhaseId, s.OrganizationId, j.Title, s.Order })
            .ToListAsync(cancellationToken);
        return new MotivationLabels(
            byStep,
            desired.ToDictionary(d => d.Id, d => (d.PhaseId, d.OrganizationId, d.Title, d.Order)),
            await StudyVocabularyNames.LoadAsync(db, studyId, cancellationToken));
    }

    public string Describe(ActionMotivation m) => m.Kind switch
    {
        MotivationKind.Step when m.StepId is { } id && _steps.TryGetValue(id, out var p) => ImprovementText.Get("Motivation_Step", Place(p.Phase, p.Organization)),
        MotivationKind.Quote when m.QuoteId is { } id && _steps.TryGetValue(id, out var p) => ImprovementText.Get("Motivation_Quote", Place(p.Phase, p.Organization)),
        MotivationKind.DesiredStep when m.DesiredStepId is { } id && _desiredSteps.TryGetValue(id, out var d) =>
            ImprovementText.Get("Motivation_DesiredStep", d.Journey, d.Order + 1, Place(d.Phase, d.Organization)),
        MotivationKind.Gap => ImprovementText.Get("Motivation_Gap", Organization(m.FromOrganizationId), Organization(m.ToOrganizationId)),
        MotivationKind.Pattern => ImprovementText.Get("Motivation_Pattern", m.Pattern),
        _ => ImprovementText.Get("Motivation_Gone"),
    };

    public IReadOnlyList<string> Describe(ImprovementAction action) => action.Motivations.Select(Describe).ToList();

    /// <summary>Where the action lies along the journey: phase and organisation of steps, or the handover.</summary>
    public IReadOnlyList<PlanAnchor> Anchors(ImprovementAction action)
    {
        var anchors = new List<PlanAnchor>();
        foreach (var m in action.Motivations)
        {
            (Guid? Phase, Guid? Organization)? place = m.Kind switch
            {
                MotivationKind.Step or MotivationKind.Quote when (m.StepId ?? m.QuoteId) is { } id && _steps.TryGetValue(id, out var p) => p,
                MotivationKind.DesiredStep when m.DesiredStepId is { } id && _desiredSteps.TryGetValue(id, out var d) => (d.Phase, d.Organization),
                _ => null,
            };
            if (place is { } at)
            {
                anchors.Add(new PlanAnchor(Place(at.Phase, at.Organization), PhaseOrder(at.Phase), OrganizationOrder(at.Organization)));
            }
            else if (m.Kind == MotivationKind.Gap)
            {
                // Handovers after the phases, in the order of the organisations handing over.
                anchors.Add(new PlanAnchor(
                    ImprovementText.Get("Motivation_Gap", Organization(m.FromOrganizationId), Organization(m.ToOrganizationId)),
                    int.MaxValue - 1,
                    (OrganizationOrder(m.FromOrganizationId) * 1_000) + OrganizationOrder(m.ToOrganizationId)));
            }
        }

        return anchors;
    }

    private string Place(Guid? phase, Guid? organization) =>
        ImprovementText.Get("Motivation_Place", phase is { } p && _phases.TryGetValue(p, out var pn) ? pn.Name : ImprovementText.Get("Motivation_NoPhase"), Organization(organization));

    private string Organization(Guid? id) => id is { } o && _organizations.TryGetValue(o, out var n) ? n.Name : ImprovementText.Get("Motivation_NoOrganization");

    private int PhaseOrder(Guid? phase) => phase is { } p && _phases.TryGetValue(p, out var n) ? n.Order : int.MaxValue - 2;

    private int OrganizationOrder(Guid? organization) => organization is { } o && _organizations.TryGetValue(o, out var n) ? n.Order : 999;
}
