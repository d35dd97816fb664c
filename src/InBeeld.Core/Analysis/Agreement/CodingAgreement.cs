namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Turns independent codings into reliability data and measures agreement. Each code is a binary
/// question per unit (applied or not), answered by every coder who judged the unit; units a coder
/// did not judge are missing values, not "no".
/// </summary>
public static class CodingAgreement
{
    /// <param name="codings">One entry per coder per unit they judged; a coder may appear once per unit.</param>
    /// <param name="codeIds">The codes to report, in this order; null takes every code applied, ordered by id.</param>
    public static CodingAgreementReport Compare(IEnumerable<UnitCoding> codings, IReadOnlyList<Guid>? codeIds = null)
    {
        var list = codings.ToList();
        var coders = list.Select(c => c.CoderId).Distinct().Order(StringComparer.Ordinal).ToList();
        if (coders.Count < 2)
        {
            throw new ArgumentException("Agreement needs codings by at least two coders.", nameof(codings));
        }

        var coderIndex = coders.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var units = new List<Guid>();
        var unitIndex = new Dictionary<Guid, int>();
        foreach (var coding in list)
        {
            if (unitIndex.TryAdd(coding.UnitId, units.Count))
            {
                units.Add(coding.UnitId);
            }
        }

        // judged[unit][coder] is null when the coder did not judge the unit, else the codes applied.
        var judged = units.Select(_ => new HashSet<Guid>?[coders.Count]).ToArray();
        foreach (var coding in list)
        {
            ref var slot = ref judged[unitIndex[coding.UnitId]][coderIndex[coding.CoderId]];
            if (slot is not null)
            {
                throw new ArgumentException($"Coder '{coding.CoderId}' judged unit {coding.UnitId} twice.", nameof(codings));
            }

            slot = [.. coding.CodeIds];
        }

        var codes = codeIds ?? list.SelectMany(c => c.CodeIds).Distinct().Order().ToList();
        var pooled = coders.Select(_ => new List<int?>()).ToArray();
        var perCode = new List<CodeAgreement>(codes.Count);
        foreach (var code in codes)
        {
            var rows = coders.Select((_, c) => (IReadOnlyList<int?>)judged.Select(u => Applied(u[c], code)).ToList()).ToList();
            for (var c = 0; c < coders.Count; c++)
            {
                pooled[c].AddRange(rows[c]);
            }

            var applied = rows.Select(r => r.Count(v => v == 1)).ToList();
            perCode.Add(new CodeAgreement(code, AgreementFigures.From(ReliabilityData.FromCoderRows(rows)), applied));
        }

        return new CodingAgreementReport
        {
            Coders = coders,
            Overall = AgreementFigures.From(ReliabilityData.FromCoderRows(pooled)),
            PerCode = perCode,
            Disagreements = Disagreements(units, judged, codes, coders),
        };
    }

    private static int? Applied(HashSet<Guid>? judgement, Guid code) => judgement is null ? null : judgement.Contains(code) ? 1 : 0;

    private static List<CodingDisagreement> Disagreements(List<Guid> units, HashSet<Guid>?[][] judged, IReadOnlyList<Guid> codes, List<string> coders)
    {
        var result = new List<CodingDisagreement>();
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var code in codes)
            {
                var applied = new List<string>();
                var notApplied = new List<string>();
                for (var c = 0; c < coders.Count; c++)
                {
                    if (judged[u][c] is { } set)
                    {
                        (set.Contains(code) ? applied : notApplied).Add(coders[c]);
                    }
                }

                if (applied.Count > 0 && notApplied.Count > 0)
                {
                    result.Add(new CodingDisagreement(units[u], code, applied, notApplied));
                }
            }
        }

        return result;
    }
}
