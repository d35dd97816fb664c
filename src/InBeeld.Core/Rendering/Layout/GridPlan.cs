namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Where each step goes before anything is measured: its column (phase, or a last "Zonder fase"
/// column), its lane (client lane 0, then the organisations that occur, in vocabulary order) and
/// its slot (a global x position: columns left to right, steps within a column in route order).
/// </summary>
internal sealed record GridPlan(
    IReadOnlyList<string> ColumnNames,
    bool HasWithoutPhaseColumn,
    IReadOnlyList<int> ColumnFirstSlot,
    IReadOnlyList<int> ColumnSlotCount,
    IReadOnlyList<string> LaneNames,
    IReadOnlyList<int> StepColumn,
    IReadOnlyList<int> StepLane,
    IReadOnlyList<int> StepSlot,
    IReadOnlyList<int?> StepOrganization)
{
    public const string WithoutPhase = "Zonder fase";
    public const string ClientLane = "Cliënt";

    public int SlotCount => ColumnFirstSlot.Count == 0 ? 0 : ColumnFirstSlot[^1] + ColumnSlotCount[^1];

    public static double SlotLeft(int slot) =>
        LayoutMetrics.Margin + LayoutMetrics.LabelColumnWidth + (slot * LayoutMetrics.SlotWidth);

    public static GridPlan Create(JourneyMapModel model)
    {
        var steps = model.Steps;
        var phaseCount = model.Phases.Count;
        int? Valid(int? index, int count) => index is { } i && i >= 0 && i < count ? i : null;

        var stepColumn = steps.Select(s => Valid(s.Phase, phaseCount) ?? phaseCount).ToList();
        var stepOrganization = steps.Select(s => Valid(s.Organization, model.Organizations.Count)).ToList();
        var hasWithoutPhase = stepColumn.Contains(phaseCount);
        var columnNames = model.Phases.Select(p => p).ToList();
        if (hasWithoutPhase)
        {
            columnNames.Add(WithoutPhase);
        }

        var usedOrganizations = stepOrganization.OfType<int>().Distinct().Order().ToList();
        var laneNames = new List<string> { ClientLane };
        laneNames.AddRange(usedOrganizations.Select(o => model.Organizations[o]));
        var stepLane = stepOrganization.Select(o => o is { } i ? usedOrganizations.IndexOf(i) + 1 : 0).ToList();

        var firstSlot = new List<int>(columnNames.Count);
        var slotCount = new List<int>(columnNames.Count);
        var stepSlot = new int[steps.Count];
        var next = 0;
        for (var column = 0; column < columnNames.Count; column++)
        {
            firstSlot.Add(next);
            var inColumn = 0;
            for (var step = 0; step < steps.Count; step++)
            {
                if (stepColumn[step] == column)
                {
                    stepSlot[step] = next + inColumn++;
                }
            }

            // An empty phase keeps one slot so its header stays readable and the gap shows.
            slotCount.Add(Math.Max(1, inColumn));
            next += slotCount[^1];
        }

        return new GridPlan(columnNames, hasWithoutPhase, firstSlot, slotCount, laneNames, stepColumn, stepLane, stepSlot, stepOrganization);
    }
}
