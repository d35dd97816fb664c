using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Journeys;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// Fictitious codings for benchmarks, until codings are stored: a codebook of <c>codes</c> codes
/// (every fifth a parent of the four after it) and on about one step in five a coding of a random code.
/// </summary>
internal static class GeneratedCodings
{
    public static CodingSet For(JourneySet set, int codes, int seed)
    {
        var random = new Random(seed);
        var codebook = new List<Code>(codes);
        for (var c = 0; c < codes; c++)
        {
            var parent = c % 5 == 0 ? null : (Guid?)codebook[c - (c % 5)].Id;
            codebook.Add(new Code { Id = Id(1, c), Name = $"Code {c + 1}", ParentId = parent, Order = c });
        }

        var builder = new CodingSetBuilder(set, codebook);
        var coding = 0;
        for (var j = 0; j < set.JourneyCount; j++)
        {
            for (var step = 0; step < set.Offsets[j + 1] - set.Offsets[j]; step++)
            {
                if (random.Next(5) == 0)
                {
                    builder.Add(set.JourneyIds[j], step, codebook[random.Next(codes)].Id, Id(2, coding++));
                }
            }
        }

        return builder.Build();
    }

    private static Guid Id(int kind, int n) => new($"00000000-0000-0000-{kind:D4}-{n:D12}");
}
