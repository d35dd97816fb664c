using InBeeld.Core.Actions;
using InBeeld.Core.Localization;

namespace InBeeld.Core.Plans;

/// <summary>
/// The integrated plan (integraal plan) of a study: every action once by owner organisation, and
/// again along the journey by the step or handover that motivated it. Within a group: open actions
/// first, then by due date (none last), then title — the order a work group goes through them.
/// </summary>
public sealed record IntegratedPlan(string StudyTitle, DateOnly Date, IReadOnlyList<PlanGroup> ByOrganization, IReadOnlyList<PlanGroup> ByStep, int ActionCount)
{
    /// <param name="organizations">The study's organisations in their order: (id, name).</param>
    /// <param name="anchors">For an action, where its motivations lie in the journey; none puts it under "not tied to a step".</param>
    public static IntegratedPlan Build(
        string studyTitle,
        DateOnly today,
        int? cadenceDays,
        IReadOnlyList<ImprovementAction> actions,
        IReadOnlyList<(Guid Id, string Name)> organizations,
        Func<ImprovementAction, IReadOnlyList<PlanAnchor>> anchors,
        Func<ImprovementAction, IReadOnlyList<string>> motivations)
    {
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var rows = actions.ToDictionary(a => a.Id, a => new PlanAction(
            a.Id,
            a.Title,
            a.Description,
            a.OwnerOrganizationId is { } o && names.TryGetValue(o, out var n) ? n : null,
            a.OwnerPerson,
            a.Horizon,
            a.Status,
            a.DueDate,
            a.NextReviewDate,
            ActionMonitor.Assess(a, today, cadenceDays),
            motivations(a)));

        var byOrganization = new List<PlanGroup>();
        foreach (var (id, name) in organizations)
        {
            var own = actions.Where(a => a.OwnerOrganizationId == id).ToList();
            if (own.Count > 0)
            {
                byOrganization.Add(new PlanGroup(name, Sorted(own, rows)));
            }
        }

        var ownerless = actions.Where(a => a.OwnerOrganizationId is not { } o || !names.ContainsKey(o)).ToList();
        if (ownerless.Count > 0)
        {
            byOrganization.Add(new PlanGroup(ImprovementText.Get("Plan_NoOwner"), Sorted(ownerless, rows)));
        }

        var anchored = new Dictionary<string, (PlanAnchor Anchor, List<ImprovementAction> Actions)>();
        var loose = new List<ImprovementAction>();
        foreach (var action in actions)
        {
            var list = anchors(action);
            if (list.Count == 0)
            {
                loose.Add(action);
            }

            foreach (var anchor in list.DistinctBy(a => a.Heading))
            {
                if (!anchored.TryGetValue(anchor.Heading, out var entry))
                {
                    entry = (anchor, []);
                    anchored[anchor.Heading] = entry;
                }

                entry.Actions.Add(action);
            }
        }

        var byStep = anchored.Values
            .OrderBy(e => e.Anchor.PhaseOrder).ThenBy(e => e.Anchor.StepOrder).ThenBy(e => e.Anchor.Heading, StringComparer.Ordinal)
            .Select(e => new PlanGroup(e.Anchor.Heading, Sorted(e.Actions, rows)))
            .ToList();
        if (loose.Count > 0)
        {
            byStep.Add(new PlanGroup(ImprovementText.Get("Plan_NotTiedToStep"), Sorted(loose, rows)));
        }

        return new IntegratedPlan(studyTitle, today, byOrganization, byStep, actions.Count);
    }

    private static List<PlanAction> Sorted(IEnumerable<ImprovementAction> actions, Dictionary<Guid, PlanAction> rows) =>
        actions
            .OrderBy(a => ActionMonitor.IsOpen(a.Status) ? 0 : 1)
            .ThenBy(a => a.DueDate ?? DateOnly.MaxValue)
            .ThenBy(a => a.Title, StringComparer.CurrentCulture)
            .ThenBy(a => a.Id)
            .Select(a => rows[a.Id])
            .ToList();
}
