using System.Security.Cryptography;
using System.Text;

namespace InBeeld.Core.Composites.Model;

/// <summary>
/// A short hash of a composite's sources: each member interview's id, when it last changed, and
/// whether it may be used (consent). Any edit to a route, step or quote moves the interview's
/// UpdatedAt; a deleted interview, a withdrawn consent or a moved member changes the list. Times
/// count in whole microseconds, which every supported database keeps exactly.
/// </summary>
public static class SourceFingerprint
{
    public static string Compute(IEnumerable<(Guid InterviewId, DateTimeOffset UpdatedAt, bool Usable)> sources)
    {
        var text = new StringBuilder();
        foreach (var (id, updated, usable) in sources.OrderBy(s => s.InterviewId))
        {
            text.Append(id.ToString("N")).Append(':').Append(updated.UtcTicks / 10).Append(':').Append(usable ? '1' : '0').Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
