using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// One page of one list on the evidence page. Each list (interviews, steps, quotes) has its own
/// page number in the query string, so paging through the steps keeps the interviews where they
/// were, and every page is a plain, bookmarkable GET link.
/// </summary>
/// <param name="Key">The query-string key that holds this list's page number.</param>
/// <param name="Number">The page shown, from 1; never beyond <see cref="Pages"/>.</param>
/// <param name="Requested">The page asked for when it lay beyond the last page (the last page is shown instead), else null.</param>
public sealed record EvidencePage(string Key, int Number, int Total, int Size, int? Requested)
{
    public const int DefaultSize = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    /// <summary>Position (from 1) of the first item shown; 0 when the list is empty.</summary>
    public int First => Total == 0 ? 0 : Skip + 1;

    public int Last => Math.Min(Total, Skip + Size);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Pages;

    public IEnumerable<T> Of<T>(IEnumerable<T> items) => items.Skip(Skip).Take(Size);

    /// <summary>
    /// Reads the page number under <paramref name="key"/>. Missing, malformed or below 1 gives the
    /// first page; beyond the last page gives the last page and remembers what was asked, so the page
    /// can say so rather than show an empty list or fail.
    /// </summary>
    public static EvidencePage Read(IQueryCollection query, string key, int total, int size = DefaultSize)
    {
        var asked = int.TryParse(query[key].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        var page = new EvidencePage(key, 1, total, size, null);
        return asked <= page.Pages ? page with { Number = asked } : page with { Number = page.Pages, Requested = asked };
    }

    /// <summary>The query string of the same evidence page with this list at page <paramref name="number"/>; every other value (filters, other lists' pages) stays.</summary>
    public string QueryFor(IQueryCollection query, int number)
    {
        var values = query.Where(p => p.Key != Key).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))).ToList();
        values.Add(new(Key, number.ToString(CultureInfo.InvariantCulture)));
        return QueryString.Create(values).ToUriComponent();
    }
}
