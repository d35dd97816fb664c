using InBeeld.Core.EventLogs.Mining;
using InBeeld.Data.EventLogs.Sql;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>One page of the cases behind a variant: the variant (with the names to describe it), the rows, and whether more follow.</summary>
public sealed record VariantCaseList(VariantSet Variants, Variant Variant, IReadOnlyList<VariantCase> Rows, bool HasMore);
