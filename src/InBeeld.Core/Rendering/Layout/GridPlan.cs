namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Where each step goes before anything is measured: its column, its lane (client lane 0, then
/// the organisations that occur, in vocabulary order) and its slot (a global x position, one per
/// step, left to right in time).
/// <para>
/// Columns are the study's phases in vocabulary order, with a last "Zonder fase" column, as long
/// as the route moves through them in that order: every map of a study then has the same
/// columns, and a phase without steps keeps one empty slot so the gap shows. A route that goes
/// back to an earlier phase (school, work, school again) would make that layout run backwards in
/// time, with the hartslag zigzagging and handovers pointing left; such a route gets a column per
/// stretch of consecutive steps in one phase instead, in route order, so a phase it returns to
/// appears again. Either way slot order is route order.
/// </para>
/// </summary>
internal sealed record GridPlan(
    IReadOnlyList<string> ColumnNames,
    IReadOnlyList<bool> ColumnIsWithoutPhase,
    IReadOnlyList<int> ColumnFirstSlot,
    IReadOnlyList<int> ColumnSlotCount,
    IReadOnlyList<string> LaneNames,
    IReadOnlyList<int?> StepPhase,
    IReadOnlyList<int> StepColumn,
    IReadOnlyList<int> StepLane,
    IReadOnlyList<int> StepSlot,
    IReadOnlyList<int?> StepOrganization)
{
    public static string WithoutPhase => MapText.Get("Map_WithoutPhase");
    public static string ClientLane => MapText.Get("Map_ClientLane");

    public int SlotCount => ColumnFirstSlot.Count == 0 ? 0 : ColumnFirstSlot[^1] + ColumnSlotCount[^1];

    /// <summary>How many different phases the steps are in ("Zonder fase" counts as one).</summary>
    public int PhasesVisited => StepPhase.Distinct().Count();

    public static double SlotLeft(int slot) =>
        LayoutMetrics.Margin + LayoutMetrics.LabelColumnWidth + (slot * LayoutMetrics.SlotWidth);

    public static GridPlan Create(JourneyMapModel model)
    {
        var steps = model.Steps;
        var phaseCount = model.Phases.Count;
        int? Valid(int? index, int count) => index is { } i && i >= 0 && i < count ? i : null;

        var stepPhase = steps.Select(s => Valid(s.Phase, phaseCount)).ToList();
        var stepOrganization = steps.Select(s => Valid(s.Organization, model.Organizations.Count)).ToList();
        var usedOrganizations = stepOrganization.OfType<int>().Distinct().Order().ToList();
        var laneNames = new List<string> { ClientLane };
        laneNames.AddRange(usedOrganizations.Select(o => model.Organizations[o]));
        var stepLane = stepOrganization.Select(o => o is { } i ? usedOrganizations.IndexOf(i) + 1 : 0).ToList();

        // "Zonder fase" sorts after every phase.
        var inOrder = stepPhase.Zip(stepPhase.Skip(1)).All(p => (p.First ?? phaseCount) <= (p.Second ?? phaseCount));
        var columns = inOrder ? VocabularyColumns(model, stepPhase) : RouteColumns(model, stepPhase);

        var firstSlot = new List<int>(columns.Count);
        var slotCount = new List<int>(columns.Count);
        var stepSlot = new int[steps.Count];
        var stepColumn = new int[steps.Count];
        var next = 0;
        for (var column = 0; column < columns.Count; column++)
        {
            firstSlot.Add(next);
            foreach (var step in columns[column].Steps)
            {
                stepSlot[step] = next++;
                stepColumn[step] = column;
            }

            // An empty phase keeps one slot so its header stays readable and the gap shows.
            if (columns[column].Steps.Count == 0)
            {
                next++;
            }

            slotCount.Add(next - firstSlot[^1]);
        }

        return new GridPlan(
            columns.Select(c => c.Name).ToList(), columns.Select(c => c.WithoutPhase).ToList(), firstSlot, slotCount,
            laneNames, stepPhase, stepColumn, stepLane, stepSlot, stepOrganization);
    }

    /// <summary>Every phase of the study in order, then "Zonder fase" if a step has none.</summary>
    private static List<(string Name, bool WithoutPhase, List<int> Steps)> VocabularyColumns(JourneyMapModel model, List<int?> stepPhase)
    {
        var columns = model.Phases.Select(p => (p, false, new List<int>())).ToList();
        if (stepPhase.Contains(null))
        {
            columns.Add((WithoutPhase, true, []));
        }

        for (var step = 0; step < stepPhase.Count; step++)
        {
            columns[stepPhase[step] ?? model.Phases.Count].Item3.Add(step);
        }

        return columns;
    }

    /// <summary>A column per run of consecutive steps in the same phase, in route order.</summary>
    private static List<(string Name, bool WithoutPhase, List<int> Steps)> RouteColumns(JourneyMapModel model, List<int?> stepPhase)
    {
        var columns = new List<(string, bool, List<int>)>();
        for (var step = 0; step < stepPhase.Count; step++)
        {
            if (step == 0 || stepPhase[step] != stepPhase[step - 1])
            {
                var phase = stepPhase[step];
                columns.Add((phase is { } p ? model.Phases[p] : WithoutPhase, phase is null, []));
            }

            columns[^1].Item3.Add(step);
        }

        return columns;
    }
}
