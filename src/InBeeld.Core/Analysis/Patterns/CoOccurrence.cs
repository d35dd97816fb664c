using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Patterns;

/// <summary>
/// Code co-occurrence per interview: every pair of codes, how many interviews have both. Codes count
/// with their descendants, as in the frequency table; a code and its own ancestor are not paired
/// (they co-occur by construction).
/// </summary>
public static class CoOccurrence
{
    /// <returns>One cell per pair (A before B in codebook order), zero pairs included, so a matrix can be drawn.</returns>
    public static IReadOnlyList<CoOccurrenceCell> Compute(AnalysisData data)
    {
        var codings = data.Codings;
        if (codings is null || codings.CodeCount < 2)
        {
            return [];
        }

        var k = codings.CodeCount;
        var both = new int[k * k];
        var with = new int[k];
        var stamp = new int[k];
        Array.Fill(stamp, -1);
        var present = new List<int>();
        for (var j = 0; j < codings.JourneyCount; j++)
        {
            present.Clear();
            for (var c = codings.Offsets[j]; c < codings.Offsets[j + 1]; c++)
            {
                foreach (var code in codings.SelfAndAncestors(codings.Code[c]))
                {
                    if (stamp[code] != j)
                    {
                        stamp[code] = j;
                        present.Add(code);
                        with[code]++;
                    }
                }
            }

            for (var x = 0; x < present.Count; x++)
            {
                for (var y = 0; y < present.Count; y++)
                {
                    if (present[x] < present[y])
                    {
                        both[(present[x] * k) + present[y]]++;
                    }
                }
            }
        }

        var cells = new List<CoOccurrenceCell>(k * (k - 1) / 2);
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                if (codings.IsSelfOrAncestor(a, b) || codings.IsSelfOrAncestor(b, a))
                {
                    continue;
                }

                var (idA, idB) = (codings.CodeIds[a], codings.CodeIds[b]);
                cells.Add(new CoOccurrenceCell(idA, idB, both[(a * k) + b], with[a], with[b], new Evidence.EvidenceFilter { Code = idA, AlsoCode = idB }));
            }
        }

        return cells;
    }
}
