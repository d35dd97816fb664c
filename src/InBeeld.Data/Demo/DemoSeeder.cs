using InBeeld.Core.Demo;
using InBeeld.Data.Interchange;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Demo;

/// <summary>
/// Loads the fictitious demo study into an empty database, so a newcomer's first start shows
/// something to look at. A database that holds any study is left alone.
/// </summary>
public static class DemoSeeder
{
    /// <returns>True when the demo study was imported.</returns>
    public static async Task<bool> SeedIfEmptyAsync(InBeeldDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Studies.AnyAsync(cancellationToken))
        {
            return false;
        }

        var study = await new StudyImporter(db, time).ImportAsync(DemoStudy.Create(), progress: null, cancellationToken);
        await Composites.DemoComposites.SeedAsync(db, study, time, cancellationToken);
        return true;
    }
}
