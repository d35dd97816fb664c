using System.Globalization;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>What the pager under one list of the evidence page needs: the page, a name for its navigation landmark, and the links (null where there is no page).</summary>
public sealed record EvidencePager(EvidencePage Page, string Label, string Anchor, string? PreviousUrl, string? NextUrl)
{
    /// <summary>A count in the reader's notation ("1.312" in Dutch), as the analysis page writes its counts.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
