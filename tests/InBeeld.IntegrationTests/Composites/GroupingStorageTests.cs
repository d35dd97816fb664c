using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Model;
using InBeeld.Core.Composites.Personas;
using InBeeld.Data.Composites;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Composites;

public sealed class GroupingStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, ClassData(typeof(Providers))]
    public async Task ProposedGrouping_IsStoredWithItsReason_AndTheNextReplacesIt(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        Guid firstGroup;
        await using (var db = seed.Context())
        {
            var service = new GroupingService(db, seed.Clock);
            var grouping = await service.ComputeAsync(seed.StudyId, null, [], None);
            await service.SaveAsync(seed.StudyId, grouping, [], "onderzoeker", None);

            var stored = await db.JourneyGroupings.SingleAsync();
            stored.Method.ShouldBe(GroupingMethod.Pam);
            stored.KChosen.ShouldBeTrue();
            KCandidateList.Parse(stored.Candidates).Select(c => c.K).ShouldBe([2, 3, 4, 5, 6, 7, 8, 9, 10]);
            var groups = await db.JourneyGroups.OrderBy(g => g.Number).ToListAsync();
            groups.Count.ShouldBe(stored.K);
            groups.ShouldAllBe(g => g.Origin == GroupOrigin.Proposed && g.Silhouette != null);
            groups[0].Name.ShouldStartWith("Groep 1");
            (await db.JourneyGroupMembers.CountAsync()).ShouldBe(36);
            firstGroup = groups[0].Id;
            db.Personas.Add(new Persona { StudyId = seed.StudyId, GroupId = firstGroup, Name = "Sanne", CreatedAt = seed.Clock.GetUtcNow(), UpdatedAt = seed.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await using (var db = seed.Context())
        {
            var service = new GroupingService(db, seed.Clock);
            await service.SaveAsync(seed.StudyId, await service.ComputeAsync(seed.StudyId, 3, [], None), [], "onderzoeker", None);
        }

        await using (var db = seed.Context())
        {
            (await db.JourneyGroupings.SingleAsync()).K.ShouldBe(3);
            (await db.JourneyGroups.CountAsync()).ShouldBe(3);
            (await db.JourneyGroups.AnyAsync(g => g.Id == firstGroup)).ShouldBeFalse();
            (await db.JourneyGroupMembers.CountAsync()).ShouldBe(36);
            // The persona stays (it is the researcher's work); only its link to the removed group goes.
            (await db.Personas.SingleAsync()).GroupId.ShouldBeNull();
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Researcher_MovesMergesSplitsAndRenames(DatabaseProvider provider)
    {
        await using var seed = await CompositeSeed.CreateAsync(provider);
        await using var db = seed.Context();
        var service = new GroupingService(db, seed.Clock);
        await service.SaveAsync(seed.StudyId, await service.ComputeAsync(seed.StudyId, 3, [], None), [], "onderzoeker", None);
        var groups = await db.JourneyGroups.AsNoTracking().OrderBy(g => g.Number).ToListAsync();
        var editor = new GroupEditor(db, seed.Clock);

        (await editor.RenameAsync(seed.StudyId, groups[0].Id, "  Uitval en weer gevonden ", None)).ShouldBeTrue();
        (await db.JourneyGroups.AsNoTracking().SingleAsync(g => g.Id == groups[0].Id)).Name.ShouldBe("Uitval en weer gevonden");

        var moved = await db.JourneyGroupMembers.AsNoTracking().Where(m => m.GroupId == groups[0].Id).Select(m => m.InterviewId).FirstAsync();
        (await editor.MoveAsync(seed.StudyId, moved, groups[1].Id, None)).ShouldBeTrue();
        var member = await db.JourneyGroupMembers.AsNoTracking().SingleAsync(m => m.InterviewId == moved);
        member.GroupId.ShouldBe(groups[1].Id);
        member.MovedByResearcher.ShouldBeTrue();
        (await db.JourneyGroups.AsNoTracking().Where(g => g.Id == groups[0].Id || g.Id == groups[1].Id).ToListAsync())
            .ShouldAllBe(g => g.Origin == GroupOrigin.ChangedByResearcher && g.Silhouette == null);
        (await db.JourneyGroups.AsNoTracking().SingleAsync(g => g.Id == groups[2].Id)).Origin.ShouldBe(GroupOrigin.Proposed);

        var before = await db.JourneyGroupMembers.CountAsync(m => m.GroupId == groups[1].Id);
        var part = await editor.SplitAsync(seed.StudyId, groups[1].Id, None);
        part.ShouldNotBeNull();
        var after = await db.JourneyGroupMembers.CountAsync(m => m.GroupId == groups[1].Id);
        var split = await db.JourneyGroupMembers.CountAsync(m => m.GroupId == part.Value);
        (after + split).ShouldBe(before);
        split.ShouldBeGreaterThan(0);
        after.ShouldBeGreaterThanOrEqualTo(split); // the smaller part leaves

        (await editor.MergeAsync(seed.StudyId, part.Value, groups[2].Id, None)).ShouldBeTrue();
        (await db.JourneyGroups.AnyAsync(g => g.Id == part.Value)).ShouldBeFalse();
        (await db.JourneyGroupMembers.CountAsync()).ShouldBe(36);

        // Ids of another study, or an unknown group, change nothing.
        (await editor.RenameAsync(Guid.NewGuid(), groups[0].Id, "x", None)).ShouldBeFalse();
        (await editor.MoveAsync(seed.StudyId, moved, Guid.NewGuid(), None)).ShouldBeFalse();
        (await editor.MergeAsync(seed.StudyId, groups[0].Id, groups[0].Id, None)).ShouldBeFalse();
    }
}
