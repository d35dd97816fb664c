namespace InBeeld.Core.Privacy;

/// <summary>
/// Makes a set of findings non-overlapping, deterministically: the longest finding wins; between
/// equally long ones the earliest; between equally long ones at the same place the kind listed
/// first in <see cref="PersonalDataKind"/>. Each finding is then kept only if it overlaps none
/// already kept. Longest-first keeps the most complete reading — "Kerkstraat 12, 7001 AB" as one
/// address rather than the postcode alone, "Anna de Vries" rather than a listed "Anna".
/// </summary>
internal static class FindingOverlap
{
    /// <summary>The kept findings, ordered by <see cref="PersonalDataFinding.Start"/>.</summary>
    public static IReadOnlyList<PersonalDataFinding> Resolve(IEnumerable<PersonalDataFinding> findings)
    {
        var byPriority = findings
            .Where(f => f.Length > 0)
            .OrderByDescending(f => f.Length)
            .ThenBy(f => f.Start)
            .ThenBy(f => f.Kind)
            .ToList();
        if (byPriority.Count == 0)
        {
            return [];
        }

        // One flag per code unit: the cost is the total length of the findings, which stays linear
        // in the text because each recognizer's own matches do not overlap. (A sorted list of kept
        // findings needed an insert per finding, quadratic for a text full of phone numbers.)
        var claimed = new bool[byPriority.Max(f => f.End)];
        var kept = new List<PersonalDataFinding>();
        foreach (var finding in byPriority)
        {
            var span = claimed.AsSpan(finding.Start, finding.Length);
            if (!span.Contains(true))
            {
                span.Fill(true);
                kept.Add(finding);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
