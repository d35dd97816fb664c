using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Configuration;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>Reads and writes codings with their fragment, which is stored in two plain columns (see CodingConfiguration).</summary>
internal static class CodingRows
{
    public static async Task<List<Core.Analysis.Coding.Coding>> ReadAsync(IQueryable<Core.Analysis.Coding.Coding> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(c => new { Coding = c, Start = EF.Property<int?>(c, CodingConfiguration.FragmentStart), Length = EF.Property<int?>(c, CodingConfiguration.FragmentLength) })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Coding.Fragment = row.Start is { } start && row.Length is { } length ? new TextRange(start, length) : null;
        }

        return [.. rows.Select(r => r.Coding)];
    }

    public static void Add(InBeeldDbContext db, Core.Analysis.Coding.Coding coding)
    {
        var entry = db.Codings.Add(coding);
        entry.Property<int?>(CodingConfiguration.FragmentStart).CurrentValue = coding.Fragment?.Start;
        entry.Property<int?>(CodingConfiguration.FragmentLength).CurrentValue = coding.Fragment?.Length;
    }
}
