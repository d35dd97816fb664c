using InBeeld.Core.Plans;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>Model of the shared actions table (list, coordinator view, plan).</summary>
public sealed record ActionTableView(Guid StudyId, string Caption, IReadOnlyList<PlanAction> Actions);
