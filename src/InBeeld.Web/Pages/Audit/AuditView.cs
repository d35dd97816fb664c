using InBeeld.Core.Auditing;
using InBeeld.Data.Auditing;

namespace InBeeld.Web.Pages.Audit;

/// <summary>What the shared audit table shows: one page of entries, the filter, and the actions to filter on.</summary>
public sealed record AuditView(AuditPage Page, AuditFilterInput Filter, TimeZoneInfo Zone, bool ShowStudy)
{
    public static IReadOnlyList<string> Actions { get; } =
        typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    public int PageCount => Math.Max(1, (Page.Total + 99) / 100);
}
