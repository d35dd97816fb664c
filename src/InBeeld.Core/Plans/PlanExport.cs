using InBeeld.Core.Actions;
using InBeeld.Core.Localization;
using InBeeld.Core.Rendering.Pdf.Documents;
using InBeeld.Core.Spreadsheets;

namespace InBeeld.Core.Plans;

/// <summary>
/// The integrated plan as files for the work group: a printable report (by organisation, then along
/// the journey) and a workbook with one row per action, and the same split into sheets. Both are
/// built from the same <see cref="IntegratedPlan"/> the web page shows, so they cannot disagree.
/// </summary>
public static class PlanExport
{
    public static IReadOnlyList<ReportBlock> Report(IntegratedPlan plan)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(ImprovementText.Get("Plan_Title", plan.StudyTitle), 1),
            new ReportParagraph(ImprovementText.Get("Plan_Summary", plan.ActionCount, ActionRules.Format(plan.Date)), Muted: true),
            new ReportHeading(ImprovementText.Get("Plan_ByOrganization"), 2),
        };
        foreach (var group in plan.ByOrganization)
        {
            blocks.Add(new ReportHeading(group.Heading, 3));
            blocks.Add(Table(group.Actions));
        }

        blocks.Add(new ReportHeading(ImprovementText.Get("Plan_ByStep"), 2));
        foreach (var group in plan.ByStep)
        {
            blocks.Add(new ReportHeading(group.Heading, 3));
            blocks.Add(Table(group.Actions));
        }

        return blocks;
    }

    public static IReadOnlyList<SheetData> Sheets(IntegratedPlan plan)
    {
        string[] header =
        [
            ImprovementText.Get("Column_Group"), ImprovementText.Get("Column_Action"), ImprovementText.Get("Column_Description"),
            ImprovementText.Get("Column_Owner"), ImprovementText.Get("Column_OwnerPerson"), ImprovementText.Get("Column_Horizon"),
            ImprovementText.Get("Column_Status"), ImprovementText.Get("Column_Due"), ImprovementText.Get("Column_NextReview"),
            ImprovementText.Get("Column_DaysOverdue"), ImprovementText.Get("Column_Signals"), ImprovementText.Get("Column_Motivation"),
        ];
        IReadOnlyList<object?> Row(string group, PlanAction a) =>
        [
            group, a.Title, a.Description, a.OwnerOrganization, a.OwnerPerson, ImprovementText.Horizon(a.Horizon), ImprovementText.Status(a.Status),
            a.DueDate, a.NextReviewDate, a.Signals.DaysOverdue, Signals(a), string.Join("; ", a.Motivations),
        ];
        return
        [
            new SheetData(ImprovementText.Get("Plan_ByOrganization"), header, plan.ByOrganization.SelectMany(g => g.Actions.Select(a => Row(g.Heading, a))).ToList()),
            new SheetData(ImprovementText.Get("Plan_ByStep"), header, plan.ByStep.SelectMany(g => g.Actions.Select(a => Row(g.Heading, a))).ToList()),
        ];
    }

    /// <summary>What needs attention, in words: "te laat (5 dagen); niet besproken".</summary>
    public static string Signals(PlanAction action)
    {
        var parts = new List<string>();
        if (action.Signals.WithoutOwner)
        {
            parts.Add(ImprovementText.Get("Signal_WithoutOwner"));
        }

        if (action.Signals.DaysOverdue is { } days)
        {
            parts.Add(ImprovementText.Get("Signal_Overdue", days));
        }

        if (action.Signals.NotReviewed)
        {
            parts.Add(ImprovementText.Get("Signal_NotReviewed", ActionRules.Format(action.Signals.ReviewDueOn!.Value)));
        }

        return string.Join("; ", parts);
    }

    private static ReportTable Table(IReadOnlyList<PlanAction> actions) => new(
        [ImprovementText.Get("Column_Action"), ImprovementText.Get("Column_Owner"), ImprovementText.Get("Column_Status"), ImprovementText.Get("Column_Due"), ImprovementText.Get("Column_Motivation")],
        [3.2, 1.8, 1.4, 1.1, 2.6],
        actions.Select(a => (IReadOnlyList<string>)
        [
            a.Description is null ? a.Title : a.Title + " — " + a.Description,
            string.Join(", ", new[] { a.OwnerOrganization, a.OwnerPerson }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } owner ? owner : ImprovementText.Get("Plan_NoOwner"),
            ImprovementText.Status(a.Status) + " · " + ImprovementText.Horizon(a.Horizon) + (Signals(a) is { Length: > 0 } s ? " · " + s : string.Empty),
            a.DueDate is { } d ? ActionRules.Format(d) : "—",
            string.Join("; ", a.Motivations),
        ]).ToList());
}
